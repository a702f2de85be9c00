import { dealSearchText } from "@/lib/deals/deal-search-text";
import { weightedValue } from "@/lib/deals/weighted-value";
import { zonedDayStart } from "@/lib/dates";
import { toMinorUnits } from "@/lib/money";
import type { MavenOpportunityRow } from "@/lib/validation/maven-import";
import { isClosedMavenStage, MAVEN_CURRENCY } from "./maven-pipeline";

/** Midnights already computed, by "timeZone|day": the dataset has about 400 distinct days in 8,800 rows. */
const dayStarts = new Map<string, number>();

function dayStart(day: string, timeZone: string): Date {
  const key = `${timeZone}|${day}`;
  let time = dayStarts.get(key);
  if (time === undefined) {
    time = zonedDayStart(day, timeZone).getTime();
    if (dayStarts.size > 100_000) dayStarts.clear();
    dayStarts.set(key, time);
  }
  return new Date(time);
}

/** The columns of a deal that come from an opportunity row (no id, pipeline position or timestamps of the import). */
export type MavenDealColumns = {
  title: string;
  value: number;
  currency: string;
  probability: number;
  weightedValue: number;
  closedAt: Date | null;
  companyId: string | null;
  ownerId: string | null;
  externalId: string;
  searchText: string;
  /** When the deal entered its stage: the close day (Won, Lost), the engage day (Engaging), else null ("now"). */
  stageEnteredAt: Date | null;
  /** When the opportunity began: its engage day, else its close day, else null ("now"). */
  startedAt: Date | null;
};

/**
 * The deal an opportunity of sales_pipeline.csv becomes.
 * - title "<product> — <company>", or the product alone for an opportunity without account;
 * - value: a closed deal's close_value (USD, ×100 to cents; Lost deals have 0); an open deal has
 *   no close value, so it is valued at the product's list price (products.csv sales_price) when
 *   known, else 0;
 * - days ("2017-03-01") are midnight in `timeZone`, as days typed into a form.
 * @param stage - the deal's stage: its default probability (percent) gives the weighted value.
 * @param company - the account's company; null without account.
 * @param listPrice - the product's list price in USD, or null.
 */
export function mavenDealColumns({
  row,
  stage,
  company,
  ownerId,
  listPrice,
  timeZone,
}: {
  row: MavenOpportunityRow;
  stage: { probability: number };
  company: { id: string; name: string } | null;
  ownerId: string | null;
  listPrice: number | null;
  timeZone: string;
}): MavenDealColumns {
  const day = (text: string | null) => (text ? dayStart(text, timeZone) : null);
  const closed = isClosedMavenStage(row.deal_stage);
  const value = toMinorUnits((closed ? row.close_value : listPrice) ?? 0);
  const title = company ? `${row.product} — ${company.name}` : row.product;
  const engaged = day(row.engage_date);
  const closedAt = closed ? day(row.close_date) : null;
  return {
    title,
    value,
    currency: MAVEN_CURRENCY,
    probability: stage.probability,
    weightedValue: weightedValue(value, stage.probability),
    closedAt,
    companyId: company?.id ?? null,
    ownerId,
    externalId: row.opportunity_id,
    searchText: dealSearchText({ title, companyName: company?.name }),
    stageEnteredAt: closedAt ?? engaged,
    startedAt: engaged ?? closedAt,
  };
}
