import { z } from "zod";
import { TEMPERATURES, WEBSITE_ISSUES } from "@/lib/enums";
import { companyRef, contactRef, currency, id, instant, minorUnits, optionalInstant, optionalRefId, optionalText, stageRef, tagRef, userRef } from "./common-schemas";

/** A lead as the leads list answers it (leadRowSelect). */
export const leadRowSchema = z
  .strictObject({
    id,
    name: z.string(),
    contactName: optionalText,
    email: optionalText,
    phone: optionalText,
    website: optionalText,
    hasWebsite: z.boolean(),
    demoSiteBuilt: z.boolean(),
    niche: optionalText,
    source: optionalText,
    city: optionalText,
    country: optionalText,
    rating: z.number().nullable().meta({ description: "0–5 stars" }),
    reviewCount: z.number().int().nullable(),
    score: z.number().int().meta({ description: "0–100" }),
    temperature: z.enum(TEMPERATURES),
    nextActionAt: optionalInstant.meta({ description: "Next follow-up: midnight of its day in the owner's time zone, UTC" }),
    estimatedValue: minorUnits.nullable(),
    currency,
    ownerId: optionalRefId,
    createdAt: instant,
    updatedAt: instant,
    convertedAt: optionalInstant,
    stage: stageRef.meta({ description: "The lead's status: a stage of the lead pipeline" }),
    owner: userRef.nullable(),
    tags: z.array(tagRef),
    websiteIssues: z.array(z.strictObject({ issue: z.enum(WEBSITE_ISSUES) })),
  })
  .meta({ id: "LeadRow" });

/** A lead with every field (getLead). */
export const leadSchema = leadRowSchema
  .extend({
    address: optionalText,
    mapsUrl: optionalText,
    externalId: optionalText,
    notes: optionalText,
    company: companyRef.nullable().meta({ description: "The company it was converted into" }),
    contact: contactRef.nullable().meta({ description: "The contact it was converted into" }),
  })
  .meta({ id: "Lead" });
