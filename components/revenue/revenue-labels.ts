import type { BillingPeriod } from "@/lib/revenue/monthly-amount";
import type { RecurringKind } from "@/lib/revenue/mrr";

/** How the UI names the kinds of recurring lines. */
export const RECURRING_KIND_LABELS: Record<RecurringKind, string> = { HOSTING: "Hosting", SAAS: "SaaS", RETAINER: "Retainer", OTHER: "Other" };

/** How the UI names billing periods ("Billed every …"). */
export const BILLING_PERIOD_LABELS: Record<BillingPeriod, string> = { MONTH: "Month", QUARTER: "Quarter", YEAR: "Year" };
