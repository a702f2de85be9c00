import { z } from "zod";
import { emailAddressSchema } from "@/lib/email/email-address";

/** Longest sender name (characters); a display name longer than this is a mistake, not a name. */
export const MAX_SENDER_NAME = 100;

/** A display name for a From header: one line, no NUL, trimmed; blank becomes null. */
const senderNameSchema = z
  .string({ error: "Must be text" })
  .trim()
  .max(MAX_SENDER_NAME, { error: `At most ${MAX_SENDER_NAME} characters` })
  .refine((v) => !/[\u0000\r\n]/.test(v), { error: "One line of text" })
  .nullish()
  .transform((v) => v || null);

/** An optional address (trimmed, lower-cased); blank becomes null. */
const optionalAddressSchema = z
  .union([z.literal(""), emailAddressSchema], { error: "Enter a valid email address" })
  .nullish()
  .transform((v) => v || null);

/**
 * Settings → Email, stored in Setting "email": the workspace's From address (on a domain verified
 * at Resend), the display name used when no user sends (test sends have one; it is the fallback),
 * and the Reply-To every email carries unless its sender set their own.
 */
export const emailSettingsSchema = z.object({
  fromName: senderNameSchema,
  fromAddress: emailAddressSchema,
  replyTo: optionalAddressSchema,
});
export type EmailSettingsInput = z.input<typeof emailSettingsSchema>;
export type EmailSettings = z.output<typeof emailSettingsSchema>;

/** Profile → Email: the user's own sender name and Reply-To (blank: their name, the workspace's Reply-To). */
export const userSenderSchema = z.object({
  emailFromName: senderNameSchema,
  emailReplyTo: optionalAddressSchema,
});
export type UserSenderInput = z.input<typeof userSenderSchema>;
