import type { WebsiteIssue } from "@/lib/enums";
import { tagKeysOf, websiteIssueKeysOf } from "@/lib/leads/filter-keys";
import type { CsvDelimiter } from "@/lib/validation/import";
import { csvLine } from "@/server/csv/csv-line";
import type { Tx } from "@/server/db";
import { changedFields } from "@/server/services/audit";
import { leadColumns, tagIdsFor } from "@/server/services/leads/lead-write-data";
import { rescoreLeads } from "@/server/services/scoring/rescore-leads";
import { insertRows } from "./insert-rows";
import { leadUpdateColumns, type LeadColumnValues } from "./lead-update-columns";
import { newRowId } from "./new-row-id";
import type { LeadBatchPlan } from "./plan-lead-batch";

/** Longest raw row and reason kept for a rejected row (characters); longer ones are cut. */
const MAX_STORED_RAW = 10_000;
const MAX_STORED_REASON = 1_000;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)} …[cut]` : text;
}

type AuditEntry = { actorId: string | null; action: string; entityType: string; entityId: string; changes: object };

/**
 * Writes a planned batch inside the caller's transaction: new leads (with their website issues
 * and tags, and the job as their `sourceJobId`), the changed columns of updated leads (their rows merged in file order; tags and
 * website issues only added), and the job's rejected rows (their cells written back as a CSV
 * line with `delimiter`). Every lead written gets tagKeys and websiteIssueKeys matching its tags
 * and website issues. The audit log gets an "update" entry with the changed fields per
 * changed lead, and one "import" entry per batch naming the job and the leads it created (one
 * entry per created lead would double the rows written by a large import). Every lead written is
 * rescored at `now` (lead scoring), set-based, in the same transaction.
 * @param actorId - the importing user, owner of the new leads; null for unowned system imports.
 * @param timeZone - the importing user's time zone (for next action days).
 * @param now - creation time of the new leads and audit entries.
 */
export async function writeLeadBatch(
  tx: Tx,
  {
    jobId,
    plan,
    actorId,
    stageId,
    timeZone,
    delimiter,
    now,
  }: { jobId: string; plan: LeadBatchPlan; actorId: string | null; stageId: string; timeZone: string; delimiter: CsvDelimiter; now: Date },
): Promise<void> {
  const audit: AuditEntry[] = [];
  const websiteIssues: Array<{ leadId: string; issue: WebsiteIssue }> = [];
  // Tags exist before the leads are written, so that each lead's tagKeys can hold their ids.
  const tagNames = new Set([...plan.creates.flatMap((c) => c.data.tags), ...plan.updates.flatMap((u) => u.rows.flatMap((row) => row.data.tags))]);
  const tagIds = await tagIdsFor(tx, [...tagNames]);
  const tagIdOf = new Map([...tagNames].map((name, index) => [name, tagIds[index]]));
  const leadsByTag = new Map<string, string[]>();
  const tag = (tagId: string, leadId: string) => {
    const leadIds = leadsByTag.get(tagId);
    if (leadIds) leadIds.push(leadId);
    else leadsByTag.set(tagId, [leadId]);
  };

  await insertRows(
    tx,
    "Lead",
    plan.creates.map(({ id, data }) => ({
      id,
      ...leadColumns(data, timeZone),
      tagKeys: tagKeysOf(data.tags.map((name) => tagIdOf.get(name)!)),
      stageId,
      ownerId: actorId,
      sourceJobId: jobId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const { id, data } of plan.creates) {
    for (const issue of data.websiteIssues) websiteIssues.push({ leadId: id, issue });
    for (const name of data.tags) tag(tagIdOf.get(name)!, id);
  }

  const stored = plan.updates.length
    ? await tx.lead.findMany({
        where: { id: { in: plan.updates.map((update) => update.lead.id) } },
        include: { websiteIssues: { select: { issue: true } }, tags: { select: { id: true } } },
      })
    : [];
  const rowsOfLead = new Map(plan.updates.map((update) => [update.lead.id, update.rows]));
  for (const lead of stored) {
    const rows = rowsOfLead.get(lead.id) ?? [];
    let columns: Partial<LeadColumnValues> = {};
    for (const row of rows) columns = { ...columns, ...leadUpdateColumns({ ...lead, ...columns }, row.data, row.present, timeZone) };
    const changes = changedFields(lead, columns);
    const storedIssues = new Set(lead.websiteIssues.map((w) => w.issue));
    const storedTags = new Set(lead.tags.map((t) => t.id));
    for (const row of rows) {
      for (const issue of row.data.websiteIssues) {
        if (!storedIssues.has(issue)) websiteIssues.push({ leadId: lead.id, issue });
        storedIssues.add(issue);
      }
      for (const name of row.data.tags) {
        const tagId = tagIdOf.get(name)!;
        if (!storedTags.has(tagId)) tag(tagId, lead.id);
        storedTags.add(tagId);
      }
    }
    const keys = { tagKeys: tagKeysOf([...storedTags]), websiteIssueKeys: websiteIssueKeysOf([...storedIssues]) };
    const data = {
      ...Object.fromEntries(Object.keys(changes).map((column) => [column, columns[column as keyof LeadColumnValues]])),
      ...Object.fromEntries(Object.entries(keys).filter(([key, value]) => lead[key as keyof typeof keys] !== value)),
    };
    if (Object.keys(data).length) await tx.lead.update({ where: { id: lead.id }, data });
    if (Object.keys(changes).length) audit.push({ actorId, action: "update", entityType: "Lead", entityId: lead.id, changes });
  }

  if (websiteIssues.length) await tx.leadWebsiteIssue.createMany({ data: websiteIssues });
  for (const [tagId, leadIds] of leadsByTag) {
    await tx.tag.update({ where: { id: tagId }, data: { leads: { connect: leadIds.map((id) => ({ id })) } }, select: { id: true } });
  }
  if (plan.creates.length) {
    audit.push({ actorId, action: "import", entityType: "Job", entityId: jobId, changes: { createdLeadIds: plan.creates.map((c) => c.id) } });
  }
  await rescoreLeads(tx, [...plan.creates.map((c) => c.id), ...stored.map((lead) => lead.id)], now);
  await insertRows(tx, "AuditLog", audit.map((entry) => ({ id: newRowId(now.getTime()), ...entry, createdAt: now })));
  if (plan.failures.length) {
    await tx.jobRowError.createMany({
      data: plan.failures.map((failure) => ({
        jobId,
        line: failure.line,
        reason: cut(failure.reason, MAX_STORED_REASON),
        raw: failure.cells ? cut(csvLine(failure.cells, delimiter), MAX_STORED_RAW) : "",
      })),
    });
  }
}
