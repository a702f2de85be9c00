import { z } from "zod";
import { SUPPRESSION_REASONS } from "@/lib/enums";
import { id, instant, optionalRefId, userRef } from "./common-schemas";

/** A suppression-list entry (suppressionRowSelect). */
export const suppressionSchema = z
  .strictObject({
    id,
    address: z.string().meta({ description: "Trimmed and lower-cased" }),
    reason: z.enum(SUPPRESSION_REASONS).meta({ description: "UNSUBSCRIBED, HARD_BOUNCE and COMPLAINT are added by Leadwell; MANUAL by a user" }),
    note: z.string().nullable(),
    messageId: optionalRefId.meta({ description: "The email whose unsubscribe, bounce or complaint added it" }),
    createdAt: instant,
    createdBy: userRef.nullable().meta({ description: "Who added it by hand (MANUAL)" }),
  })
  .meta({ id: "Suppression" });
