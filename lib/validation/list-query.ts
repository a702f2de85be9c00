import { z } from "zod";

/** A filter value from the URL; malformed ones (too long, NUL characters) are dropped. */
export const filterText = z
  .string()
  .trim()
  .max(200)
  .refine((v) => !v.includes("\u0000"))
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** Accepts one tag or many (`?tag=a&tag=b` or `?tag=a,b`) and drops blanks; malformed lists are dropped. */
export const tagFilter = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)))
  .pipe(z.array(z.string().max(40).refine((v) => !v.includes("\u0000"))).max(50))
  .catch([]);

/**
 * A numeric bound of a range filter (inclusive, `min`–`max`) from the URL; a blank value, or one
 * that is not such a number, is no filter (the API refuses the latter: server/api/list-query.ts).
 */
export const numberBound = (min: number, max: number) =>
  z
    .preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.coerce.number().min(min).max(max).optional())
    .catch(undefined);

/** The page number of a list view (from 1; malformed: 1). */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

/** The page size of a list view: one of `sizes`, else `fallback`. */
export const pageSize = (sizes: readonly number[], fallback: number) =>
  z.coerce
    .number()
    .int()
    .refine((n) => sizes.includes(n))
    .catch(fallback)
    .default(fallback);

/**
 * Builds a list's `…ListSearch`: the URL search string of a (partial) query, e.g. "?q=x&page=2",
 * or "" — list values as repeated keys, other values left out where they equal the schema's
 * defaults, so views can be bookmarked.
 */
export function listSearchOf<Q extends object>(schema: z.ZodType<Q>): (query: Partial<Q>) => string {
  const defaults = schema.parse({});
  return (query) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) {
        for (const v of value) params.append(key, String(v));
      } else if (value !== defaults[key as keyof Q]) {
        params.set(key, String(value));
      }
    }
    const s = params.toString();
    return s ? `?${s}` : "";
  };
}
