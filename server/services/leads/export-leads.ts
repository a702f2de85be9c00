import type { LeadListQuery } from "@/lib/validation/lead-list";
import { MAX_EXPORT_ROWS, writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import { buildLeadWhere } from "./build-lead-where";
import { leadOrderBy, leadRowSelect } from "./list-leads";

/**
 * Every lead matching the list filters (not just one page), in the list's sort order, as CSV.
 * Estimated value is written in major units with its currency in the next column; dates are UTC ISO 8601.
 */
export async function exportLeadsCsv(query: LeadListQuery, viewer: { id: string; timeZone: string }, now = new Date()): Promise<string> {
  const rows = await getDb().lead.findMany({
    where: await buildLeadWhere(query, viewer, now),
    orderBy: leadOrderBy(query),
    take: MAX_EXPORT_ROWS,
    select: leadRowSelect,
  });
  return writeCsv(rows, [
    { header: "Name", value: (l) => l.name },
    { header: "Contact", value: (l) => l.contactName },
    { header: "Email", value: (l) => l.email },
    { header: "Phone", value: (l) => l.phone },
    { header: "Website", value: (l) => l.website },
    { header: "Has website", value: (l) => (l.hasWebsite ? "yes" : "no") },
    { header: "Website issues", value: (l) => l.websiteIssues.map((w) => w.issue).join(";") },
    { header: "Demo site built", value: (l) => (l.demoSiteBuilt ? "yes" : "no") },
    { header: "Status", value: (l) => l.stage.name },
    { header: "Temperature", value: (l) => l.temperature },
    { header: "Score", value: (l) => l.score },
    { header: "Niche", value: (l) => l.niche },
    { header: "Source", value: (l) => l.source },
    { header: "City", value: (l) => l.city },
    { header: "Country", value: (l) => l.country },
    { header: "Rating", value: (l) => l.rating },
    { header: "Reviews", value: (l) => l.reviewCount },
    { header: "Next action", value: (l) => l.nextActionAt },
    { header: "Estimated value", value: (l) => (l.estimatedValue === null ? null : (l.estimatedValue / 100).toFixed(2)) },
    { header: "Currency", value: (l) => l.currency },
    { header: "Owner", value: (l) => l.owner?.name },
    { header: "Tags", value: (l) => l.tags.map((t) => t.name).join(";") },
    { header: "Created", value: (l) => l.createdAt },
    { header: "Converted", value: (l) => l.convertedAt },
  ]);
}
