import { z } from "zod";
import { ROLES } from "@/lib/enums";
import { isTimeZone } from "@/lib/dates";
import { recordIdSchema, requiredText } from "./common";

const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, { error: "At most 254 characters" })
  .pipe(z.email({ error: "Not a valid email address" }));

/** Passwords: 10–200 characters (NIST SP 800-63B: length over composition rules). */
const password = z
  .string({ error: "Password is required" })
  .min(10, { error: "At least 10 characters" })
  .max(200, { error: "At most 200 characters" });

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Password is required" }).min(1, { error: "Password is required" }).max(200),
});

export const firstAdminSchema = z.object({
  name: requiredText(120, "Name"),
  email,
  password,
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export const inviteSchema = z.object({
  email,
  role: z.enum(ROLES, { error: "Choose admin, manager or sales" }),
});
export type InviteInput = z.input<typeof inviteSchema>;

export const acceptInviteSchema = z.object({
  token: z.string().min(20).max(200),
  name: requiredText(120, "Name"),
  password,
});
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

export const updateUserSchema = z.object({
  userId: recordIdSchema,
  role: z.enum(ROLES, { error: "Choose admin, manager or sales" }),
});

export const profileSchema = z.object({
  name: requiredText(120, "Name"),
  timeZone: z.string().trim().refine(isTimeZone, { error: "Unknown time zone" }),
});

/**
 * Profile → Daily summary: on or off, and the local hour (0–23, in the user's time zone) from
 * which it is sent, Monday to Friday. Saving records an explicit choice (null in the database
 * means "never chosen": on for admins, off otherwise).
 */
export const dailySummarySettingsSchema = z.object({
  dailySummaryEnabled: z.boolean({ error: "Choose on or off" }),
  // A number, or the digits a <select> sends ("17"); nothing else is read as an hour.
  dailySummaryHour: z
    .union([z.number(), z.string().trim().regex(/^\d{1,2}$/).transform(Number)], { error: "Choose an hour" })
    .pipe(z.number().int({ error: "Choose a whole hour" }).min(0, { error: "Choose an hour from 0 to 23" }).max(23, { error: "Choose an hour from 0 to 23" })),
});
export type DailySummarySettingsInput = z.input<typeof dailySummarySettingsSchema>;
export type DailySummarySettings = z.output<typeof dailySummarySettingsSchema>;
