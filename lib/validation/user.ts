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
