"use server";

import { revalidatePath } from "next/cache";
import { jobIdSchema } from "@/lib/validation/import";
import type { KeywordMonitorInput, LeadGenerationJobInput, LeadGenerationScheduleInput } from "@/lib/validation/lead-generation";
import { runAction, type ActionResult } from "@/server/action";
import { NotFoundError } from "@/server/errors";
import type { JobView } from "@/server/services/jobs/get-job";
import { createLeadGenerationJob } from "@/server/services/lead-generation/create-lead-generation-job";
import { deleteKeywordMonitor } from "@/server/services/lead-generation/delete-keyword-monitor";
import { rerunLeadGenerationJob } from "@/server/services/lead-generation/rerun-lead-generation-job";
import { saveKeywordMonitor } from "@/server/services/lead-generation/save-keyword-monitor";
import { createLeadGenerationSchedule, deleteLeadGenerationSchedule } from "@/server/services/lead-generation/save-lead-generation-schedule";

const PANEL = "/lead-generation";

/** Run now: creates and runs a lead-generation job (createLeadGenerationJob). */
export async function runLeadGenerationJobAction(input: LeadGenerationJobInput): Promise<ActionResult<JobView>> {
  const result = await runAction((user) => createLeadGenerationJob(user, input));
  revalidatePath(PANEL);
  return result;
}

/** Re-run: the same settings as a finished job, as a new job (rerunLeadGenerationJob). */
export async function rerunLeadGenerationJobAction(id: unknown): Promise<ActionResult<JobView>> {
  const result = await runAction((user) => {
    const parsed = jobIdSchema.safeParse(id);
    if (!parsed.success) throw new NotFoundError("Job");
    return rerunLeadGenerationJob(user, parsed.data);
  });
  revalidatePath(PANEL);
  return result;
}

/** Schedule: a recurring Google Maps run or import from a URL (createLeadGenerationSchedule). */
export async function createLeadGenerationScheduleAction(input: LeadGenerationScheduleInput): Promise<ActionResult<{ name: string }>> {
  const result = await runAction((user) => createLeadGenerationSchedule(user, input));
  revalidatePath(PANEL);
  return result;
}

/** Deletes a recurring run (deleteLeadGenerationSchedule). */
export async function deleteLeadGenerationScheduleAction(name: unknown): Promise<ActionResult<void>> {
  const result = await runAction((user) => deleteLeadGenerationSchedule(user, String(name)));
  revalidatePath(PANEL);
  return result;
}

/** Creates a keyword monitor, or updates the one with `id` (saveKeywordMonitor). */
export async function saveKeywordMonitorAction(input: KeywordMonitorInput, id?: string): Promise<ActionResult<{ id: string }>> {
  const result = await runAction((user) => saveKeywordMonitor(user, input, id));
  revalidatePath(PANEL);
  return result;
}

/** Deletes a keyword monitor (deleteKeywordMonitor). */
export async function deleteKeywordMonitorAction(id: unknown): Promise<ActionResult<void>> {
  const result = await runAction((user) => deleteKeywordMonitor(user, String(id)));
  revalidatePath(PANEL);
  return result;
}
