import { zonedDay } from "@/lib/dates";
import { toMajorUnits } from "@/lib/money";
import type { LeadInput } from "@/lib/validation/lead";
import type { LeadDetail } from "@/server/services/leads/get-lead";

/** The lead form's values for an existing lead (value in major units, follow-up as a day in `timeZone`). */
export function leadFormDefaults(lead: LeadDetail, timeZone: string): LeadInput {
  return {
    name: lead.name,
    contactName: lead.contactName,
    email: lead.email,
    phone: lead.phone,
    website: lead.website,
    hasWebsite: lead.hasWebsite,
    websiteIssues: lead.websiteIssues.map((w) => w.issue),
    demoSiteBuilt: lead.demoSiteBuilt,
    niche: lead.niche,
    source: lead.source,
    address: lead.address,
    city: lead.city,
    country: lead.country,
    rating: lead.rating,
    reviewCount: lead.reviewCount,
    mapsUrl: lead.mapsUrl,
    externalId: lead.externalId,
    temperature: lead.temperature,
    score: lead.score,
    nextActionDay: lead.nextActionAt ? zonedDay(lead.nextActionAt, timeZone) : null,
    estimatedValue: lead.estimatedValue === null ? null : toMajorUnits(lead.estimatedValue),
    currency: lead.currency,
    notes: lead.notes,
    stageId: lead.stage.id,
    ownerId: lead.ownerId,
    tags: lead.tags.map((t) => t.name),
  };
}
