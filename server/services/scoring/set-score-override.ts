import { scoreOverrideSchema, type ScoreOverrideInput } from "@/lib/validation/scoring";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { rescoreLeads } from "./rescore-leads";

/**
 * Sets (`input`) or clears (null) a lead's manual score. Set, it replaces the computed score until
 * cleared and carries the reason (a required note); the temperature follows it, and a lead it makes
 * HOT notifies its owner like a computed one. The computed breakdown is kept.
 * @param now - the instant scored.
 * @throws ValidationError (score 0–100, note required), NotFoundError, ForbiddenError (not the lead's editor).
 */
export async function setScoreOverride(actor: Actor, leadId: string, input: ScoreOverrideInput | null, now = new Date()): Promise<void> {
  assertRecordId(leadId, "Lead");
  const override = input === null ? null : parseOrThrow(scoreOverrideSchema, input);
  await getDb().$transaction(async (tx) => {
    const lead = await tx.lead.findUnique({ where: { id: leadId }, select: { ownerId: true, scoreOverride: true, scoreOverrideNote: true } });
    if (!lead) throw new NotFoundError("Lead");
    assertCanEdit(actor, lead, "lead");
    await tx.lead.update({ where: { id: leadId }, data: { scoreOverride: override?.score ?? null, scoreOverrideNote: override?.note ?? null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Lead",
      entityId: leadId,
      changes: { scoreOverride: [lead.scoreOverride, override?.score ?? null], scoreOverrideNote: [lead.scoreOverrideNote, override?.note ?? null] },
    });
    await rescoreLeads(tx, [leadId], now);
  });
}
