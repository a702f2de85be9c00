import { zonedDayStart } from "@/lib/dates";
import { leadSearchText, phoneDigits, websiteDomain } from "@/lib/leads/normalize";
import { toMinorUnits } from "@/lib/money";
import type { LeadData } from "@/lib/validation/lead";

/**
 * The scalar columns written for a validated lead: derived columns (phone digits, website
 * domain, search text), estimated value converted to minor units, and the next action day
 * taken as midnight in the acting user's time zone.
 */
export function leadColumns(data: LeadData, timeZone: string) {
  return {
    name: data.name,
    contactName: data.contactName,
    email: data.email,
    phone: data.phone,
    phoneDigits: phoneDigits(data.phone),
    website: data.website,
    websiteDomain: websiteDomain(data.website),
    hasWebsite: data.hasWebsite ?? data.website !== null,
    demoSiteBuilt: data.demoSiteBuilt,
    niche: data.niche,
    source: data.source,
    address: data.address,
    city: data.city,
    country: data.country,
    rating: data.rating,
    reviewCount: data.reviewCount,
    mapsUrl: data.mapsUrl,
    externalId: data.externalId,
    score: data.score,
    temperature: data.temperature,
    nextActionAt: data.nextActionDay ? zonedDayStart(data.nextActionDay, timeZone) : null,
    estimatedValue: data.estimatedValue === null ? null : toMinorUnits(data.estimatedValue),
    currency: data.currency,
    notes: data.notes,
    searchText: leadSearchText(data),
  };
}

/** Prisma nested writes that make a record's tags exactly `names` (creating missing tags). */
export function setTags(names: string[]) {
  return {
    set: [],
    connectOrCreate: names.map((name) => ({ where: { name }, create: { name } })),
  };
}
