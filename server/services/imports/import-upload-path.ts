import path from "node:path";

/**
 * Where the uploaded file of an import job is kept while the job runs:
 * `$UPLOAD_DIR/imports/<jobId>.csv`, UPLOAD_DIR defaulting to data/uploads (relative to the
 * project root).
 */
export function importUploadPath(jobId: string): string {
  return path.resolve(process.env.UPLOAD_DIR?.trim() || path.join("data", "uploads"), "imports", `${jobId}.csv`);
}
