import { parseDealListQuery } from "@/lib/validation/deal";
import { csvDownload } from "@/server/csv/csv-download";
import { exportDealsCsv } from "@/server/services/deals/export-deals-csv";

/** GET /deals/export?<list filters>: every deal matching the filters, as CSV. */
export const GET = csvDownload("deals", (params, user) => exportDealsCsv(parseDealListQuery(params), user));
