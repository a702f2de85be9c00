import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { leadImportSettingsSchema, type LeadImportSettingsInput } from "@/lib/validation/import";
import { ValidationError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { importUploadPath, newUploadId } from "./import-upload-path";
import { leadImportJob } from "./lead-import-job";

function tooLarge(maxBytes: number): ValidationError {
  const message = `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into smaller files`;
  return new ValidationError(message, { file: [message] });
}

/**
 * Copies `source` to `file`, failing as soon as more than `maxBytes` arrived.
 * @returns the number of lines (LF or CRLF line breaks, plus a last line without one): the
 *   expected row count, an upper bound as line breaks inside quoted cells and blank lines count.
 */
async function storeFile(source: Readable, file: string, maxBytes: number): Promise<number> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  let bytes = 0;
  let lines = 0;
  let last = 0x0a;
  const countAndLimit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
      if (chunk.length) last = chunk[chunk.length - 1];
      callback(bytes > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  await pipeline(source, countAndLimit, fs.createWriteStream(file));
  return last === 0x0a ? lines : lines + 1;
}

/**
 * Puts a lead import on the durable queue: validates the settings, stores the file under
 * importUploadPath(uploadId), then enqueues a LEAD_IMPORT job whose expected total is the file's
 * line count. Nothing is left behind when this fails.
 * @param actor - the importing user; null for a system import (command line without an admin).
 * @param source - the CSV file's bytes (a Node or web stream).
 * @param maxBytes - largest file accepted, in bytes (browser uploads); omit for local files.
 * @throws ValidationError for invalid settings, an empty file or one larger than `maxBytes`.
 */
export async function createLeadImportJob(
  actor: Actor | null,
  {
    source,
    settings,
    maxBytes = Number.POSITIVE_INFINITY,
  }: { source: Readable | ReadableStream<Uint8Array>; settings: LeadImportSettingsInput; maxBytes?: number },
): Promise<{ jobId: string }> {
  const config = parseOrThrow(leadImportSettingsSchema, settings);
  const upload = newUploadId();
  const file = importUploadPath(upload);
  try {
    const input = source instanceof Readable ? source : Readable.fromWeb(source as NodeReadableStream<Uint8Array>);
    const lines = await storeFile(input, file, maxBytes);
    if (lines === 0) throw new ValidationError("The file is empty", { file: ["The file is empty"] });
    const job = await enqueueJob(leadImportJob, {
      payload: { ...config, upload },
      createdById: actor?.id ?? null,
      // Lines count records of a CSV file, not of a (pretty-printed) JSON file.
      total: config.format.type === "json" ? null : config.format.hasHeader ? lines - 1 : lines,
    });
    return { jobId: job.id };
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    throw error;
  }
}
