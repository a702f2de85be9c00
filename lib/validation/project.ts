import { z } from "zod";
import { currencyCode, optionalDay, optionalId, optionalText, recordIdSchema, requiredText } from "./common";
import { filterText } from "./list-query";

/** A project's status (`Project.status`): only PAID projects count as revenue. */
export const PROJECT_STATUSES = ["QUOTED", "IN_PROGRESS", "COMPLETED", "PAID"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * Largest project or recurring amount accepted, in major units: its minor units must fit the
 * 32-bit integer column (2,147,483,647 cents) on PostgreSQL.
 */
export const MAX_REVENUE_AMOUNT = 20_000_000;

/** An amount in **major** units (12.5 = €12.50), from `min` to MAX_REVENUE_AMOUNT, at most 2 decimals. */
export const revenueAmount = ({ positive }: { positive: boolean }) =>
  z
    .number({ error: "Must be a number" })
    .refine((v) => (positive ? v > 0 : v >= 0), { error: positive ? "Must be more than 0" : "Cannot be negative" })
    .refine((v) => v <= MAX_REVENUE_AMOUNT, { error: "Too large" });

/** The part of a project the deal page's "Mark won → Create a project" asks for. */
const dealProjectFields = {
  name: requiredText(200, "Project name"),
  typeId: optionalId,
  amount: revenueAmount({ positive: false }),
  currency: currencyCode.default("EUR"),
};

/**
 * A project (one-off revenue) as entered in the project form or the REST API; the same schema
 * runs in the browser and in the service layer.
 * - `amount` is in **major** units; the service stores minor units.
 * - The days are calendar days in the acting user's time zone (stored as that midnight, UTC).
 * - `paidDay` counts only with status PAID (cleared otherwise); PAID without one is paid today.
 * - `paymentDueDay`: when payment is expected (the revenue forecast's scheduled payments).
 */
export const projectInputSchema = z.object({
  ...dealProjectFields,
  status: z.enum(PROJECT_STATUSES, { error: "Choose quoted, in progress, completed or paid" }).default("QUOTED"),
  startedDay: optionalDay,
  completedDay: optionalDay,
  paidDay: optionalDay,
  paymentDueDay: optionalDay,
  ownerId: optionalId,
  notes: optionalText(5000),
});
export type ProjectInput = z.input<typeof projectInputSchema>;
export type ProjectData = z.output<typeof projectInputSchema>;

/** A new project: the project fields and the company it belongs to. */
export const newProjectSchema = projectInputSchema.extend({ companyId: recordIdSchema.meta({ description: "The client company" }) });
export type NewProjectInput = z.input<typeof newProjectSchema>;

/**
 * Moving a deal into a WON stage from the deal page, optionally creating its project in the same
 * step (name, type, amount in major units and currency; the form offers the deal's title, value
 * and currency).
 */
export const winDealSchema = z.object({
  dealId: recordIdSchema,
  stageId: recordIdSchema,
  reason: requiredText(500, "Reason"),
  project: z.object(dealProjectFields).nullish().transform((v) => v ?? null),
});
export type WinDealInput = z.input<typeof winDealSchema>;

/** A project type as an admin names it in Settings → Revenue. */
export const projectTypeInputSchema = z.object({ name: requiredText(60, "Name") });
export type ProjectTypeInput = z.input<typeof projectTypeInputSchema>;

/**
 * The filters of the projects list (REST API): a company, a status, a type. Malformed values are
 * dropped (the API refuses them; see server/api/list-query.ts).
 */
export const projectListFiltersSchema = z.object({
  companyId: filterText,
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  typeId: filterText,
});
export type ProjectListFilters = z.output<typeof projectListFiltersSchema>;
