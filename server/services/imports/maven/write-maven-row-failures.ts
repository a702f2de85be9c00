import { csvLine } from "@/server/csv/csv-line";
import type { Tx } from "@/server/db";
import type { MavenRowFailure } from "./read-maven-files";

/** Longest raw row and reason kept for a rejected row (characters); longer ones are cut. */
const MAX_STORED_RAW = 10_000;
const MAX_STORED_REASON = 1_000;

/** Cut to `max` characters, with NUL characters (which PostgreSQL text refuses) shown as U+FFFD. */
const stored = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)} …[cut]` : text).replaceAll("\u0000", "\uFFFD");

/**
 * Stores rejected rows as the job's JobRowErrors inside the caller's transaction. The job's
 * rows come from several files, so each reason starts with its file's name
 * ("sales_pipeline.csv: close_value: Must not be negative"); `line` is the line in that file.
 */
export async function writeMavenRowFailures(tx: Tx, jobId: string, failures: MavenRowFailure[]): Promise<void> {
  if (!failures.length) return;
  await tx.jobRowError.createMany({
    data: failures.map((failure) => ({
      jobId,
      line: failure.line,
      reason: stored(`${failure.file}: ${failure.reason}`, MAX_STORED_REASON),
      raw: failure.cells ? stored(csvLine(failure.cells, ","), MAX_STORED_RAW) : "",
    })),
  });
}
