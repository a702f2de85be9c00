import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { monitorScheduleName } from "./save-keyword-monitor";

/**
 * Deletes a keyword monitor and its schedule; its signals stay on their leads (monitorId cleared).
 * @throws NotFoundError for an unknown id; ForbiddenError for someone else's monitor (SALES).
 */
export async function deleteKeywordMonitor(actor: Actor, id: string): Promise<void> {
  assertRecordId(id, "Keyword monitor");
  await getDb().$transaction(async (tx) => {
    const monitor = await tx.keywordMonitor.findUnique({ where: { id }, select: { name: true, createdById: true } });
    if (!monitor) throw new NotFoundError("Keyword monitor");
    assertCanEdit(actor, { ownerId: monitor.createdById }, "monitor");
    await tx.jobSchedule.deleteMany({ where: { name: monitorScheduleName(id) } });
    await tx.keywordMonitor.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "KeywordMonitor", entityId: id, changes: { name: monitor.name } });
  });
}
