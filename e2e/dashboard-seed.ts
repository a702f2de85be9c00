/**
 * Test data for e2e/20-dashboard.spec.ts on the e2e database (DATABASE_URL, set by the spec).
 * Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/dashboard-seed.ts <tag>
 *     → { leads }: for the admin, leads named with `tag` in three statuses, outbound touches over
 *       the last 12 weeks, deals won and lost in recent weeks and open ones expected this month and
 *       next, and a client with hosting and SaaS lines (one in GBP, which has no exchange rate), a
 *       paid project this month, a quote and a project payment due next month.
 */
import { getDb, disconnectDb } from "@/server/db";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { ADMIN } from "./support";

const DAY = 86_400_000;

async function main(tag: string): Promise<unknown> {
  const db = getDb();
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true } });
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const stages = Object.fromEntries((await db.stage.findMany({ where: { pipelineId: await ensureLeadPipeline() }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  const statuses = ["New", "New", "New", "Contacted", "Contacted", "Replied"];
  for (const [i, status] of statuses.entries()) {
    const lead = await db.lead.create({ data: { name: `${tag} Lead ${i + 1}`, searchText: `${tag} lead ${i + 1}`.toLowerCase(), ownerId: admin.id, stageId: stages[status], createdAt: ago(i) } });
    // Touches spread over the weeks: e-mails, calls and DMs.
    for (let week = 0; week < 12; week += 1 + (i % 3)) {
      await db.activity.create({ data: { type: (["EMAIL", "CALL", "DM"] as const)[(i + week) % 3], direction: "OUTBOUND", leadId: lead.id, authorId: admin.id, occurredAt: ago(week * 7) } });
    }
  }

  const pipelineId = await ensureDealPipeline();
  const dealStages = await db.stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { id: true, kind: true, probability: true } });
  const stage = (kind: "OPEN" | "WON" | "LOST") => dealStages.find((s) => s.kind === kind)!;
  const deal = (title: string, kind: "OPEN" | "WON" | "LOST", value: number, dates: { closedAt?: Date; expectedCloseAt?: Date }) => {
    const { id, probability } = stage(kind);
    return db.deal.create({ data: { title: `${tag} ${title}`, value, probability, weightedValue: Math.round((value * probability) / 100), pipelineId, stageId: id, ownerId: admin.id, ...dates } });
  };
  for (const week of [0, 1, 3, 6]) await deal(`won ${week}`, "WON", 150_000, { closedAt: ago(week * 7) });
  for (const week of [1, 4]) await deal(`lost ${week}`, "LOST", 80_000, { closedAt: ago(week * 7) });
  await deal("open soon", "OPEN", 400_000, { expectedCloseAt: new Date(now) });
  await deal("open later", "OPEN", 600_000, { expectedCloseAt: new Date(now + 35 * DAY) });

  const client = await db.company.create({ data: { name: `${tag} Client`, status: "CLIENT", ownerId: admin.id } });
  await db.recurringLine.createMany({
    data: [
      { companyId: client.id, kind: "HOSTING", amount: 4_900, startsAt: ago(70) },
      { companyId: client.id, kind: "SAAS", amount: 12_000, startsAt: ago(40) },
      { companyId: client.id, kind: "HOSTING", amount: 2_000, currency: "GBP", startsAt: ago(70) },
    ],
  });
  await db.project.createMany({
    data: [
      { name: "Website", companyId: client.id, amount: 250_000, status: "PAID", paidAt: new Date(now), ownerId: admin.id },
      { name: "SEO", companyId: client.id, amount: 90_000, status: "QUOTED", ownerId: admin.id },
      { name: "App", companyId: client.id, amount: 300_000, status: "IN_PROGRESS", paymentDueAt: new Date(now + 35 * DAY), ownerId: admin.id },
    ],
  });
  return { leads: statuses.length };
}

main(process.argv[2])
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
