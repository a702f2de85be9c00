import { parseSuppressionListQuery } from "@/lib/validation/suppression";
import { csvDownload } from "@/server/csv/csv-download";
import { exportSuppressionsCsv } from "@/server/services/suppression/export-suppressions-csv";

/** GET /settings/suppression/export?q=&reason=: every suppressed address matching the filters, as CSV. */
export const GET = csvDownload("suppression-list", (params) => exportSuppressionsCsv(parseSuppressionListQuery(params)));
