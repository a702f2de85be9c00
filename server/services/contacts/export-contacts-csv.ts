import { enumLabel } from "@/lib/enums";
import type { ContactFilters, ContactListQuery } from "@/lib/validation/contact";
import { MAX_EXPORT_ROWS, writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import { buildContactWhere } from "./build-contact-where";
import { contactOrderBy, contactRowSelect } from "./list-contacts";

/**
 * Every contact matching the list filters (not just one page), in the list's sort order, as CSV
 * (see writeCsv: header row, formula-looking cells neutralised). Dates are UTC ISO 8601; tags are
 * joined with ";".
 * @param viewer - the signed-in user (for "my contacts").
 */
export async function exportContactsCsv(
  query: ContactFilters & Pick<ContactListQuery, "sort" | "dir">,
  viewer: { id: string },
): Promise<string> {
  const rows = await getDb().contact.findMany({
    where: buildContactWhere(query, viewer),
    orderBy: contactOrderBy(query),
    take: MAX_EXPORT_ROWS,
    select: contactRowSelect,
  });
  return writeCsv(rows, [
    { header: "First name", value: (c) => c.firstName },
    { header: "Last name", value: (c) => c.lastName },
    { header: "Email", value: (c) => c.email },
    { header: "Phone", value: (c) => c.phone },
    { header: "Mobile", value: (c) => c.mobile },
    { header: "Title", value: (c) => c.title },
    { header: "Department", value: (c) => c.department },
    { header: "Company", value: (c) => c.company?.name },
    { header: "Primary", value: (c) => (c.isPrimary ? "yes" : "no") },
    { header: "Role", value: (c) => (c.role ? enumLabel(c.role) : null) },
    { header: "Email status", value: (c) => enumLabel(c.emailStatus) },
    { header: "SMS status", value: (c) => enumLabel(c.smsStatus) },
    { header: "Owner", value: (c) => c.owner?.name },
    { header: "Tags", value: (c) => c.tags.map((t) => t.name).join(";") },
    { header: "Created", value: (c) => c.createdAt },
    { header: "Updated", value: (c) => c.updatedAt },
    { header: "Deleted", value: (c) => c.deletedAt },
    { header: "Id", value: (c) => c.id },
  ]);
}
