import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
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
  "<script>alert(1)</script>",
  "javascript://alert(1)",
  "BOGUS_ENUM_VALUE",
  "2026-13-45",
  "\u0000\uFFFF",
];

/**
 * A service call to corrupt: its name (for failure messages), a valid input, the call, and
 * `readBack`, which returns the value stored for `field` by the call that returned `result` (for
 * fields stored under another name or shape, the stored form, e.g. tag names for `tags`; see
 * `readColumn`).
 * `normalised` gives, per field, the value a service stores for an accepted input when it is not
 * the input itself (trimmed, blank → null, minor units…); without an entry the stored value must
 * equal the input exactly (a string byte for byte). `notStored` names fields that only steer the
 * call (neighbour ids of a move, list filters), so an accepted value has nothing to read back.
 */
export type CorruptibleCall = {
  name: string;
  valid: Record<string, unknown>;
  call: (input: never) => Promise<unknown>;
  readBack: (result: unknown, field: string, value: unknown) => Promise<unknown>;
  normalised?: Record<string, (value: unknown) => unknown>;
  notStored?: string[];
};

/** `value` rendered as React text: `<span>{value}</span>` through react-dom/server. */
export function renderedAsText(value: string): string {
  return renderToStaticMarkup(createElement("span", null, value));
}

/** `value` with HTML's special characters escaped, as React escapes text. */
function escapedHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

/**
 * Makes each call with its valid input corrupted one field at a time by each of HOSTILE_VALUES.
 * A refusal must be a ServiceError (a ValidationError with field errors) after which `snapshot()`
 * is unchanged. An accepted value must be stored exactly as given (or as `normalised` says), and a
 * stored string must render as escaped text, never markup. All mismatches are reported together.
 * @returns how many calls were refused, how many of those with field errors, and how many accepted.
 */
export async function corruptEachField(
  calls: CorruptibleCall[],
  snapshot: () => Promise<unknown>,
): Promise<{ refused: number; fieldErrors: number; accepted: number }> {
  let refused = 0;
  let fieldErrors = 0;
  let accepted = 0;
  const mismatches: string[] = [];
  for (const { name, valid, call, readBack, normalised = {}, notStored = [] } of calls) {
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE_VALUES) {
        const label = `${name}.${field}=${JSON.stringify(value)?.slice(0, 40)}`;
        const before = await snapshot();
        const outcome = await call({ ...valid, [field]: value } as never).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        if ("result" in outcome) {
          accepted++;
          if (notStored.includes(field)) continue;
          const stored = await readBack(outcome.result, field, value);
          const expected = field in normalised ? normalised[field](value) : value;
          if (!Object.is(stored, expected) && JSON.stringify(stored) !== JSON.stringify(expected)) {
            mismatches.push(`${label}: stored ${JSON.stringify(stored)?.slice(0, 60)}, expected ${JSON.stringify(expected)?.slice(0, 60)}`);
          }
          if (typeof stored === "string" && renderedAsText(stored) !== `<span>${escapedHtml(stored)}</span>`) {
            mismatches.push(`${label}: not rendered as escaped text`);
          }
          continue;
        }
        const { error } = outcome;
        refused++;
        expect(error, label).toBeInstanceOf(ServiceError);
        if (error instanceof ValidationError) {
          fieldErrors++;
          expect(Object.keys(error.fieldErrors).length, label).toBeGreaterThan(0);
        }
        expect(await snapshot(), label).toEqual(before);
      }
    }
  }
  expect(mismatches, "accepted hostile values not stored as given").toEqual([]);
  return { refused, fieldErrors, accepted };
}

/**
 * A `readBack` that loads the written row with `load` (given the call's result) and returns its
 * column of the field's name, or what `columns` maps the field to (a column name, or a function of
 * the row for relations such as tags).
 */
export function readColumn<Row extends Record<string, unknown>>(
  load: (result: unknown) => Promise<Row | null>,
  columns: Record<string, string | ((row: Row) => unknown)> = {},
): CorruptibleCall["readBack"] {
  return async (result, field) => {
    const row = await load(result);
    if (!row) return undefined;
    const column = columns[field] ?? field;
    return typeof column === "function" ? column(row) : row[column];
  };
}

/** The id of a service result shaped `{ id }`. */
export const idOf = (result: unknown): string => (result as { id: string }).id;

/** Tag names of a row loaded with its tags, sorted. */
export const tagNames = (row: { tags?: unknown }): string[] => ((row.tags as { name: string }[] | undefined) ?? []).map((t) => t.name).sort();
