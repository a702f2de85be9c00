import { z } from "zod";
import { CONTACT_ROLES } from "@/lib/enums";
import { optionalEmail, optionalId, optionalText, requiredText, tagNames } from "./common";
import { filterText, listSearchOf, pageNumber, pageSize, tagFilter } from "./list-query";

/** Email and SMS subscription states; mirror the Prisma enum SubscriptionStatus. */
export const SUBSCRIPTION_STATUSES = ["SUBSCRIBED", "UNSUBSCRIBED"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/**
 * A contact as entered in the contact form or the REST API; the same schema runs in the browser
 * (react-hook-form) and in the service layer. `isPrimary` and role PRIMARY both ask for the
 * contact to be its company's one primary contact (the service enforces "at most one").
 */
export const contactInputSchema = z.object({
  firstName: requiredText(120, "First name"),
  lastName: optionalText(120),
  email: optionalEmail,
  phone: optionalText(50),
  mobile: optionalText(50),
  title: optionalText(120),
  department: optionalText(120),
  companyId: optionalId,
  isPrimary: z.boolean({ error: "Must be yes or no" }).default(false),
  role: z
    .enum(CONTACT_ROLES, { error: "Choose primary, billing or technical" })
    .nullish()
    .transform((v) => v ?? null),
  emailStatus: z.enum(SUBSCRIPTION_STATUSES, { error: "Choose subscribed or unsubscribed" }).default("SUBSCRIBED"),
  smsStatus: z.enum(SUBSCRIPTION_STATUSES, { error: "Choose subscribed or unsubscribed" }).default("SUBSCRIBED"),
  ownerId: optionalId,
  tags: tagNames,
});

export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactData = z.output<typeof contactInputSchema>;

/** Columns the contacts list can sort by ("name" is first name, then last name). */
export const CONTACT_SORTS = ["name", "email", "createdAt", "updatedAt"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const CONTACT_PAGE_SIZES = [25, 50, 100] as const;

/**
 * The contacts list view as held in the URL. Unknown or malformed values fall back to defaults.
 * `company` is a company id or "none" (contacts without a company); `view=deleted` lists
 * soft-deleted contacts.
 */
export const contactListQuerySchema = z.object({
  view: z.enum(["active", "deleted"]).catch("active").default("active"),
  q: filterText,
  company: filterText,
  role: z.enum([...CONTACT_ROLES, "none"]).optional().catch(undefined),
  owner: filterText, // a user id, "me" or "none"
  tag: tagFilter,
  sort: z.enum(CONTACT_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: pageNumber,
  pageSize: pageSize(CONTACT_PAGE_SIZES, 25),
});

export type ContactListQuery = z.output<typeof contactListQuerySchema>;
/** The filters of a contacts list query (shared by the list and CSV export). */
export type ContactFilters = Omit<ContactListQuery, "sort" | "dir" | "page" | "pageSize">;

/** Parses URL search params (as Next passes them to a page) into a ContactListQuery. */
export function parseContactListQuery(params: Record<string, string | string[] | undefined>): ContactListQuery {
  return contactListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export const contactListSearch = listSearchOf(contactListQuerySchema);

/** A person's display name: "Anna Smith", or just "Anna". */
export function personName(person: { firstName: string; lastName: string | null }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ");
}

/**
 * Splits a free-text full name (a lead's "contact person") at the first space: "Anna Maria Smith"
 * → { firstName: "Anna", lastName: "Maria Smith" }. Blank → both null. Each part is cut to the
 * 120 characters the contact schema allows.
 */
export function splitPersonName(full: string | null | undefined): { firstName: string | null; lastName: string | null } {
  const words = (full ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: null, lastName: null };
  return { firstName: words[0].slice(0, 120), lastName: words.slice(1).join(" ").slice(0, 120).trim() || null };
}
