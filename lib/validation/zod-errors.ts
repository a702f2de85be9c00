import type { z } from "zod";

/** Field path (dot-joined, e.g. "email" or "websiteIssues.0") → messages shown next to that field. */
export type FieldErrors = Record<string, string[]>;

/** Flattens a zod error into dot-joined field paths with their messages ("_form" for the root). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
