import { zonedDayStart } from "@/lib/dates";
import { dealSearchText } from "@/lib/deals/deal-search-text";
import { weightedValue } from "@/lib/deals/weighted-value";
import { toMinorUnits } from "@/lib/money";
import type { DealData } from "@/lib/validation/deal";

/**
 * The scalar columns written for a validated deal: value in minor units, the probability (the
 * stage's default unless the form overrides it) with the weighted value, the expected close day
 * as midnight in the acting user's time zone, the links, and the search text (title and company).
 * @param stageProbability - the default probability (percent) of the deal's stage.
 * @param companyName - the name of the linked company, for the search text.
 */
export function dealColumns(data: DealData, stageProbability: number, companyName: string | null, timeZone: string) {
  const value = toMinorUnits(data.value);
  const probability = data.probability ?? stageProbability;
  return {
    title: data.title,
    value,
    currency: data.currency,
    probability,
    probabilityOverridden: data.probability !== null,
    weightedValue: weightedValue(value, probability),
    expectedCloseAt: data.expectedCloseDay ? zonedDayStart(data.expectedCloseDay, timeZone) : null,
    companyId: data.companyId,
    contactId: data.contactId,
    leadId: data.leadId,
    searchText: dealSearchText({ title: data.title, companyName }),
  };
}
