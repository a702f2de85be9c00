import { createLeadGenerationScheduleAction, runLeadGenerationJobAction } from "@/app/(app)/lead-generation/actions";
import type { LeadGenerationJobInput } from "@/lib/validation/lead-generation";
import type { ActionResult } from "@/server/action";

/** Runs a source now, or with a schedule creates its recurring run instead (the panel's forms). */
export async function runOrSchedule(job: LeadGenerationJobInput, cron: string | null): Promise<ActionResult<unknown>> {
  return cron ? createLeadGenerationScheduleAction({ cron, job }) : runLeadGenerationJobAction(job);
}
