import { nextCronSlot } from "@/lib/jobs/cron-slots";
import { keywordMonitorInputSchema, type KeywordMonitorInput } from "@/lib/validation/lead-generation";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";

/** The stored schedule of a monitor (server/jobs/schedules.ts STORED_SCHEDULE_PREFIXES). */
export function monitorScheduleName(monitorId: string): string {
  return `monitor:${monitorId}`;
}

/**
 * Creates, updates or removes a monitor's JobSchedule row in step with its `cron` (in the
 * creator's time zone) and `enabled`: the row enqueues a KEYWORD_MONITOR job at each slot.
 */
export async function syncMonitorSchedule(
  tx: Tx,
  monitor: { id: string; cron: string | null; enabled: boolean },
  timeZone: string,
  now: Date,
): Promise<void> {
  const name = monitorScheduleName(monitor.id);
  if (!monitor.cron || !monitor.enabled) {
    await tx.jobSchedule.deleteMany({ where: { name } });
    return;
  }
  const data = { cron: monitor.cron, timeZone, jobType: "KEYWORD_MONITOR", payload: { monitorId: monitor.id }, enabled: true, nextRunAt: nextCronSlot(monitor.cron, timeZone, now) };
  await tx.jobSchedule.upsert({ where: { name }, create: { name, ...data }, update: data });
}

/**
 * Creates a keyword monitor, or updates one (`id`): name, feed URL or Reddit search, keywords and
 * negative keywords (stored lower-cased) and an optional recurring schedule (cron in the actor's
 * time zone). SALES may change only the monitors they created.
 * @throws ValidationError for invalid input (field errors); NotFoundError for an unknown id;
 *   ForbiddenError for someone else's monitor.
 */
export async function saveKeywordMonitor(
  actor: Actor & { timeZone: string },
  input: KeywordMonitorInput,
  id?: string,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const data = parseOrThrow(keywordMonitorInputSchema, input);
  const db = getDb();
  return db.$transaction(async (tx) => {
    if (id !== undefined) {
      assertRecordId(id, "Keyword monitor");
      const existing = await tx.keywordMonitor.findUnique({ where: { id }, select: { createdById: true } });
      if (!existing) throw new NotFoundError("Keyword monitor");
      assertCanEdit(actor, { ownerId: existing.createdById }, "monitor");
    }
    const monitor = id
      ? await tx.keywordMonitor.update({ where: { id }, data, select: { id: true, cron: true, enabled: true } })
      : await tx.keywordMonitor.create({ data: { ...data, createdById: actor.id }, select: { id: true, cron: true, enabled: true } });
    await syncMonitorSchedule(tx, monitor, actor.timeZone, now);
    await recordAudit(tx, { actorId: actor.id, action: id ? "update" : "create", entityType: "KeywordMonitor", entityId: monitor.id, changes: { name: data.name, cron: data.cron } });
    return { id: monitor.id };
  });
}
