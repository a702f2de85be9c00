import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { csvDownload } from "@/server/csv/csv-download";
import { exportLeadsCsv } from "@/server/services/leads/export-leads";

/** GET /leads/export?<list filters>: every lead matching the filters, as CSV. */
export const GET = csvDownload("leads", (params, user) => exportLeadsCsv(parseLeadListQuery(params), user));
