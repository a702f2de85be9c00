import { z } from "zod";
import { STAGE_KINDS } from "@/lib/enums";
import { companyRef, contactRef, currency, id, instant, leadRef, minorUnits, optionalInstant, optionalRefId, optionalText, stageRef, tagRef, userRef } from "./common-schemas";

const dealFields = {
  id,
  title: z.string(),
  value: minorUnits,
  currency,
  probability: z.number().int().meta({ description: "Win probability in percent" }),
  probabilityOverridden: z.boolean().meta({ description: "false: the stage's default probability" }),
  weightedValue: minorUnits.meta({ description: "round(value × probability / 100), minor units" }),
  expectedCloseAt: optionalInstant,
  stageChangedAt: instant,
  closedAt: optionalInstant,
  closeReason: optionalText,
  ownerId: optionalRefId,
  createdAt: instant,
  updatedAt: instant,
  company: companyRef.nullable(),
  contact: contactRef.nullable(),
  owner: userRef.nullable(),
  tags: z.array(tagRef),
};

/** A deal as the deals list answers it (dealRowSelect). */
export const dealRowSchema = z.strictObject({ ...dealFields, pipeline: z.strictObject({ id, name: z.string() }), stage: stageRef }).meta({ id: "DealRow" });

const stageWithProbability = stageRef.extend({ probability: z.number().int() });

/** A deal with its links and its pipeline's stages (getDeal). */
export const dealSchema = z
  .strictObject({
    ...dealFields,
    companyId: optionalRefId,
    contactId: optionalRefId,
    leadId: optionalRefId,
    externalId: optionalText,
    lead: leadRef.nullable().meta({ description: "The lead it came from" }),
    pipeline: z.strictObject({
      id,
      name: z.string(),
      stages: z.array(z.strictObject({ id, name: z.string(), kind: z.enum(STAGE_KINDS), color: z.string(), probability: z.number().int() })),
    }),
    stage: stageWithProbability,
  })
  .meta({ id: "Deal" });
