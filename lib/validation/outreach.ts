import { z } from "zod";
import { OUTREACH_TYPES, TOUCH_TYPES } from "@/lib/activities/activity-types";
import { OUTREACH_OUTCOMES } from "@/lib/enums";
import { activityBodyField, followUpRule, outcomeField } from "./activity";
import { optionalDay, optionalId } from "./common";
import { filterText, listSearchOf, pageNumber, pageSize } from "./list-query";

/**
 * An outbound touch logged with the quick "Log outreach" dialog: how (email, call, DM, in person,
 * other), optionally whom (a lead and/or a contact, or a deal), what came of it, notes, and an
 * optional next follow-up day (a calendar day in the user's time zone) for the lead. It is logged
 * as OUTBOUND, now.
 */
export const outreachInputSchema = z
  .object({
    type: z.enum(OUTREACH_TYPES, { error: "Choose email, call, DM, in person or other" }),
    outcome: outcomeField,
    body: activityBodyField,
    followUpDay: optionalDay,
    leadId: optionalId,
    contactId: optionalId,
    dealId: optionalId,
  })
  .transform((data, ctx) => followUpRule(data, ctx));

export type OutreachInput = z.input<typeof outreachInputSchema>;
export type OutreachData = z.output<typeof outreachInputSchema>;

export const OUTREACH_PAGE_SIZES = [25, 50, 100] as const;

/** A calendar day filter from the URL ("2026-03-10"); anything else is dropped. */
const dayFilter = optionalDay.catch(null).transform((v) => v ?? undefined);

/**
 * The outreach list (/outreach) as held in the URL: outbound touches filtered by type, outcome,
 * the days they happened on (`from`/`to`, inclusive, in the viewer's time zone), who logged them
 * (`by`: a user id or "me") and text in their subject or notes; newest first, paged. Malformed
 * values fall back to defaults, so an edited bookmark still opens.
 */
export const outreachListQuerySchema = z.object({
  q: filterText,
  type: z.enum(TOUCH_TYPES).optional().catch(undefined),
  outcome: z.enum(OUTREACH_OUTCOMES).optional().catch(undefined),
  from: dayFilter,
  to: dayFilter,
  by: filterText,
  page: pageNumber,
  pageSize: pageSize(OUTREACH_PAGE_SIZES, 50),
});

export type OutreachListQuery = z.output<typeof outreachListQuerySchema>;

/** Parses URL search params (as Next passes them to a page) into an OutreachListQuery. */
export function parseOutreachListQuery(params: Record<string, string | string[] | undefined>): OutreachListQuery {
  return outreachListQuerySchema.parse(params);
}

/** The URL search string for a query, omitting defaults, so views can be bookmarked. */
export const outreachListSearch = listSearchOf(outreachListQuerySchema);
