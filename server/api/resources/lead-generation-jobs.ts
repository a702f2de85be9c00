import { z } from "zod";
import { jobIdSchema } from "@/lib/validation/import";
import { jobListQuerySchema } from "@/lib/validation/job-list";
import { leadGenerationJobSchema } from "@/lib/validation/lead-generation";
import { NotFoundError } from "@/server/errors";
import { cancelJob } from "@/server/services/jobs/cancel-job";
import { getJob } from "@/server/services/jobs/get-job";
import { createLeadGenerationJob } from "@/server/services/lead-generation/create-lead-generation-job";
import { getLeadGenerationStats } from "@/server/services/lead-generation/get-lead-generation-stats";
import { listLeadGenerationJobsPage } from "@/server/services/lead-generation/list-lead-generation-jobs";
import { listLeadGenerationSources } from "@/server/services/lead-generation/list-lead-generation-sources";
import { defineOperation } from "../api-operation";
import { MAX_JSON_BODY_BYTES } from "../json-body";
import { listQuery, type ListQuery } from "../list-query";
import { parseJsonObject } from "../parse-json-object";
import { listPageSchema } from "../resource-operations";
import { jobSchema } from "../schemas/job-schemas";

const TAG = "Lead generation";
const common = { root: "/api", session: true, tag: TAG } as const;
const idParams = z.object({ id: z.string().meta({ description: "The job's id" }) });
const count = z.number().int();

/** A job id from the path; a malformed one is a 404, as an unknown one. */
function jobId(params: Record<string, string>): string {
  const id = jobIdSchema.safeParse(params.id);
  if (!id.success) throw new NotFoundError("Job");
  return id.data;
}

const statsSchema = z
  .array(z.strictObject({ source: z.string(), label: z.string(), runs: count, created: count, contacted: count, replied: count, converted: count }))
  .meta({ id: "LeadSourceStats" });
const sourcesSchema = z
  .array(z.strictObject({ source: z.string(), label: z.string(), jobType: z.string().nullable(), configured: z.boolean(), detail: z.string() }))
  .meta({ id: "LeadGenerationSource" });

/**
 * /api/jobs: lead-generation jobs (Google Maps runs, keyword monitor runs, imports from a URL), for
 * the signed-in session and for API keys alike (sessionOrApiKeyRoute): create and run, list, get,
 * cancel, stats per source and the sources.
 */
export const leadGenerationJobOperations = {
  create: defineOperation<undefined, Record<string, unknown>>({
    ...common,
    method: "post",
    path: "/jobs",
    operationId: "createLeadGenerationJob",
    summary: "Create and run a lead-generation job",
    description: "`source` picks the settings: `google-maps` (keywords, lang, lat, lon, zoom, radius, depth, email, maxTimeMinutes), `keyword-monitor` (monitorId) or `url-import` (url, type, preset or mapping, dedupe). The job runs in the background: poll GET /api/jobs/{id}.",
    scope: "write",
    body: { contentType: "application/json", maxBytes: MAX_JSON_BODY_BYTES, schema: leadGenerationJobSchema, required: true, parse: (bytes, contentType) => parseJsonObject(bytes, contentType) },
    responses: { 201: { description: "The job, queued", schema: jobSchema } },
    problems: [400, 404, 413, 415, 422],
    handle: async ({ actor, body }) => {
      const job = await createLeadGenerationJob(actor, body as never);
      return { status: 201, body: job, headers: { location: `/api/jobs/${job.id}` } };
    },
  }),
  list: defineOperation<ListQuery<z.output<typeof jobListQuerySchema>>, undefined>({
    ...common,
    method: "get",
    path: "/jobs",
    operationId: "listLeadGenerationJobs",
    summary: "List lead-generation jobs",
    description: "Oldest first by (createdAt, id). `type` narrows to GOOGLE_MAPS_RUN, KEYWORD_MONITOR or URL_IMPORT.",
    scope: "read",
    query: listQuery(jobListQuerySchema, { updatedSince: false }),
    responses: { 200: { description: "A page of jobs", schema: listPageSchema(jobSchema) } },
    problems: [400],
    handle: async ({ actor, query }) => ({ status: 200, body: await listLeadGenerationJobsPage(actor, query) }),
  }),
  get: defineOperation<undefined, undefined>({
    ...common,
    method: "get",
    path: "/jobs/{id}",
    operationId: "getJobProgress",
    summary: "Get a job's status and progress",
    description: "Any job the caller may see (imports too): status, counts, last error.",
    scope: "read",
    pathParams: idParams,
    responses: { 200: { description: "The job", schema: jobSchema } },
    problems: [404],
    handle: async ({ actor, params }) => ({ status: 200, body: await getJob(actor, jobId(params)) }),
  }),
  cancel: defineOperation<undefined, undefined>({
    ...common,
    method: "delete",
    path: "/jobs/{id}",
    operationId: "cancelJobRun",
    summary: "Cancel a job",
    description: "A queued job stops at once, a running one at its next checkpoint (`cancelRequested`).",
    scope: "write",
    pathParams: idParams,
    responses: { 200: { description: "The job after the request", schema: jobSchema } },
    problems: [404, 409],
    handle: async ({ actor, params }) => ({ status: 200, body: await cancelJob(actor, jobId(params)) }),
  }),
  stats: defineOperation<undefined, undefined>({
    ...common,
    method: "get",
    path: "/jobs/stats",
    operationId: "getLeadGenerationStats",
    summary: "Leads per source: created, contacted, replied, converted",
    scope: "read",
    responses: { 200: { description: "One entry per source", schema: statsSchema } },
    problems: [],
    handle: async () => ({ status: 200, body: await getLeadGenerationStats() }),
  }),
  sources: defineOperation<undefined, undefined>({
    ...common,
    method: "get",
    path: "/jobs/sources",
    operationId: "listLeadGenerationSources",
    summary: "The lead-generation sources and whether each is configured",
    scope: "read",
    responses: { 200: { description: "The sources", schema: sourcesSchema } },
    problems: [],
    handle: async () => ({ status: 200, body: await listLeadGenerationSources() }),
  }),
};
