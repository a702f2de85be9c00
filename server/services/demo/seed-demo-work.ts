import { zonedDay } from "@/lib/dates";
import { random } from "@/lib/random";
import type { Role } from "@/lib/enums";
import { getDb } from "@/server/db";
import { createDeal } from "@/server/services/deals/create-deal";
import { moveDeal } from "@/server/services/deals/move-deal";
import { logOutreach } from "@/server/services/outreach/log-outreach";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { completeTask } from "@/server/services/tasks/complete-task";
import { createTask } from "@/server/services/tasks/create-task";

type Owner = { id: string; role: Role; timeZone: string };

export type DemoWorkSummary = { deals: number; tasks: number; outreach: number };

const DAY = 86_400_000;
const WIN_REASONS = ["Liked the demo site", "Best price for the care plan", "Recommended by a client", "Needed online bookings before the season"];
/** The deal stage (default "Sales" pipeline) an open lead's deal sits in, by the lead's status. */
const OPEN_DEAL_STAGE: Record<string, string> = { Qualified: "Meeting", "Proposal Sent": "Proposal" };

/**
 * Adds the day-to-day work to the demo leads that seedDemoData created, through the services (so
 * timelines, positions and weighted values follow the rules): an outbound call or email logged
 * just before each lead's move to Contacted; a deal for every converted lead, won on its
 * conversion day with a reason; an open deal for each lead in Qualified or Proposal Sent, closing
 * in the next 10–75 days, with a proposal task; and a follow-up task for every open lead with a
 * next action date, most of the past ones completed on their day.
 * @param owners - the demo team by user id (every lead's owner is among them).
 * @param seed - makes the choices repeatable.
 * @param now - the instant the history leads up to (UTC).
 */
export async function seedDemoWork({ owners, seed, now }: { owners: Map<string, Owner>; seed: number; now: Date }): Promise<DemoWorkSummary> {
  const db = getDb();
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const pipelineId = await ensureDealPipeline();
  const dealStages = new Map((await db.stage.findMany({ where: { pipelineId }, select: { id: true, name: true, kind: true } })).map((s) => [s.name, s]));
  const wonStage = [...dealStages.values()].find((s) => s.kind === "WON")!;
  const leads = await db.lead.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      ownerId: true,
      estimatedValue: true,
      currency: true,
      nextActionAt: true,
      convertedAt: true,
      companyId: true,
      contactId: true,
      stage: { select: { name: true, kind: true } },
      activities: { where: { type: "STAGE_CHANGED" }, select: { occurredAt: true, data: true } },
    },
  });

  const summary: DemoWorkSummary = { deals: 0, tasks: 0, outreach: 0 };
  for (const lead of leads) {
    const owner = owners.get(lead.ownerId!)!;
    const value = lead.estimatedValue !== null ? lead.estimatedValue / 100 : 500 + Math.round(next() * 40) * 100;

    const contacted = lead.activities.find((a) => (a.data as { to?: { name?: string } } | null)?.to?.name === "Contacted");
    if (contacted) {
      const type = pick(["CALL", "EMAIL"] as const);
      await logOutreach(owner, { type, outcome: "CONTACTED", body: type === "CALL" ? "Introduced our website packages." : "Sent our portfolio and prices.", leadId: lead.id }, new Date(contacted.occurredAt.getTime() - 30 * 60_000));
      summary.outreach++;
    }

    if (lead.convertedAt) {
      const opened = new Date(lead.convertedAt.getTime() - (7 + Math.floor(next() * 30)) * DAY);
      const deal = { title: `${lead.name} website`, value, currency: lead.currency, companyId: lead.companyId, contactId: lead.contactId, leadId: lead.id, pipelineId };
      const { id } = await createDeal(owner, { ...deal, expectedCloseDay: zonedDay(lead.convertedAt, owner.timeZone) }, opened);
      await moveDeal(owner, { dealId: id, stageId: wonStage.id, reason: pick(WIN_REASONS) }, lead.convertedAt);
      summary.deals++;
    } else if (lead.stage.name in OPEN_DEAL_STAGE) {
      const closeDay = zonedDay(new Date(now.getTime() + (10 + Math.floor(next() * 65)) * DAY), owner.timeZone);
      const stageId = dealStages.get(OPEN_DEAL_STAGE[lead.stage.name])!.id;
      const { id } = await createDeal(owner, { title: `${lead.name} website`, value, currency: lead.currency, leadId: lead.id, pipelineId, stageId, expectedCloseDay: closeDay }, now);
      const proposalDue = zonedDay(new Date(now.getTime() + Math.floor(next() * 10 - 3) * DAY), owner.timeZone);
      await createTask(owner, { title: `Send the proposal to ${lead.name}`, type: "PROPOSAL", priority: "HIGH", dueDay: proposalDue, assigneeId: owner.id, dealId: id, leadId: lead.id }, now);
      summary.deals++;
      summary.tasks++;
    }

    if (lead.nextActionAt && !lead.convertedAt && lead.stage.kind === "OPEN") {
      const { id } = await createTask(
        owner,
        { title: `Follow up with ${lead.name}`, type: pick(["FOLLOW_UP", "CALL", "EMAIL"] as const), priority: pick(["LOW", "MEDIUM", "MEDIUM", "HIGH", "URGENT"] as const), dueDay: zonedDay(lead.nextActionAt, owner.timeZone), assigneeId: owner.id, leadId: lead.id },
        now,
      );
      if (lead.nextActionAt.getTime() < now.getTime() - DAY && next() < 0.6) await completeTask(owner, id, new Date(lead.nextActionAt.getTime() + 10 * 3_600_000));
      summary.tasks++;
    }
  }
  return summary;
}
