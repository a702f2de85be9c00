import { z } from "zod";
import { optionalDay, requiredText } from "./common";

/** What a key may do: READ answers GET only; READ_WRITE also creates, changes and deletes. */
export const API_KEY_SCOPES = ["READ", "READ_WRITE"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * A new API key as entered in Profile → API keys.
 * - `name`: what the key is for ("Zapier", "nightly export"), 1–80 characters.
 * - `expiresOn`: optional last day the key works ("YYYY-MM-DD" in the user's time zone; it stops
 *   at the end of that day); blank means it never expires. The service refuses past days.
 */
export const apiKeyInputSchema = z.object({
  name: requiredText(80, "Name"),
  scope: z.enum(API_KEY_SCOPES, { error: "Choose read or read and write" }).default("READ"),
  expiresOn: optionalDay,
});

export type ApiKeyInput = z.input<typeof apiKeyInputSchema>;
export type ApiKeyData = z.output<typeof apiKeyInputSchema>;
