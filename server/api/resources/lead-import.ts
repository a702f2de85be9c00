import { z } from "zod";
import { leadImportCliSchema, MAX_IMPORT_FILE_BYTES, PREVIEW_SAMPLE_BYTES } from "@/lib/validation/import";
import { ValidationError } from "@/server/errors";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { startLeadImport } from "@/server/services/imports/start-lead-import";
import { getJob } from "@/server/services/jobs/get-job";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { defineOperation } from "../api-operation";
import { BadRequestError, UnsupportedMediaTypeError } from "../request-errors";
import { jobSchema } from "../schemas/job-schemas";

/** The import's query: the CLI's options (`npm run import`) and the name the job shows. */
const importQuerySchema = leadImportCliSchema
  .omit({ file: true })
  .extend({ fileName: z.string().trim().min(1).max(255).regex(/^[^\u0000-\u001f]+$/, { error: "Not a valid file name" }).default("api-import.csv") })
  .strict();

type ImportQuery = z.output<typeof importQuerySchema>;

/** Media types a CSV body may be sent as. */
const CSV_TYPES = new Set(["text/csv", "application/csv", "text/plain"]);

/**
 * POST /api/v1/leads/import — starts a lead import from a CSV body, as the browser upload and
 * `npm run import` do: the format, the mapping and the duplicate keys are detected from the
 * start of the file (previewLeadImport, with `preset`), `dedupe`/`match` override the suggested
 * duplicate handling, and startLeadImport queues the job. Answers 201 with the job (poll
 * GET /api/v1/jobs/{id}).
 */
export const importLeadsOperation = defineOperation<ImportQuery, Uint8Array>({
  method: "post",
  path: "/leads/import",
  operationId: "importLeads",
  summary: "Import leads from CSV",
  description: `The body is the CSV file (\`Content-Type: text/csv\`, at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB, UTF-8). The import runs as a background job; the answer is the queued job.`,
  tag: "Leads",
  scope: "write",
  query: {
    schema: importQuerySchema,
    parse(url) {
      const parsed = importQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      const repeated = [...new Set(url.searchParams.keys())].filter((key) => url.searchParams.getAll(key).length > 1);
      if (repeated.length) throw new BadRequestError("Some query parameters are not valid", Object.fromEntries(repeated.map((k) => [k, ["Give this parameter once"]])));
      if (!parsed.success) throw new BadRequestError("Some query parameters are not valid", fieldErrorsOf(parsed.error));
      return parsed.data;
    },
  },
  body: {
    contentType: "text/csv",
    maxBytes: MAX_IMPORT_FILE_BYTES,
    schema: z.string().meta({ description: "CSV text" }),
    required: true,
    parse(bytes, contentType) {
      if (!CSV_TYPES.has((contentType ?? "").split(";")[0].trim().toLowerCase())) throw new UnsupportedMediaTypeError("text/csv");
      if (bytes.byteLength === 0) throw new BadRequestError("Send the CSV file as the body", { file: ["Send the CSV file as the body"] });
      return bytes;
    },
  },
  responses: { 201: { description: "The queued import job", schema: jobSchema, headers: { Location: z.string().meta({ description: "The job's URL" }) } } },
  problems: [400, 403, 413, 415, 422],
  async handle({ actor, query, body }) {
    const sample = Buffer.from(body.subarray(0, PREVIEW_SAMPLE_BYTES)).toString("utf8");
    const preview = await previewLeadImport({ sample, truncated: body.byteLength > PREVIEW_SAMPLE_BYTES, preset: query.preset });
    if (Object.keys(preview.mappingErrors).length) throw new ValidationError("The columns of this file could not be mapped; name a preset", preview.mappingErrors);
    const dedupe = { match: query.match ?? preview.dedupe.match, mode: query.dedupe ?? preview.dedupe.mode };
    const settings = { fileName: query.fileName, format: preview.format, mapping: preview.mapping, dedupe, preset: preview.preset };
    const { jobId } = await startLeadImport(actor, { source: new Blob([Buffer.from(body)]).stream(), settings });
    return { status: 201, body: await getJob(actor, jobId), headers: { location: `/api/v1/jobs/${jobId}` } };
  },
});
