/**
 * `npm run import -- <file> [--preset NAME] [--dedupe skip|update|create] [--match KEYS]`
 * `npm run import -- <folder> --preset maven [--agents mapping.json|mapping.csv] [--existing skip|update]`
 *
 * Imports a CSV file of leads into the database named by DATABASE_URL (default: the SQLite file
 * data/leadwell.db; run `npm run db:migrate` first) through the same job and code path as an
 * upload in the browser. The format, the column mapping and the duplicate keys are detected and
 * suggested as in the browser: from the preset named by --preset, else from a preset the header
 * matches (e.g. google-maps), else from the column names. --match takes a comma-separated list of
 * externalId, email, phone and domain; --dedupe defaults to the preset's mode, else skip.
 *
 * The import acts as the first admin account (owner of the new leads, author in the audit log);
 * without an admin the leads are created unowned. Progress and details go to stderr; the last
 * line of stdout is a JSON summary: {"created":N,"updated":N,"skipped":N,"failed":N}. The exit
 * code is 0 when the import ran (rejected rows included), 1 when it could not run.
 *
 * With `--preset maven` the argument is a folder holding the Maven CRM dataset's CSV files
 * (accounts.csv, sales_pipeline.csv, sales_teams.csv, optionally products.csv); see
 * importMavenFolder. --agents maps sales agents to existing users by email (JSON object or a
 * two-column CSV); unmapped agents become users without sign-in. --existing says what happens to
 * opportunities imported before (default skip). The last line of stdout is a JSON summary with
 * the companies, users and deals created/updated/skipped/failed, the Maven pipeline's deals per
 * stage and its won total in USD.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { toMajorUnits } from "@/lib/money";
import { leadImportCliSchema, PREVIEW_SAMPLE_BYTES } from "@/lib/validation/import";
import { mavenImportCliSchema } from "@/lib/validation/maven-import";
import { disconnectDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { findSystemImportActor } from "@/server/services/imports/find-system-import-actor";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { importMavenFolder } from "@/server/services/imports/maven/import-maven-folder";
import { readAgentMapping } from "@/server/services/imports/maven/read-agent-mapping";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { parseOrThrow } from "@/server/services/parse";

const USAGE = [
  "usage: npm run import -- <file.csv> [--preset NAME] [--dedupe skip|update|create] [--match externalId,email,phone,domain]",
  "       npm run import -- <folder> --preset maven [--agents mapping.json|mapping.csv] [--existing skip|update]",
].join("\n");

/** The first bytes of the file as text, and whether the file goes on. */
async function readSample(file: string): Promise<{ sample: string; truncated: boolean }> {
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.alloc(PREVIEW_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const { size } = await handle.stat();
    return { sample: buffer.subarray(0, bytesRead).toString("utf8"), truncated: size > bytesRead };
  } finally {
    await handle.close();
  }
}

/** `--preset maven`: imports the Maven CSV files of a folder. */
async function importMaven(folder: string | undefined, values: { agents?: string; existing?: string }): Promise<number> {
  const options = parseOrThrow(mavenImportCliSchema, { folder, ...values });
  const actor = await findSystemImportActor();
  const dir = path.resolve(options.folder);
  const agents = options.agents ? await readAgentMapping(path.resolve(options.agents)) : {};
  console.error(`importing the Maven CRM files of ${dir}`);
  console.error(`  agents mapped to users: ${Object.keys(agents).length}; acting as ${actor ? `admin ${actor.id}` : "the system"}`);
  const summary = await importMavenFolder(actor, { folder: dir, settings: { agents, existingDeals: options.existing } });
  if (summary.message) console.error(summary.message);
  const { companies, users, deals, pipeline } = summary;
  const failed = (companies?.failed ?? 0) + (users?.failed ?? 0) + summary.productsFailed + deals.failed;
  if (failed) console.error(`${failed} rows rejected: download them from /api/jobs/${summary.jobId}/errors`);
  console.log(`job ${summary.jobId}: ${summary.status}`);
  const stages = Object.fromEntries(pipeline.stages.map((stage) => [stage.name, stage.deals]));
  console.log(JSON.stringify({ companies, users, deals, stages, wonTotal: toMajorUnits(pipeline.wonTotalMinor), currency: pipeline.currency }));
  return summary.status === "SUCCEEDED" ? 0 : 1;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      preset: { type: "string" },
      dedupe: { type: "string" },
      match: { type: "string" },
      agents: { type: "string" },
      existing: { type: "string" },
    },
  });
  if (values.preset === "maven") return importMaven(positionals[0], values);
  if (values.agents !== undefined || values.existing !== undefined) throw new ValidationError("--agents and --existing are options of --preset maven");
  const options = parseOrThrow(leadImportCliSchema, { file: positionals[0], ...values });
  const file = path.resolve(options.file);
  const preview = await previewLeadImport({ ...(await readSample(file)), preset: options.preset });
  if (Object.keys(preview.mappingErrors).length) {
    throw new ValidationError("The columns of this file could not be mapped; name a --preset", preview.mappingErrors);
  }
  const dedupe = { match: options.match ?? preview.dedupe.match, mode: options.dedupe ?? preview.dedupe.mode };
  const actor = await findSystemImportActor();
  console.error(`importing ${file}`);
  console.error(`  preset: ${preview.preset ?? "none"}; mapping: ${JSON.stringify(preview.mapping)}`);
  console.error(`  duplicates: ${dedupe.mode} on ${dedupe.match.join(", ") || "(no keys)"}; acting as ${actor ? `admin ${actor.id}` : "the system (leads unowned)"}`);
  const summary = await importLeadFile(actor, {
    source: fs.createReadStream(file),
    settings: { fileName: path.basename(file), format: preview.format, mapping: preview.mapping, dedupe, preset: preview.preset },
  });
  if (summary.message) console.error(summary.message);
  if (summary.failed) console.error(`${summary.failed} rows rejected: download them from /api/jobs/${summary.jobId}/errors`);
  console.log(`job ${summary.jobId}: ${summary.status}`);
  const { created, updated, skipped, failed } = summary;
  console.log(JSON.stringify({ created, updated, skipped, failed }));
  return summary.status === "SUCCEEDED" ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    if (error instanceof ValidationError) {
      console.error(error.message);
      for (const [field, messages] of Object.entries(error.fieldErrors)) console.error(`  ${field}: ${messages.join(", ")}`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    console.error(USAGE);
    return 1;
  })
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  });
