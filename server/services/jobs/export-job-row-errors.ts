import { writeCsv } from "@/server/csv/write-csv";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/services/permissions";
import { getJob } from "./get-job";

/**
 * The rows a job rejected, as CSV (columns line, reason, raw; by line), with a download file name
 * derived from the job's file ("leads.csv" → "leads-rejected-rows.csv").
 * @throws NotFoundError for an unknown job or one the viewer may not see (as getJob).
 */
export async function exportJobRowErrors(viewer: Actor, jobId: string): Promise<{ fileName: string; csv: string }> {
  const job = await getJob(viewer, jobId);
  const errors = await getDb().jobRowError.findMany({
    where: { jobId: job.id },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    select: { line: true, reason: true, raw: true },
  });
  const csv = writeCsv(errors, [
    { header: "line", value: (e) => e.line },
    { header: "reason", value: (e) => e.reason },
    { header: "raw", value: (e) => e.raw },
  ]);
  const base = (job.fileName ?? "import").replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_");
  return { fileName: `${base}-rejected-rows.csv`, csv };
}
