import { z } from "zod";
import { STAGE_KINDS } from "@/lib/enums";
import { id, instant } from "./common-schemas";

/** A pipeline with its stages in board order (pipelineRecordSelect). */
export const pipelineSchema = z
  .strictObject({
    id,
    name: z.string(),
    kind: z.enum(["LEAD", "DEAL"]).meta({ description: "LEAD: the lead statuses; DEAL: a deal pipeline" }),
    isDefault: z.boolean(),
    position: z.number().int(),
    createdAt: instant,
    stages: z.array(
      z.strictObject({
        id,
        name: z.string(),
        position: z.number().int(),
        probability: z.number().int().meta({ description: "Default win probability, percent" }),
        kind: z.enum(STAGE_KINDS),
        color: z.string(),
        rottingDays: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: "Pipeline" });
