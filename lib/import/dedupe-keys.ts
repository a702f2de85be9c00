import { phoneDigits, websiteDomain } from "@/lib/leads/normalize";
import type { LeadImportDedupe, LeadMatchKey } from "@/lib/validation/import";
import type { LeadData } from "@/lib/validation/lead";

/**
 * Sites that host pages of many businesses: a lead whose "website" is its Facebook page shares
 * the domain with thousands of others, so these domains never identify a duplicate.
 */
const SHARED_DOMAINS = [
  "facebook.com",
  "fb.com",
  "instagram.com",
  "twitter.com",
  "x.com",
  "linkedin.com",
  "tiktok.com",
  "youtube.com",
  "linktr.ee",
  "google.com",
  "goo.gl",
  "g.page",
  "wa.me",
  "tripadvisor.com",
  "booking.com",
  "yelp.com",
];

/** Whether a domain hosts pages of many businesses (SHARED_DOMAINS or a subdomain of one). */
export function isSharedDomain(domain: string): boolean {
  return SHARED_DOMAINS.some((shared) => domain === shared || domain.endsWith(`.${shared}`));
}

/** The normalised values duplicates are matched on (as stored in the Lead columns of the same names). */
export type LeadKeyValues = {
  externalId: string | null;
  email: string | null;
  phoneDigits: string | null;
  websiteDomain: string | null;
};

/**
 * The duplicate keys of a lead for the chosen match keys, in their order, as "key:value"
 * strings; keys without a value (and shared domains such as facebook.com) are left out.
 */
export function leadDedupeKeys(lead: LeadKeyValues, match: readonly LeadMatchKey[]): string[] {
  const keys: string[] = [];
  for (const key of match) {
    const value =
      key === "externalId"
        ? lead.externalId
        : key === "email"
          ? lead.email
          : key === "phone"
            ? lead.phoneDigits
            : lead.websiteDomain && !isSharedDomain(lead.websiteDomain)
              ? lead.websiteDomain
              : null;
    if (value) keys.push(`${key}:${value}`);
  }
  return keys;
}

/** The duplicate keys of an import row under the chosen duplicate handling; none in mode "create". */
export function rowDedupeKeys(data: LeadData, dedupe: LeadImportDedupe): string[] {
  if (dedupe.mode === "create") return [];
  const values = { externalId: data.externalId, email: data.email, phoneDigits: phoneDigits(data.phone), websiteDomain: websiteDomain(data.website) };
  return leadDedupeKeys(values, dedupe.match);
}
