import { z } from "zod";
import { JOB_STATUSES } from "@/lib/validation/job-list";
import { id, instant, optionalInstant, optionalText, userRef } from "./common-schemas";

const count = z.number().int();

/** A background job's state and counts (JobView). */
export const jobSchema = z
  .strictObject({
    id,
    type: z.string().meta({ description: "e.g. LEAD_IMPORT" }),
    status: z.enum(JOB_STATUSES),
    fileName: optionalText,
    total: count.nullable(),
    processed: count,
    created: count,
    updated: count,
    skipped: count,
    failed: count,
    lastError: optionalText,
    attempts: count,
    maxAttempts: count,
    priority: count,
    runAt: instant,
    leaseOwner: optionalText,
    leaseUntil: optionalInstant,
    heartbeatAt: optionalInstant,
    cancelRequested: z.boolean(),
    createdBy: userRef.nullable(),
    createdAt: instant,
    startedAt: optionalInstant,
    finishedAt: optionalInstant,
  })
  .meta({ id: "Job" });
