"use server";

import { revalidatePath } from "next/cache";
import { jobIdSchema } from "@/lib/validation/import";
import { runAction, type ActionResult } from "@/server/action";
import { NotFoundError } from "@/server/errors";
import { cancelJob } from "@/server/services/jobs/cancel-job";
import type { JobView } from "@/server/services/jobs/get-job";
import { retryJob } from "@/server/services/jobs/retry-job";

function parseJobId(id: unknown): string {
  const parsed = jobIdSchema.safeParse(id);
  if (!parsed.success) throw new NotFoundError("Job");
  return parsed.data;
}

/** Cancel on /jobs and the import progress pages (cancelJob). */
export async function cancelJobAction(id: unknown): Promise<ActionResult<JobView>> {
  const result = await runAction((user) => cancelJob(user, parseJobId(id)));
  revalidatePath("/jobs");
  return result;
}

/** Retry on /jobs and the import progress pages (retryJob). */
export async function retryJobAction(id: unknown): Promise<ActionResult<JobView>> {
  const result = await runAction((user) => retryJob(user, parseJobId(id)));
  revalidatePath("/jobs");
  return result;
}
