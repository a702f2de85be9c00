import { enumLabel } from "@/lib/enums";
import type { SuppressionFilters } from "@/lib/validation/suppression";
import { MAX_EXPORT_ROWS, writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import { buildSuppressionWhere } from "./build-suppression-where";
import { suppressionRowSelect } from "./suppression-record";

/**
 * Every suppression entry matching the filters (not just one page), newest first, as CSV (see
 * writeCsv: header row, formula-looking cells neutralised). Dates are UTC ISO 8601.
 */
export async function exportSuppressionsCsv(filters: SuppressionFilters): Promise<string> {
  const rows = await getDb().emailSuppression.findMany({
    where: buildSuppressionWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_EXPORT_ROWS,
    select: suppressionRowSelect,
  });
  return writeCsv(rows, [
    { header: "Address", value: (s) => s.address },
    { header: "Reason", value: (s) => enumLabel(s.reason) },
    { header: "Note", value: (s) => s.note },
    { header: "Added by", value: (s) => s.createdBy?.name },
    { header: "Added", value: (s) => s.createdAt },
    { header: "Email id", value: (s) => s.messageId },
    { header: "Id", value: (s) => s.id },
  ]);
}
