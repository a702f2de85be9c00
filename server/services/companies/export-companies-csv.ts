import { enumLabel } from "@/lib/enums";
import type { CompanyFilters, CompanyListQuery } from "@/lib/validation/company";
import { MAX_EXPORT_ROWS, writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import { buildCompanyWhere } from "./build-company-where";
import { companyOrderBy, companyRowSelect } from "./list-companies";

/**
 * Every company matching the list filters (not just one page), in the list's sort order, as CSV
 * (see writeCsv: header row, formula-looking cells neutralised). Dates are UTC ISO 8601; tags are
 * joined with ";".
 * @param viewer - the signed-in user (for "my companies").
 */
export async function exportCompaniesCsv(
  query: CompanyFilters & Pick<CompanyListQuery, "sort" | "dir">,
  viewer: { id: string },
): Promise<string> {
  const rows = await getDb().company.findMany({
    where: buildCompanyWhere(query, viewer),
    orderBy: companyOrderBy(query),
    take: MAX_EXPORT_ROWS,
    select: companyRowSelect,
  });
  return writeCsv(rows, [
    { header: "Name", value: (c) => c.name },
    { header: "Domain", value: (c) => c.domain },
    { header: "Website", value: (c) => c.website },
    { header: "Industry", value: (c) => c.industry },
    { header: "Size", value: (c) => c.size },
    { header: "Status", value: (c) => enumLabel(c.status) },
    { header: "Phone", value: (c) => c.phone },
    { header: "Address", value: (c) => c.address },
    { header: "City", value: (c) => c.city },
    { header: "Country", value: (c) => c.country },
    { header: "Contacts", value: (c) => c._count.contacts },
    { header: "Owner", value: (c) => c.owner?.name },
    { header: "Tags", value: (c) => c.tags.map((t) => t.name).join(";") },
    { header: "Created", value: (c) => c.createdAt },
    { header: "Updated", value: (c) => c.updatedAt },
    { header: "Deleted", value: (c) => c.deletedAt },
    { header: "Id", value: (c) => c.id },
  ]);
}
