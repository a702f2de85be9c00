import path from "node:path";
import { randomUUID } from "node:crypto";

/** The folder uploaded import files are kept in while their job runs: `$UPLOAD_DIR/imports` (UPLOAD_DIR defaults to data/uploads, relative to the project root). */
export function importUploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR?.trim() || path.join("data", "uploads"), "imports");
}

/** A new upload id: names an import's stored file(s), and is part of its job's payload. */
export function newUploadId(): string {
  return randomUUID();
}

/**
 * Where the uploaded file of an import is kept until its job succeeds (a failed or cancelled
 * job keeps it, so that Retry can resume): `$UPLOAD_DIR/imports/<uploadId>.csv`.
 * @param uploadId - from newUploadId (a UUID; the payload schema checks its shape).
 */
export function importUploadPath(uploadId: string): string {
  return path.join(importUploadDir(), `${uploadId}.csv`);
}
