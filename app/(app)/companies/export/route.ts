import { parseCompanyListQuery } from "@/lib/validation/company";
import { csvDownload } from "@/server/csv/csv-download";
import { exportCompaniesCsv } from "@/server/services/companies/export-companies-csv";

/** GET /companies/export?<list filters>: every company matching the filters, as CSV. */
export const GET = csvDownload("companies", (params, user) => exportCompaniesCsv(parseCompanyListQuery(params), user));
