import { leadDedupeKeys, rowDedupeKeys } from "@/lib/import/dedupe-keys";
import type { LeadImportField } from "@/lib/import/lead-fields";
import type { LeadImportDedupe } from "@/lib/validation/import";
import type { LeadData } from "@/lib/validation/lead";
import { canEdit, type Actor } from "@/server/services/permissions";
import type { MatchingLead } from "./find-matching-leads";
import { newRowId } from "./new-row-id";

/** A row that converted to a valid lead. */
export type ImportRow = { line: number; cells: string[]; data: LeadData; present: LeadImportField[] };
/** A record that is reported instead of imported, with its cells (none when it could not be read). */
export type RowFailure = { line: number; reason: string; cells: string[] | null };

/** A lead to create; `id` is chosen here so the batch can be inserted with createMany. */
export type PlannedCreate = { id: string; data: LeadData };
/** An existing lead and the rows to merge into it, in file order. */
export type PlannedUpdate = { lead: MatchingLead; rows: ImportRow[] };

export type LeadBatchPlan = {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** Rows applied as updates (to existing leads or to leads created earlier in the batch). */
  updated: number;
  skipped: number;
  failures: RowFailure[];
};

type Target = { kind: "new"; create: PlannedCreate } | { kind: "existing"; update: PlannedUpdate };

/** `base` with the fields `row` has a value for; tags and website issues are added up. */
function mergeLeadData(base: LeadData, row: LeadData, present: readonly LeadImportField[]): LeadData {
  const merged: Record<string, unknown> = { ...base };
  for (const field of present) merged[field] = row[field];
  return {
    ...(merged as LeadData),
    tags: [...new Set([...base.tags, ...row.tags])],
    websiteIssues: [...new Set([...base.websiteIssues, ...row.websiteIssues])],
  };
}

/**
 * Decides what happens to each valid row of a batch, in file order. A row is a duplicate when
 * one of its keys (in the order of `dedupe.match`) equals a key of a matching existing lead or of
 * a lead an earlier row of the batch creates or updates. Duplicates are skipped, merged into that
 * lead (mode "update"; only fields the row has a value for) or created anyway (mode "create").
 * Updating a lead the actor may not edit is reported as a failure.
 * @param actor - the importing user; null for the system (may update every lead).
 * @param existing - the stored leads sharing a key with some row (findMatchingLeads).
 */
export function planLeadBatch({
  rows,
  existing,
  dedupe,
  actor,
}: {
  rows: ImportRow[];
  existing: MatchingLead[];
  dedupe: LeadImportDedupe;
  actor: Actor | null;
}): LeadBatchPlan {
  const plan: LeadBatchPlan = { creates: [], updates: [], updated: 0, skipped: 0, failures: [] };
  const byKey = new Map<string, Target>();
  const register = (keys: string[], target: Target) => keys.forEach((key) => byKey.has(key) || byKey.set(key, target));
  for (const lead of existing) {
    const update: PlannedUpdate = { lead, rows: [] };
    register(leadDedupeKeys(lead, dedupe.match), { kind: "existing", update });
  }

  for (const row of rows) {
    const keys = rowDedupeKeys(row.data, dedupe);
    const target = keys.map((key) => byKey.get(key)).find((found) => found !== undefined);
    if (!target) {
      const create = { id: newRowId(), data: row.data };
      plan.creates.push(create);
      register(keys, { kind: "new", create });
    } else if (dedupe.mode === "skip") {
      plan.skipped++;
    } else if (target.kind === "new") {
      target.create.data = mergeLeadData(target.create.data, row.data, row.present);
      plan.updated++;
      register(keys, target);
    } else if (actor && !canEdit(actor, target.update.lead)) {
      plan.failures.push({
        line: row.line,
        cells: row.cells,
        reason: `Matches the lead "${target.update.lead.name}", which only its owner, a manager or an admin can update`,
      });
    } else {
      const { update } = target;
      if (!update.rows.length) plan.updates.push(update);
      update.rows.push(row);
      plan.updated++;
      register(keys, target);
    }
  }
  return plan;
}
