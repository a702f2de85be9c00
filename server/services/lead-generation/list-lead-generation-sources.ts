import { JOB_TYPE_OF_SOURCE, LEAD_SOURCE_LABELS } from "@/lib/lead-generation/lead-sources";
import { getDb } from "@/server/db";
import { gmapsScraperUrl } from "./gosom-client";

/** A source the panel and GET /api/jobs/sources list: whether it can run, and how. */
export type LeadGenerationSource = {
  source: "google-maps" | "keyword-monitor" | "url-import" | "website-audit";
  label: string;
  /** The job type a run creates (website audits: the audit helper's own). */
  jobType: string | null;
  configured: boolean;
  /** What the user should know: what is missing, or how it runs. */
  detail: string;
};

/**
 * The lead-generation sources: Google Maps (configured when GMAPS_SCRAPER_URL is set), keyword
 * monitors (with how many exist), imports from a URL, and website audits (run from the leads
 * list's bulk action, after an import or on a schedule).
 */
export async function listLeadGenerationSources(): Promise<LeadGenerationSource[]> {
  const monitors = await getDb().keywordMonitor.count();
  const scraper = gmapsScraperUrl();
  return [
    {
      source: "google-maps",
      label: LEAD_SOURCE_LABELS["google-maps"],
      jobType: JOB_TYPE_OF_SOURCE["google-maps"],
      configured: scraper !== null,
      detail: scraper ? `gosom google-maps-scraper at ${scraper}` : "Not configured: set GMAPS_SCRAPER_URL to a gosom google-maps-scraper web server",
    },
    {
      source: "keyword-monitor",
      label: LEAD_SOURCE_LABELS["keyword-monitor"],
      jobType: JOB_TYPE_OF_SOURCE["keyword-monitor"],
      configured: true,
      detail: `${monitors} ${monitors === 1 ? "monitor" : "monitors"} of RSS/Atom feeds and Reddit searches`,
    },
    { source: "url-import", label: LEAD_SOURCE_LABELS["url-import"], jobType: JOB_TYPE_OF_SOURCE["url-import"], configured: true, detail: "A CSV or JSON file at a URL, with a preset or a column mapping" },
    { source: "website-audit", label: "Website audits", jobType: null, configured: true, detail: "Select leads in the leads list and choose Audit websites" },
  ];
}
