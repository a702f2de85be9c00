import { jobListQuerySchema } from "@/lib/validation/job-list";
import { cancelJob } from "@/server/services/jobs/cancel-job";
import { getJob, type JobView } from "@/server/services/jobs/get-job";
import { listJobsPage } from "@/server/services/jobs/list-jobs-page";
import { retryJob } from "@/server/services/jobs/retry-job";
import { getOperation, itemActionOperation, listOperation, type ApiResource } from "../resource-operations";
import { jobSchema } from "../schemas/job-schemas";

const jobs: ApiResource<JobView, JobView, typeof jobListQuerySchema> = {
  path: "jobs",
  name: "Job",
  tag: "Jobs",
  rowSchema: jobSchema,
  detailSchema: jobSchema,
  list: { filters: jobListQuerySchema, updatedSince: true, run: (actor, query) => listJobsPage(actor, query) },
  get: (actor, id) => getJob(actor, id),
};

/** /api/v1/jobs: the background jobs the key's user may see (admins and managers: all), cancel and retry. */
export const jobOperations = {
  list: listOperation(jobs),
  get: getOperation(jobs),
  cancel: itemActionOperation(jobs, {
    name: "cancel",
    operationId: "cancelJob",
    summary: "Cancel a job",
    description: "A queued job stops at once, a running one at its next checkpoint (`cancelRequested`).",
    problems: [409],
    run: (actor, id) => cancelJob(actor, id),
  }),
  retry: itemActionOperation(jobs, {
    name: "retry",
    operationId: "retryJob",
    summary: "Retry a failed or cancelled job",
    description: "Queues it for one more attempt; it resumes from what it saved.",
    problems: [409],
    run: (actor, id) => retryJob(actor, id),
  }),
};
