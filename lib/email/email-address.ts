import { z } from "zod";

/**
 * An email address as Leadwell stores and compares it (suppression list, recipients): trimmed
 * and lower-cased. The local part is case-sensitive by RFC 5321 in theory, but no mail system in
 * use treats it so, and a suppression must not be dodged by capitals.
 */
export function normalizeEmailAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** A deliverable-looking address (zod's email check), normalized; for every boundary that takes one. */
export const emailAddressSchema = z
  .string()
  .trim()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address"))
  .transform(normalizeEmailAddress);
