import { z } from "zod";

/** Filters of a pipelines list: `kind` LEAD (the lead statuses) or DEAL. */
export const pipelineListQuerySchema = z.object({
  kind: z.enum(["LEAD", "DEAL"]).optional().catch(undefined),
});

export type PipelineListQuery = z.output<typeof pipelineListQuerySchema>;
