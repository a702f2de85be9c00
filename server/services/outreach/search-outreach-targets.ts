import { searchRecords, type SearchHit } from "@/server/services/search/search-records";

/** A lead or contact the outreach dialog can log a touch on. */
export type OutreachTarget = Omit<SearchHit, "kind" | "href"> & { kind: "lead" | "contact" };

/**
 * Leads and contacts matching what was typed in the outreach dialog's picker (the global search's
 * rules: at least 2 characters; deleted contacts left out).
 */
export async function searchOutreachTargets(query: string): Promise<OutreachTarget[]> {
  const hits = await searchRecords(query);
  return hits.flatMap(({ kind, id, title, subtitle }) => (kind === "lead" || kind === "contact" ? [{ kind, id, title, subtitle }] : []));
}
