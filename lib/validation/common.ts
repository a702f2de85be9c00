import { z } from "zod";

/** Text without NUL characters (PostgreSQL cannot store them in text columns). */
const text = () =>
  z
    .string({ error: "Must be text" })
    .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" });

/** The shape of a record id (cuid): letters, digits, - and _. */
export const recordIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: "Not a valid id" });

/** Optional free text: trimmed, at most `max` characters; blank becomes null. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: `At most ${max} characters` })
    .nullish()
    .transform((v) => v || null);

/** Required free text: trimmed, 1 to `max` characters. */
export const requiredText = (max: number, label = "This field") =>
  z
    .string({ error: `${label} is required` })
    .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `At most ${max} characters` });

/** Optional email address, lower-cased; blank becomes null. */
export const optionalEmail = z
  .string({ error: "Must be text" })
  .trim()
  .max(254, { error: "At most 254 characters" })
  .nullish()
  .transform((v) => v?.toLowerCase() || null)
  .refine((v) => v === null || z.email().safeParse(v).success, { error: "Not a valid email address" });

/** Optional id of another record (cuid); blank becomes null. */
export const optionalId = z
  .union([z.literal(""), recordIdSchema], { error: "Not a valid id" })
  .nullish()
  .transform((v) => v || null);

/** A list of tag names: trimmed, de-duplicated, at most 20 of 1–40 characters. */
export const tagNames = z
  .array(text().trim().min(1).max(40, { error: "A tag has at most 40 characters" }), {
    error: "Tags must be a list",
  })
  .max(20, { error: "At most 20 tags" })
  .default([])
  .transform((tags) => [...new Set(tags)]);

/** Parses "yes"/"no"/"true"/"false"/"1"/"0" and booleans. */
export const booleanish = z.union([z.boolean(), z.enum(["true", "false", "yes", "no", "1", "0", "on", "off"])], {
  error: "Must be yes or no",
}).transform((v) => v === true || v === "true" || v === "yes" || v === "1" || v === "on");

/** Whether `value` is an absolute http(s) URL (other schemes such as javascript: are refused). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An ISO 4217 currency code ("eur" → "EUR"); add `.default("EUR")` where one may be left out. */
export const currencyCode = z
  .string({ error: "Use a 3-letter currency code like EUR" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: "Use a 3-letter currency code like EUR" });

/** Calendar day "YYYY-MM-DD"; blank becomes null. */
export const optionalDay = z
  .string({ error: "Must be a date" })
  .trim()
  .nullish()
  .transform((v) => v || null)
  // The round trip refuses days that Date.parse rolls over (2026-02-30 → 2 March).
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v)), {
    error: "Use a date like 2026-03-10",
  });
