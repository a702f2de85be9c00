import { expect } from "vitest";
import { ServiceError, ValidationError } from "@/server/errors";

/** Values a hostile or broken client might post in place of any field. */
export const HOSTILE_VALUES: unknown[] = [
  null,
  42,
  -1e308,
  true,
  [],
  { $gt: "" },
  "x".repeat(300_000),
  "<script>alert(1)</script>".repeat(1000),
  "javascript://alert(1)",
  "BOGUS_ENUM_VALUE",
  "2026-13-45",
  "\u0000\uFFFF",
];

/** A service call to corrupt: its name (for failure messages), a valid input, and the call. */
export type CorruptibleCall = { name: string; valid: Record<string, unknown>; call: (input: never) => Promise<unknown> };

/**
 * Makes each call with its valid input corrupted one field at a time by each of HOSTILE_VALUES,
 * and expects every refusal to be a ServiceError (a ValidationError with field errors) after which
 * `snapshot()` is unchanged. A value that is valid for a field (e.g. null for an optional one) is
 * accepted and skipped.
 * @returns how many calls were refused, and how many of those with field errors.
 */
export async function corruptEachField(calls: CorruptibleCall[], snapshot: () => Promise<unknown>): Promise<{ refused: number; fieldErrors: number }> {
  let refused = 0;
  let fieldErrors = 0;
  for (const { name, valid, call } of calls) {
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE_VALUES) {
        const label = `${name}.${field}=${JSON.stringify(value)?.slice(0, 40)}`;
        const before = await snapshot();
        const outcome = await call({ ...valid, [field]: value } as never).then(
          () => null,
          (error: unknown) => error,
        );
        if (outcome === null) continue;
        refused++;
        expect(outcome, label).toBeInstanceOf(ServiceError);
        if (outcome instanceof ValidationError) {
          fieldErrors++;
          expect(Object.keys(outcome.fieldErrors).length, label).toBeGreaterThan(0);
        }
        expect(await snapshot(), label).toEqual(before);
      }
    }
  }
  return { refused, fieldErrors };
}
