import type { LeadImportField } from "@/lib/import/lead-fields";
import { leadSearchText } from "@/lib/leads/normalize";
import type { LeadData } from "@/lib/validation/lead";
import { leadColumns } from "@/server/services/leads/lead-write-data";

export type LeadColumnValues = ReturnType<typeof leadColumns>;
type ScalarImportField = Exclude<LeadImportField, "tags" | "websiteIssues">;

/** The Lead columns written for each imported field (derived columns included). */
const COLUMNS_OF_FIELD: Record<ScalarImportField, (keyof LeadColumnValues)[]> = {
  name: ["name"],
  contactName: ["contactName"],
  email: ["email"],
  phone: ["phone", "phoneDigits"],
  website: ["website", "websiteDomain", "hasWebsite"],
  hasWebsite: ["hasWebsite"],
  demoSiteBuilt: ["demoSiteBuilt"],
  niche: ["niche"],
  source: ["source"],
  address: ["address"],
  city: ["city"],
  country: ["country"],
  rating: ["rating"],
  reviewCount: ["reviewCount"],
  mapsUrl: ["mapsUrl"],
  externalId: ["externalId"],
  // Computed by lead scoring (rescoreLeads after the batch): an imported value is ignored.
  temperature: [],
  score: [],
  nextActionDay: ["nextActionAt"],
  estimatedValue: ["estimatedValue"],
  currency: ["currency"],
  notes: ["notes"],
};

/**
 * The columns an import row overwrites on an existing lead: those of the fields the row has a
 * value for (empty cells never clear what is stored), plus the search text recomputed from the
 * result. Tags and website issues are added separately, never removed.
 * @param current - the lead's current column values.
 * @param timeZone - the importing user's time zone (for the next action day).
 */
export function leadUpdateColumns(
  current: Pick<LeadColumnValues, "name" | "contactName" | "email" | "phone" | "website">,
  data: LeadData,
  present: readonly LeadImportField[],
  timeZone: string,
): Partial<LeadColumnValues> {
  const all = leadColumns(data, timeZone);
  const out: Partial<Record<keyof LeadColumnValues, unknown>> = {};
  for (const field of present) {
    if (field === "tags" || field === "websiteIssues") continue;
    for (const column of COLUMNS_OF_FIELD[field]) out[column] = all[column];
  }
  const updated = out as Partial<LeadColumnValues>;
  updated.searchText = leadSearchText({ ...current, ...updated });
  return updated;
}
