import { z } from "zod";
import { currencyCode } from "./common";

/** Setting "revenue": the base currency that mixed-currency totals are converted into. */
export const revenueSettingsSchema = z.object({ baseCurrency: currencyCode });
export type RevenueSettings = z.infer<typeof revenueSettingsSchema>;

/** The base currency before an admin chose one. */
export const DEFAULT_BASE_CURRENCY = "EUR";
