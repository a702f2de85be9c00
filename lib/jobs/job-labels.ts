/** Readable names of the job types (a type without one shows as stored). */
const JOB_TYPE_LABELS: Record<string, string> = {
  LEAD_IMPORT: "Lead import",
  MAVEN_IMPORT: "Maven import",
  QUEUE_MAINTENANCE: "Queue maintenance",
  GOOGLE_MAPS_RUN: "Google Maps run",
  KEYWORD_MONITOR: "Keyword monitor",
  URL_IMPORT: "Import from a URL",
  WEBSITE_AUDIT: "Website audit",
};

/** The label of a job type. */
export function jobTypeLabel(type: string): string {
  return JOB_TYPE_LABELS[type] ?? type;
}

/** The badge tone of a job status. */
export const JOB_STATUS_TONE = { QUEUED: "slate", RUNNING: "sky", SUCCEEDED: "green", FAILED: "red", CANCELLED: "amber" } as const;

/** Where an import job's own progress page is, or null for other types. */
export function jobProgressHref(job: { id: string; type: string }): string | null {
  if (job.type === "LEAD_IMPORT") return `/leads/import?job=${job.id}`;
  if (job.type === "MAVEN_IMPORT") return `/import/maven?job=${job.id}`;
  return null;
}
