import type { LeadSource } from "@/lib/validation/lead-generation";

/** The job type that runs each lead-generation source. */
export const JOB_TYPE_OF_SOURCE: Record<LeadSource, string> = {
  "google-maps": "GOOGLE_MAPS_RUN",
  "keyword-monitor": "KEYWORD_MONITOR",
  "url-import": "URL_IMPORT",
};

/** The job types of lead generation (the panel's runs, /api/jobs). */
export const LEAD_GENERATION_JOB_TYPES = Object.values(JOB_TYPE_OF_SOURCE);

/** Names of the sources as the panel shows them. */
export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  "google-maps": "Google Maps",
  "keyword-monitor": "Keyword monitors",
  "url-import": "Import from a URL",
};

/** The source a lead-generation job type belongs to, or null for other job types. */
export function sourceOfJobType(type: string): LeadSource | null {
  const entry = Object.entries(JOB_TYPE_OF_SOURCE).find(([, jobType]) => jobType === type);
  return entry ? (entry[0] as LeadSource) : null;
}
