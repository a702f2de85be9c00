import { z } from "zod";
import { filterText } from "./list-query";

/** Job states; mirror the Prisma enum JobStatus. */
export const JOB_STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"] as const;

/**
 * Filters of a jobs list: `status` (one or more, repeated or comma-separated) and `type` (a
 * registered job type, e.g. LEAD_IMPORT). Malformed values are dropped, as in the UI lists.
 */
export const jobListQuerySchema = z.object({
  status: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(JOB_STATUSES)).max(JOB_STATUSES.length))
    .catch([]),
  type: filterText,
});

export type JobListQuery = z.output<typeof jobListQuerySchema>;
