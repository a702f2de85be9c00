import { z } from "zod";
import { ACTIVITY_TYPES, DIRECTIONS, OUTREACH_OUTCOMES } from "@/lib/enums";
import { contactRef, dealRef, id, instant, leadRef, optionalRefId, optionalText } from "./common-schemas";

/** An activity (activityRecordSelect), in lists and alone. */
export const activitySchema = z
  .strictObject({
    id,
    type: z.enum(ACTIVITY_TYPES),
    direction: z.enum(DIRECTIONS).nullable(),
    outcome: z.enum(OUTREACH_OUTCOMES).nullable(),
    durationSeconds: z.number().int().nullable(),
    subject: optionalText,
    body: optionalText.meta({ description: "Markdown" }),
    occurredAt: instant,
    data: z.unknown().meta({ description: "For STAGE_CHANGED: { from: { id, name }, to: { id, name } }; else null" }),
    authorId: optionalRefId,
    author: z.strictObject({ name: z.string() }).nullable(),
    leadId: optionalRefId,
    contactId: optionalRefId,
    companyId: optionalRefId,
    dealId: optionalRefId,
    lead: leadRef.nullable(),
    contact: contactRef.nullable(),
    deal: dealRef.nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Activity" });
