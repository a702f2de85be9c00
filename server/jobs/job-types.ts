import type { AnyJobType } from "./job-type";
import { emailEventsJob } from "@/server/services/email-events/email-events-job";
import { campaignSendJob } from "@/server/services/campaigns/campaign-send-job";
import { dailySummaryJob } from "@/server/services/daily-summary/daily-summary-job";
import { leadImportJob } from "@/server/services/imports/lead-import-job";
import { googleMapsRunJob } from "@/server/services/lead-generation/google-maps-run-job";
import { keywordMonitorJob } from "@/server/services/lead-generation/keyword-monitor-job";
import { urlImportJob } from "@/server/services/lead-generation/url-import-job";
import { mavenImportJob } from "@/server/services/imports/maven/maven-import-job";
import { revenueRefreshJob } from "@/server/services/revenue/revenue-refresh-job";
import { websiteAuditJob } from "@/server/services/website-audit/website-audit-job";
import { leadScoringJob } from "@/server/services/scoring/lead-rescore-job";
import { gamificationRolloverJob } from "@/server/services/gamification/gamification-rollover-job";
import { queueMaintenanceJob } from "./queue-maintenance-job";
import { sequenceTickJob } from "@/server/services/sequences/sequence-tick-job";
import { registerJobType } from "./registry";

/** Every job type Leadwell runs. A worker registers these before it claims anything. */
export const BUILT_IN_JOB_TYPES: AnyJobType[] = [leadImportJob, mavenImportJob, queueMaintenanceJob, emailEventsJob, campaignSendJob, revenueRefreshJob, dailySummaryJob, googleMapsRunJob, keywordMonitorJob, urlImportJob, websiteAuditJob, leadScoringJob, gamificationRolloverJob, sequenceTickJob];

/** Registers BUILT_IN_JOB_TYPES in this process (idempotent). */
export function registerBuiltInJobTypes(): void {
  for (const definition of BUILT_IN_JOB_TYPES) registerJobType(definition);
}
