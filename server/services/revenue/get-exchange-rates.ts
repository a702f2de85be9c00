import "server-only";
import type { ExchangeRates } from "@/lib/revenue/exchange";
import { DEFAULT_BASE_CURRENCY, revenueSettingsSchema } from "@/lib/validation/revenue-settings";
import { getDb, type Db, type Tx } from "@/server/db";

/** The Setting row that holds the base currency. */
export const REVENUE_SETTINGS_KEY = "revenue";

/**
 * The base currency (Setting "revenue", else EUR) and the exchange rates an admin entered
 * (`ExchangeRate`: one unit of the currency in base units). Nothing is fetched from the network.
 */
export async function getExchangeRates(db: Db | Tx = getDb()): Promise<ExchangeRates> {
  const [setting, rows] = await Promise.all([db.setting.findUnique({ where: { key: REVENUE_SETTINGS_KEY }, select: { value: true } }), db.exchangeRate.findMany({ select: { currency: true, rate: true } })]);
  const parsed = setting ? revenueSettingsSchema.safeParse(setting.value) : null;
  const base = parsed?.success ? parsed.data.baseCurrency : DEFAULT_BASE_CURRENCY;
  return { base, rates: new Map(rows.filter((r) => r.currency !== base).map((r) => [r.currency, r.rate])) };
}
