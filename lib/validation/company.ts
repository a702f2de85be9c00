import { z } from "zod";
import { COMPANY_STATUSES } from "@/lib/enums";
import { normalizeWebsite, websiteDomain } from "@/lib/leads/normalize";
import { isWebUrl, optionalId, optionalText, requiredText, tagNames } from "./common";
import { filterText, listSearchOf, numberBound, pageNumber, pageSize, tagFilter } from "./list-query";

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
export const COMPANY_SORTS = ["name", "createdAt", "updatedAt", "city", "mrr", "lifetimeRevenue"] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

export const COMPANY_PAGE_SIZES = [25, 50, 100] as const;

/** "yes" or "no" from the URL; anything else is no filter. */
const yesNo = z.enum(["yes", "no"]).optional().catch(undefined);

/** An MRR bound in **major** units of the base currency (0 to 20,000,000) from the URL; anything else is no filter. */
const mrrBound = numberBound(0, 20_000_000);

/**
 * The companies list view as held in the URL: filters, sort and page. Unknown or malformed
 * values fall back to defaults instead of failing, so an edited bookmark still opens.
 * `view=deleted` lists soft-deleted companies instead of active ones. Revenue filters: `projectType`
 * (a project type id: companies with a project of that type), `hosting` / `saas` ("yes": a line
 * of that kind is active now, "no": none is), `mrrMin` / `mrrMax` (inclusive, in major units of
 * the base currency).
 */
export const companyListQuerySchema = z.object({
  view: z.enum(["active", "deleted"]).catch("active").default("active"),
  q: filterText,
  status: z.enum(COMPANY_STATUSES).optional().catch(undefined),
  industry: filterText,
  city: filterText,
  country: filterText,
  owner: filterText, // a user id, "me" or "none"
  tag: tagFilter,
  projectType: filterText,
  hosting: yesNo,
  saas: yesNo,
  mrrMin: mrrBound,
  mrrMax: mrrBound,
  sort: z.enum(COMPANY_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: pageNumber,
  pageSize: pageSize(COMPANY_PAGE_SIZES, 25),
});

export type CompanyListQuery = z.output<typeof companyListQuerySchema>;
/** The filters of a companies list query (what CSV export and counting share with the list). */
export type CompanyFilters = Omit<CompanyListQuery, "sort" | "dir" | "page" | "pageSize">;

/** Parses URL search params (as Next passes them to a page) into a CompanyListQuery. */
export function parseCompanyListQuery(params: Record<string, string | string[] | undefined>): CompanyListQuery {
  return companyListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export const companyListSearch = listSearchOf(companyListQuerySchema);
