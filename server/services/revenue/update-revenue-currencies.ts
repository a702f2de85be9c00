import { revenueCurrencySettingsSchema, type RevenueCurrencySettingsInput } from "@/lib/validation/revenue-settings";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { getExchangeRates, REVENUE_SETTINGS_KEY } from "./get-exchange-rates";
import { refreshAllCompanyRevenue } from "./refresh-all-company-revenue";

/**
 * Settings → Revenue (admins): saves the base currency (Setting "revenue") and replaces the
 * exchange rates (`ExchangeRate`, "1 currency = rate base units"; no network), then refreshes
 * every company's revenue figures, which are kept in the base currency.
 * @param now - the figures' instant.
 * @throws ForbiddenError unless `actor` is an admin; ValidationError with field errors
 *   (e.g. `rates.0.rate`).
 */
export async function updateRevenueCurrencies(actor: Actor, input: RevenueCurrencySettingsInput, now = new Date()): Promise<void> {
  assertAdmin(actor, "Only an admin can change the currencies");
  const { baseCurrency, rates } = parseOrThrow(revenueCurrencySettingsSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await getExchangeRates(tx);
    const value = { baseCurrency };
    await tx.setting.upsert({ where: { key: REVENUE_SETTINGS_KEY }, create: { key: REVENUE_SETTINGS_KEY, value }, update: { value } });
    await tx.exchangeRate.deleteMany({ where: { currency: { notIn: rates.map((r) => r.currency) } } });
    for (const { currency, rate } of rates) await tx.exchangeRate.upsert({ where: { currency }, create: { currency, rate }, update: { rate } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Setting",
      entityId: REVENUE_SETTINGS_KEY,
      changes: { baseCurrency: [before.base, baseCurrency], rates: [Object.fromEntries(before.rates), Object.fromEntries(rates.map((r) => [r.currency, r.rate]))] },
    });
  });
  await refreshAllCompanyRevenue(now);
}
