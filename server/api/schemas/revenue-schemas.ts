import { z } from "zod";
import { RECURRING_KINDS } from "@/lib/revenue/mrr";
import { PROJECT_STATUSES } from "@/lib/validation/project";
import { BILLING_PERIODS } from "@/lib/validation/recurring-line";
import { companyRef, currency, dealRef, id, instant, minorUnits, optionalInstant, optionalRefId, optionalText, userRef } from "./common-schemas";

/** A project (one-off revenue) as the API answers it, in a list or alone (projectSelect). */
export const projectSchema = z
  .strictObject({
    id,
    name: z.string(),
    companyId: id,
    typeId: optionalRefId,
    amount: minorUnits,
    currency,
    status: z.enum(PROJECT_STATUSES).meta({ description: "Only PAID projects count as revenue" }),
    startedAt: optionalInstant,
    completedAt: optionalInstant,
    paidAt: optionalInstant.meta({ description: "When it was paid (PAID only)" }),
    paymentDueAt: optionalInstant.meta({ description: "When payment is expected" }),
    dealId: optionalRefId.meta({ description: "The won deal it was created from" }),
    ownerId: optionalRefId,
    notes: optionalText,
    createdAt: instant,
    updatedAt: instant,
    company: companyRef,
    type: z.strictObject({ id, name: z.string() }).nullable(),
    deal: dealRef.nullable(),
    owner: userRef.nullable(),
  })
  .meta({ id: "Project" });

/** A recurring revenue line as the API answers it, in a list or alone (recurringLineSelect). */
export const recurringLineSchema = z
  .strictObject({
    id,
    companyId: id,
    kind: z.enum(RECURRING_KINDS),
    description: optionalText,
    amount: minorUnits.meta({ description: "Per billing period, minor units (cents) of `currency`. Inputs take major units." }),
    currency,
    billingPeriod: z.enum(BILLING_PERIODS).meta({ description: "MRR divides the amount by 1, 3 or 12" }),
    startsAt: instant,
    endsAt: optionalInstant.meta({ description: "End or cancellation date (exclusive); null: ongoing" }),
    createdAt: instant,
    updatedAt: instant,
    company: companyRef,
  })
  .meta({ id: "RecurringLine" });
