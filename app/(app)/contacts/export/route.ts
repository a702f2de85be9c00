import { parseContactListQuery } from "@/lib/validation/contact";
import { csvDownload } from "@/server/csv/csv-download";
import { exportContactsCsv } from "@/server/services/contacts/export-contacts-csv";

/** GET /contacts/export?<list filters>: every contact matching the filters, as CSV. */
export const GET = csvDownload("contacts", (params, user) => exportContactsCsv(parseContactListQuery(params), user));
