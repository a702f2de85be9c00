import { LEAD_GENERATION_JOB_TYPES, LEAD_SOURCE_LABELS, sourceOfJobType } from "@/lib/lead-generation/lead-sources";
import { LEAD_SOURCES, type LeadSource } from "@/lib/validation/lead-generation";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";

/** What one source brought: leads it created, and how many of them were contacted, replied and were converted. */
export type LeadSourceStats = { source: LeadSource; label: string; runs: number; created: number; contacted: number; replied: number; converted: number };

/**
 * The results of each lead-generation source: its runs (jobs of its type) and the leads those jobs
 * created (Lead.sourceJobId joined to the job's type), of which contacted (any outbound activity),
 * replied (any inbound activity) and converted (convertedAt set). Team-wide: every run and every
 * lead, whoever started or owns it.
 */
export async function getLeadGenerationStats(): Promise<LeadSourceStats[]> {
  const db = getDb();
  const jobs = await db.job.findMany({ where: { type: { in: LEAD_GENERATION_JOB_TYPES } }, select: { id: true, type: true } });
  const sourceOfJob = new Map(jobs.map((job) => [job.id, sourceOfJobType(job.type)!]));
  const stats = new Map(LEAD_SOURCES.map((source) => [source, { source, label: LEAD_SOURCE_LABELS[source], runs: 0, created: 0, contacted: 0, replied: 0, converted: 0 }]));
  for (const job of jobs) stats.get(sourceOfJob.get(job.id)!)!.runs++;
  const where = { sourceJobId: { in: [...sourceOfJob.keys()] } };
  const add = async (key: "created" | "contacted" | "replied" | "converted", filter: Prisma.LeadWhereInput) => {
    const rows = await db.lead.groupBy({ by: ["sourceJobId"], where: { ...where, ...filter }, _count: { _all: true } });
    for (const row of rows) stats.get(sourceOfJob.get(row.sourceJobId!)!)![key] += row._count._all;
  };
  await add("created", {});
  await add("contacted", { activities: { some: { direction: "OUTBOUND" } } });
  await add("replied", { activities: { some: { direction: "INBOUND" } } });
  await add("converted", { convertedAt: { not: null } });
  return [...stats.values()];
}
