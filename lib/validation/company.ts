import { z } from "zod";
import { COMPANY_STATUSES } from "@/lib/enums";
import { normalizeWebsite, websiteDomain } from "@/lib/leads/normalize";
import { isWebUrl, optionalId, optionalText, requiredText, tagNames } from "./common";

/** A host name such as "example.com" or "xn--bcher-kva.example" (RFC 1035 labels, 253 characters at most). */
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * A company as entered in the company form or the REST API; the same schema runs in the browser
 * (react-hook-form) and in the service layer.
 * - `website` gets https:// when typed without a scheme and must be an http(s) address.
 * - `domain` accepts "Example.com", "www.example.com" or a pasted URL and keeps the lower-cased
 *   host without "www."; left blank, the service derives it from `website`.
 */
export const companyInputSchema = z.object({
  name: requiredText(200, "Company name"),
  domain: optionalText(253)
    .transform((v) => (v ? (websiteDomain(v) ?? v.toLowerCase()) : null))
    .refine((v) => v === null || DOMAIN_PATTERN.test(v), { error: "Not a valid domain, e.g. example.com" }),
  website: optionalText(500)
    .transform(normalizeWebsite)
    .refine((v) => v === null || isWebUrl(v), { error: "Not a valid website address" }),
  industry: optionalText(120),
  size: optionalText(50),
  address: optionalText(300),
  city: optionalText(120),
  country: optionalText(120),
  phone: optionalText(50),
  status: z.enum(COMPANY_STATUSES, { error: "Choose prospect, client, partner or churned" }).default("PROSPECT"),
  ownerId: optionalId,
  tags: tagNames,
});

export type CompanyInput = z.input<typeof companyInputSchema>;
export type CompanyData = z.output<typeof companyInputSchema>;

/** Columns the companies list can sort by. */
export const COMPANY_SORTS = ["name", "createdAt", "updatedAt", "city"] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

export const COMPANY_PAGE_SIZES = [25, 50, 100] as const;

/** A filter value from the URL; malformed ones (too long, NUL characters) are dropped. */
const text = z
  .string()
  .trim()
  .max(200)
  .refine((v) => !v.includes("\u0000"))
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** Accepts one tag or many (`?tag=a&tag=b` or `?tag=a,b`) and drops blanks. */
const tagList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)))
  .pipe(z.array(z.string().max(40).refine((v) => !v.includes("\u0000"))).max(50))
  .catch([]);

/**
 * The companies list view as held in the URL: filters, sort and page. Unknown or malformed
 * values fall back to defaults instead of failing, so an edited bookmark still opens.
 * `view=deleted` lists soft-deleted companies instead of active ones.
 */
export const companyListQuerySchema = z.object({
  view: z.enum(["active", "deleted"]).catch("active").default("active"),
  q: text,
  status: z.enum(COMPANY_STATUSES).optional().catch(undefined),
  industry: text,
  city: text,
  country: text,
  owner: text, // a user id, "me" or "none"
  tag: tagList,
  sort: z.enum(COMPANY_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (COMPANY_PAGE_SIZES as readonly number[]).includes(n))
    .catch(25)
    .default(25),
});

export type CompanyListQuery = z.output<typeof companyListQuerySchema>;
/** The filters of a companies list query (what CSV export and counting share with the list). */
export type CompanyFilters = Omit<CompanyListQuery, "sort" | "dir" | "page" | "pageSize">;

/** Parses URL search params (as Next passes them to a page) into a CompanyListQuery. */
export function parseCompanyListQuery(params: Record<string, string | string[] | undefined>): CompanyListQuery {
  return companyListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export function companyListSearch(query: Partial<CompanyListQuery>): string {
  const defaults = companyListQuerySchema.parse({});
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
    } else if (value !== defaults[key as keyof CompanyListQuery]) {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
