import type { DealListQuery } from "@/lib/validation/deal";
import { personName } from "@/lib/validation/contact";
import { MAX_EXPORT_ROWS, writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import { buildDealWhere } from "./build-deal-where";
import { dealOrderBy, dealRowSelect } from "./list-deals";

const major = (minor: number) => (minor / 100).toFixed(2);

/**
 * Every deal matching the list filters (not just one page), in the list's sort order, as CSV.
 * Value and weighted value are written in major units with the currency in the next column;
 * dates are UTC ISO 8601.
 */
export async function exportDealsCsv(query: DealListQuery, viewer: { id: string; timeZone: string }): Promise<string> {
  const rows = await getDb().deal.findMany({ where: buildDealWhere(query, viewer), orderBy: dealOrderBy(query), take: MAX_EXPORT_ROWS, select: dealRowSelect });
  return writeCsv(rows, [
    { header: "Title", value: (d) => d.title },
    { header: "Pipeline", value: (d) => d.pipeline.name },
    { header: "Stage", value: (d) => d.stage.name },
    { header: "Status", value: (d) => d.stage.kind.toLowerCase() },
    { header: "Value", value: (d) => major(d.value) },
    { header: "Currency", value: (d) => d.currency },
    { header: "Probability", value: (d) => d.probability },
    { header: "Weighted value", value: (d) => major(d.weightedValue) },
    { header: "Expected close", value: (d) => d.expectedCloseAt },
    { header: "Company", value: (d) => d.company?.name },
    { header: "Contact", value: (d) => (d.contact ? personName(d.contact) : null) },
    { header: "Owner", value: (d) => d.owner?.name },
    { header: "Tags", value: (d) => d.tags.map((t) => t.name).join(";") },
    { header: "Closed", value: (d) => d.closedAt },
    { header: "Close reason", value: (d) => d.closeReason },
    { header: "Created", value: (d) => d.createdAt },
    { header: "Id", value: (d) => d.id },
  ]);
}
