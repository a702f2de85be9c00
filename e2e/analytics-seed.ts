/**
 * Test data for e2e/21-analytics.spec.ts on the e2e database (DATABASE_URL, set by the spec).
 * Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/analytics-seed.ts <niche>
 *     → { leads }: leads of the admin in `niche` moved through their statuses (STAGE_CHANGED
 *       history through changeLeadStage), outbound emails and calls with one inbound reply, a won
 *       and a lost deal, and a client with a paid project and a hosting line — all within the last
 *       12 months.
 */
import { getDb, disconnectDb } from "@/server/db";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { ADMIN } from "./support";

const DAY = 86_400_000;

async function main(niche: string): Promise<unknown> {
  const db = getDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, role: true, timeZone: true } });
  const leadPipeline = await ensureLeadPipeline();
  const stages = Object.fromEntries((await db.stage.findMany({ where: { pipelineId: leadPipeline }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const paths = [[], ["Contacted"], ["Replied"], ["Contacted", "Replied", "Qualified"], ["Contacted", "Lost"], ["Contacted", "Replied", "Qualified", "Proposal Sent", "Won"]];
  const leads: string[] = [];
  for (const [i, path] of paths.entries()) {
    const lead = await db.lead.create({ data: { name: `${niche} Lead ${i + 1}`, niche, source: "e2e", ownerId: admin.id, stageId: stages.New, createdAt: ago(40 + i) } });
    leads.push(lead.id);
    await db.activity.create({ data: { type: i % 2 ? "CALL" : "EMAIL", direction: "OUTBOUND", leadId: lead.id, authorId: admin.id, occurredAt: ago(30 - i) } });
    for (const [step, stage] of path.entries()) await changeLeadStage(admin, lead.id, stages[stage], ago(20 - step));
  }
  await db.activity.create({ data: { type: "EMAIL", direction: "INBOUND", leadId: leads[2], authorId: admin.id, occurredAt: ago(19) } });

  const dealPipeline = await ensureDealPipeline();
  const dealStages = await db.stage.findMany({ where: { pipelineId: dealPipeline }, select: { id: true, kind: true } });
  const stageOf = (kind: "WON" | "LOST") => dealStages.find((s) => s.kind === kind)!.id;
  for (const [kind, value] of [["WON", 250_000], ["LOST", 90_000]] as const) {
    await db.deal.create({ data: { title: `${niche} ${kind.toLowerCase()} deal`, value, pipelineId: dealPipeline, stageId: stageOf(kind), ownerId: admin.id, createdAt: ago(60), closedAt: ago(10) } });
  }
  const company = await db.company.create({ data: { name: `${niche} Client`, status: "CLIENT", ownerId: admin.id } });
  await db.project.create({ data: { name: "Website", companyId: company.id, amount: 180_000, status: "PAID", paidAt: ago(25), ownerId: admin.id } });
  await db.recurringLine.create({ data: { companyId: company.id, kind: "HOSTING", amount: 2_500, startsAt: ago(120) } });
  return { leads: leads.length };
}

main(process.argv[2])
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
