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
    score: z.number().int().meta({ description: "0–100, computed by the scoring rules (or the manual override). Ignored in inputs." }),
    temperature: z.enum(TEMPERATURES).meta({ description: "From `score` and the thresholds of Settings → Scoring. Ignored in inputs." }),
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
    scoreBreakdown: z
      .array(
        z.strictObject({
          ruleId: id,
          name: z.string(),
          kind: z.enum(["FIT", "ENGAGEMENT"]),
          points: z.number().int().meta({ description: "After decay, rounded" }),
          basePoints: z.number().optional().meta({ description: "ENGAGEMENT: before decay" }),
          detail: z.string().optional(),
        }),
      )
      .nullable()
      .meta({ description: "Why the score is what it is: each rule the lead matched and its points, as last computed (null: never scored)" }),
    scoreOverride: z.number().int().nullable().meta({ description: "A manual score (0–100) replacing the computed one; `score` is it while set" }),
    scoreOverrideNote: optionalText.meta({ description: "Why the score was set by hand" }),
    scoredAt: optionalInstant.meta({ description: "When the score was last computed" }),
    company: companyRef.nullable().meta({ description: "The company it was converted into" }),
    contact: contactRef.nullable().meta({ description: "The contact it was converted into" }),
  })
  .meta({ id: "Lead" });
