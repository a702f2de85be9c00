import { z } from "zod";
import { DIRECTIONS, OUTREACH_OUTCOMES } from "@/lib/enums";
import { timelineQuerySchema } from "./activity";
import { filterText } from "./list-query";

/**
 * Filters of an activities list (the REST API's): the records an activity belongs to (as a record
 * page's timeline; ids), its types (`type`, repeat the key or separate by commas, as the timeline's
 * type filter), direction, outcome and author (`by`: a user id or "me", as the outreach list).
 * Malformed values are dropped like the UI lists'; the API refuses them (parseListQuery).
 */
export const activityListQuerySchema = z.object({
  leadId: filterText,
  contactId: filterText,
  companyId: filterText,
  dealId: filterText,
  type: timelineQuerySchema.shape.activity,
  direction: z.enum(DIRECTIONS).optional().catch(undefined),
  outcome: z.enum(OUTREACH_OUTCOMES).optional().catch(undefined),
  by: filterText,
});

export type ActivityListQuery = z.output<typeof activityListQuerySchema>;
