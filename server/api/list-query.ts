import { z } from "zod";
import { searchParamsObject } from "@/lib/search-params";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import { decodeKeysetCursor } from "@/server/services/paging/keyset-cursor";
import type { KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { BadRequestError } from "./request-errors";

/** Rows per page unless `limit` says otherwise, and the most a page may hold. */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 100;

/** A list request: the UI list's filters and which keyset page. */
export type ListQuery<Filters> = { filters: Filters; page: KeysetPageRequest };

const instantSchema = z.iso.datetime({ offset: true });

/** The paging parameters as the OpenAPI document describes them. */
const pagingDocs = {
  cursor: z.string().optional().meta({ description: "Opaque: the `nextCursor` of the previous page. Leave out for the first page." }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT).meta({ description: `Rows per page, 1–${MAX_PAGE_LIMIT}.` }),
};
const updatedSinceDoc = instantSchema.optional().meta({ description: "Only rows changed at or after this instant (ISO 8601 with Z or an offset)." });

/** Whether a raw parameter value is blank (what the UI lists treat as "no filter"). */
const isBlank = (raw: string | string[]) => (Array.isArray(raw) ? raw : [raw]).every((v) => !v.trim());

/**
 * Whether the UI list's lenient parser dropped a value: the UI falls back to "no filter" for a
 * malformed value so an edited bookmark still opens, but an API caller must hear about it. A
 * non-blank value that parses to what no value gives, unless it names that value itself
 * (`view=active`), was dropped.
 */
function wasDropped(field: z.ZodType, raw: string | string[], parsed: unknown): boolean {
  if (isBlank(raw)) return false;
  const fallback = field.safeParse(undefined).data;
  return JSON.stringify(parsed) === JSON.stringify(fallback) && !(typeof fallback === "string" && raw === fallback);
}

/** Reads `limit`: a whole number 1–MAX_PAGE_LIMIT (default DEFAULT_PAGE_LIMIT); null when malformed. */
function parseLimit(raw: string | null): number | null {
  if (raw === null) return DEFAULT_PAGE_LIMIT;
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 && n <= MAX_PAGE_LIMIT ? n : null;
}

/**
 * The query string of a list operation: keyset paging (`cursor`, `limit`), `updatedSince` where
 * the model has an updatedAt, and the filters of the matching UI list, parsed by that list's own
 * schema (`filters`, e.g. leadListQuerySchema without its sort and page keys). Unlike the UI, the
 * API refuses what it cannot use: an unknown parameter, a repeated paging parameter, a malformed
 * cursor, limit or instant, or a filter value the UI would silently drop.
 * @returns the document's schema of the parameters and the parser.
 * @throws BadRequestError (from parse) with one field error per refused parameter.
 */
export function listQuery<S extends z.ZodObject>(filters: S, { updatedSince }: { updatedSince: boolean }): { schema: z.ZodObject; parse: (url: URL) => ListQuery<z.output<S>> } {
  const paging = updatedSince ? { ...pagingDocs, updatedSince: updatedSinceDoc } : pagingDocs;
  const known = new Set([...Object.keys(paging), ...Object.keys(filters.shape)]);
  const schema = filters.extend(paging);
  return {
    schema,
    parse(url) {
      const errors: FieldErrors = {};
      const fail = (key: string, message: string) => (errors[key] ??= []).push(message);
      const params = url.searchParams;
      for (const key of new Set(params.keys())) if (!known.has(key)) fail(key, "Unknown query parameter");
      for (const key of Object.keys(paging)) if (params.getAll(key).length > 1) fail(key, "Give this parameter once");
      // PostgreSQL cannot compare text with NUL characters: refused here, whatever the parameter.
      for (const [key, value] of params) if (value.includes("\u0000") && known.has(key)) fail(key, "Contains an invalid character");

      const limit = parseLimit(params.get("limit"));
      if (limit === null) fail("limit", `A whole number from 1 to ${MAX_PAGE_LIMIT}`);
      const cursorText = params.get("cursor");
      const after = cursorText ? decodeKeysetCursor(cursorText) : null;
      if (cursorText !== null && !after) fail("cursor", "Not a valid cursor: pass the nextCursor of the previous page");
      const sinceText = updatedSince ? params.get("updatedSince") : null;
      const since = sinceText === null ? null : instantSchema.safeParse(sinceText).success ? new Date(sinceText) : null;
      if (sinceText !== null && !since) fail("updatedSince", "Use an ISO 8601 instant like 2026-05-01T00:00:00Z");

      const raw = searchParamsObject(params);
      const rawFilters = Object.fromEntries(Object.entries(raw).filter(([key]) => key in filters.shape));
      for (const [key, value] of Object.entries(rawFilters)) {
        const field = filters.shape[key] as z.ZodType;
        const parsed = field.safeParse(value);
        if (!parsed.success || wasDropped(field, value, parsed.data)) fail(key, "Not a valid value for this filter");
      }
      if (Object.keys(errors).length) throw new BadRequestError("Some query parameters are not valid", errors);
      return { filters: filters.parse(rawFilters), page: { after, limit: limit ?? DEFAULT_PAGE_LIMIT, updatedSince: since } };
    },
  };
}

/** The query of an operation that takes none: any parameter is refused (a typo should not pass). */
export const noQuery = {
  schema: z.object({}),
  parse(url: URL): undefined {
    const keys = [...new Set(url.searchParams.keys())];
    if (keys.length) throw new BadRequestError("This operation takes no query parameters", Object.fromEntries(keys.map((k) => [k, ["Unknown query parameter"]])));
    return undefined;
  },
};
