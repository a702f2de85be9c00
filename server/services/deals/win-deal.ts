import { winDealSchema, type WinDealInput } from "@/lib/validation/project";
import { getDb, type Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { insertProject } from "@/server/services/revenue/insert-project";
import { applyDealMove } from "./apply-deal-move";

const fieldError = (field: string, message: string) => new ValidationError("Some fields need attention", { [field]: [message] });

/**
 * "Mark won" on the deal page, in one transaction: moves the deal into the WON stage `stageId`
 * with its reason (applyDealMove: timeline entry, closedAt), makes its company a CLIENT when it is
 * not one yet, and — when `project` is given — creates the deal's project on that company
 * (status IN_PROGRESS, started now, linked by `dealId`; at most one per deal), owned by the deal's
 * owner (SALES: themselves), which refreshes the company's revenue figures. The board's drag and
 * drop keeps using moveDeal (no project there).
 * @param actor - the acting user and their time zone.
 * @param now - the instant of the win (closedAt, the project's start).
 * @throws ValidationError (malformed input; `stageId` not a WON stage of the deal's pipeline; a
 *   project for a deal without a company or that already has one; project field errors under
 *   `project.*`), NotFoundError (deal or stage), ForbiddenError (SALES winning someone else's deal).
 */
export async function winDeal(actor: Actor & { timeZone: string }, input: WinDealInput, now = new Date()): Promise<{ projectId: string | null }> {
  const { project, ...move } = parseOrThrow(winDealSchema, input);
  return getDb().$transaction(async (tx) => {
    const { stageKind } = await applyDealMove(tx, actor, { ...move, beforeId: null, afterId: null }, now);
    if (stageKind !== "WON") throw fieldError("stageId", "Choose a won stage");
    const deal = await tx.deal.findUniqueOrThrow({ where: { id: move.dealId }, select: { companyId: true, ownerId: true, project: { select: { id: true } } } });
    if (deal.companyId) await makeClient(tx, actor, deal.companyId);
    if (!project) return { projectId: null };
    if (!deal.companyId) throw fieldError("project", "Link the deal to a company first: a project belongs to a company");
    if (deal.project) throw fieldError("project", "This deal already has a project");
    const who = { actorId: actor.id, ownerId: ownerForNewRecord(actor, deal.ownerId), timeZone: actor.timeZone };
    const data = { ...project, status: "IN_PROGRESS" as const, startedDay: null, completedDay: null, paidDay: null, paymentDueDay: null, ownerId: null, notes: null };
    const created = await insertProject(tx, who, { ...data, companyId: deal.companyId, dealId: move.dealId, startedAt: now }, now).catch((error: unknown) => {
      // The project's field errors belong to the form's project part.
      if (error instanceof ValidationError) throw new ValidationError(error.message, Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`project.${k}`, v])));
      throw error;
    });
    return { projectId: created.id };
  });
}

/** Sets a company's status to CLIENT (audited) unless it is one already. */
async function makeClient(tx: Tx, actor: Actor, companyId: string): Promise<void> {
  const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { status: true } });
  if (company.status === "CLIENT") return;
  await tx.company.update({ where: { id: companyId }, data: { status: "CLIENT" }, select: { id: true } });
  await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Company", entityId: companyId, changes: { status: [company.status, "CLIENT"] } });
}
