import { z } from "zod";
import { id, instant } from "./common-schemas";

/** A lead-scoring rule (scoringRuleSelect). */
export const scoringRuleSchema = z
  .strictObject({
    id,
    kind: z.enum(["FIT", "ENGAGEMENT"]).meta({ description: "FIT: on the lead's fields; ENGAGEMENT: on timeline events in a window, decaying" }),
    name: z.string(),
    subject: z.string().meta({ description: "FIT: rating, reviewCount, hasWebsite, websiteIssues, niche, city, hasEmail, hasPhone; ENGAGEMENT: EMAIL_OPENED, EMAIL_CLICKED, REPLIED, BOOKED_CALL, EMAIL_BOUNCED, NO_TOUCH" }),
    operator: z.string().meta({ description: "Of the subject: gte, lt, empty (numbers); is_true, is_false; any, includes, none (website issues); in, not_in, empty (text); any, each (events); for_days (NO_TOUCH)" }),
    value: z.union([z.number(), z.array(z.string()), z.null()]).meta({ description: "The operand: a number (the N of `each`), a list of strings, or null" }),
    points: z.number().int().meta({ description: "−100 to 100" }),
    windowDays: z.number().int().nullable().meta({ description: "ENGAGEMENT: the look-back window in days" }),
    enabled: z.boolean(),
    position: z.number().int().meta({ description: "Scoring order (the breakdown's order)" }),
    defaultKey: z.string().nullable().meta({ description: "Set on the default rules created on first run" }),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "ScoringRule" });
