import { looksLikeJson } from "@/lib/import/json-records";
import { findImportPreset } from "@/lib/import/presets";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/validation/import";
import { urlImportSchema, type UrlImport } from "@/lib/validation/lead-generation";
import { ValidationError } from "@/server/errors";
import { defineJobType, type JobContext } from "@/server/jobs/job-type";
import { fetchFromSource, sourceFetch, type SourceFetch } from "./fetch-source";
import { importSourceFile } from "./import-source-file";

/**
 * The mapping and duplicate handling of an import from a URL: its preset's, with its own mapping
 * or duplicate handling in their place when given.
 * @throws ValidationError for an unknown preset, or neither a preset nor a mapping.
 */
export function urlImportReading(settings: UrlImport) {
  const preset = findImportPreset(settings.preset);
  if (settings.preset && !preset) throw new ValidationError(`No preset named "${settings.preset}"`, { preset: [`No preset named "${settings.preset}"`] });
  const mapping = settings.mapping ?? preset?.mapping;
  if (!mapping) throw new ValidationError("Choose a preset or give a column mapping", { preset: ["Choose a preset or give a column mapping"] });
  return { mapping, dedupe: settings.dedupe ?? preset?.dedupe ?? { match: [], mode: "create" as const } };
}

async function runUrlImport(context: JobContext<UrlImport>, fetch: SourceFetch): Promise<void> {
  const settings = context.payload;
  const { mapping, dedupe } = urlImportReading(settings);
  const response = await fetchFromSource(fetch, settings.url, "The file's server", {
    accept: "text/csv, application/json;q=0.9, */*;q=0.5",
    maxBytes: MAX_IMPORT_FILE_BYTES,
    timeoutMs: 60_000,
  });
  const type = settings.type ?? (looksLikeJson(response.body.toString("utf8", 0, 64)) ? "json" : "csv");
  await context.log("info", `Downloaded ${response.body.length.toLocaleString("en")} bytes (${type.toUpperCase()}) from ${response.url}`);
  await importSourceFile(context as JobContext<unknown>, response.body, { format: { delimiter: ",", hasHeader: true, type }, mapping, dedupe });
}

/**
 * The URL_IMPORT job type with a given HTTP client: downloads a CSV (comma-separated, with a
 * header) or JSON file through the guarded client (at most 50 MiB) and imports it with a preset or
 * a mapping (importSourceFile: nothing is imported from a malformed file).
 */
export function urlImportJobType({ fetch = sourceFetch }: { fetch?: SourceFetch } = {}) {
  return defineJobType({
    type: "URL_IMPORT",
    payload: urlImportSchema,
    concurrency: 2,
    handler: (context) => runUrlImport(context, fetch),
  });
}

/** The URL_IMPORT job type workers run. */
export const urlImportJob = urlImportJobType();
