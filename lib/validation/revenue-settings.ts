import { z } from "zod";
import { currencyCode } from "./common";

/** Setting "revenue": the base currency that mixed-currency totals are converted into. */
export const revenueSettingsSchema = z.object({ baseCurrency: currencyCode });
export type RevenueSettings = z.infer<typeof revenueSettingsSchema>;

/** The base currency before an admin chose one. */
export const DEFAULT_BASE_CURRENCY = "EUR";

/**
 * Settings → Revenue (admins): the base currency and the exchange rates, each "1 `currency` =
 * `rate` base units" (more than 0). A currency appears once and never as the base itself; rates
 * not listed are removed.
 */
export const revenueCurrencySettingsSchema = z.object({
  baseCurrency: currencyCode,
  rates: z
    .array(
      z.object({
        currency: currencyCode,
        rate: z.number({ error: "Must be a number" }).refine((v) => v > 0 && v <= 1_000_000, { error: "A rate above 0, at most 1,000,000" }),
      }),
      { error: "Rates must be a list" },
    )
    .max(100, { error: "At most 100 rates" }),
}).superRefine((settings, ctx) => {
  const seen = new Set<string>();
  settings.rates.forEach((r, i) => {
    if (r.currency === settings.baseCurrency) ctx.addIssue({ code: "custom", path: ["rates", i, "currency"], message: "The base currency needs no rate" });
    else if (seen.has(r.currency)) ctx.addIssue({ code: "custom", path: ["rates", i, "currency"], message: "Given twice" });
    seen.add(r.currency);
  });
});
export type RevenueCurrencySettingsInput = z.input<typeof revenueCurrencySettingsSchema>;
