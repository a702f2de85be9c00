import { createHash } from "node:crypto";
import { createDemoGenerator } from "@/lib/demo/demo-generator";
import { tagKeysOf } from "@/lib/leads/filter-keys";
import { leadInputSchema } from "@/lib/validation/lead";
import { leadColumns } from "@/server/services/leads/lead-write-data";
import type { RawDatabase, Row } from "./raw-database";

/** Leads generated and written per round, to bound memory. */
const BATCH = 10_000;

/** A stable cuid-like id for the n-th generated row, so runs with the same seed are identical. */
const rowId = (seed: number, kind: string, n: number) => `c${createHash("sha1").update(`${seed}:${kind}:${n}`).digest("hex").slice(0, 24)}`;

/**
 * Bulk-inserts `count` generated leads (with website issues and tags), bypassing the per-lead
 * service transaction for speed. Each row's columns go through the lead input schema and
 * `leadColumns` exactly as createLead's do (search text, phone digits, website domain, website
 * issue keys, value in minor units, next action day at midnight UTC), and tagKeys as createLead
 * writes them.
 * @param raw - direct access to the target database.
 * @param stageIds - id of each lead pipeline stage by name.
 * @param owners - user ids the leads are spread over.
 * @param now - the instant the generated dates are relative to.
 * @param onProgress - called after each batch with the number of leads inserted so far.
 */
export async function insertDemoLeads({
  raw,
  count,
  seed,
  now,
  stageIds,
  owners,
  onProgress,
}: {
  raw: Pick<RawDatabase, "insert">;
  count: number;
  seed: number;
  now: Date;
  stageIds: Record<string, string>;
  owners: string[];
  onProgress?: (inserted: number) => void;
}): Promise<void> {
  const demo = createDemoGenerator({ seed, now, owners });
  const tagIds = new Map<string, string>();

  for (let start = 0; start < count; start += BATCH) {
    const leads: Row[] = [];
    const issues: Row[] = [];
    const tagLinks: Row[] = [];
    const newTags: Row[] = [];
    for (let n = start; n < Math.min(count, start + BATCH); n++) {
      const lead = demo.lead();
      const data = leadInputSchema.parse(lead.input);
      const id = rowId(seed, "lead", n);
      const leadTagIds = data.tags.map((name) => {
        let tagId = tagIds.get(name);
        if (!tagId) {
          tagId = rowId(seed, "tag", tagIds.size);
          tagIds.set(name, tagId);
          newTags.push({ id: tagId, name, createdAt: now });
        }
        return tagId;
      });
      leads.push({
        ...leadColumns(data, "UTC"),
        // The generator's score and temperature, as a scored data set (leadColumns leaves them to scoring).
        score: data.score,
        temperature: data.temperature,
        tagKeys: tagKeysOf(leadTagIds),
        id,
        stageId: stageIds[lead.stage],
        ownerId: lead.ownerId,
        createdAt: lead.createdAt,
        updatedAt: lead.updatedAt,
        convertedAt: lead.convertedAt,
      });
      for (const issue of data.websiteIssues) issues.push({ leadId: id, issue });
      // The implicit many-to-many table: A is the lead, B the tag.
      for (const tagId of leadTagIds) tagLinks.push({ A: id, B: tagId });
    }
    await raw.insert("Lead", leads);
    await raw.insert("LeadWebsiteIssue", issues);
    await raw.insert("Tag", newTags);
    await raw.insert("_LeadToTag", tagLinks);
    onProgress?.(Math.min(count, start + BATCH));
  }
}
