import { randomUUID } from "node:crypto";
import { nextCronSlot } from "@/lib/jobs/cron-slots";
import { leadGenerationScheduleSchema, type LeadGenerationScheduleInput } from "@/lib/validation/lead-generation";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { NotFoundError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { planLeadGenerationJob } from "./create-lead-generation-job";

/** Prefix of the recurring lead-generation runs' JobSchedule rows (STORED_SCHEDULE_PREFIXES). */
const PREFIX = "lead-gen:";

/** A recurring run as the panel lists it. */
export type LeadGenerationSchedule = { name: string; cron: string; timeZone: string; jobType: string; payload: unknown; nextRunAt: Date | null; lastRunAt: Date | null; createdById: string | null };

/**
 * Creates a recurring lead-generation run (a Google Maps run or an import from a URL, on a cron
 * schedule in the actor's time zone): a JobSchedule row "lead-gen:<uuid>" whose slots enqueue the
 * job (enqueueDueSchedules). The run's settings are checked as for Run now.
 * @throws ValidationError for an invalid schedule or settings; NotFoundError for an unknown monitor.
 */
export async function createLeadGenerationSchedule(actor: Actor & { timeZone: string }, input: LeadGenerationScheduleInput, now: Date = new Date()): Promise<{ name: string }> {
  const { cron, job } = parseOrThrow(leadGenerationScheduleSchema, input);
  const plan = await planLeadGenerationJob(job);
  const name = `${PREFIX}${randomUUID()}`;
  await getDb().$transaction(async (tx) => {
    await tx.jobSchedule.create({
      data: { name, cron, timeZone: actor.timeZone, jobType: plan.type, payload: { ...(plan.payload as object), createdById: actor.id } as Prisma.InputJsonValue, nextRunAt: nextCronSlot(cron, actor.timeZone, now) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "JobSchedule", entityId: name, changes: { cron, jobType: plan.type } });
  });
  return { name };
}

/** The recurring lead-generation runs, next slot first. */
export async function listLeadGenerationSchedules(): Promise<LeadGenerationSchedule[]> {
  const rows = await getDb().jobSchedule.findMany({ where: { name: { startsWith: PREFIX } }, orderBy: [{ nextRunAt: "asc" }, { name: "asc" }] });
  return rows.map((row) => ({ ...row, createdById: (row.payload as { createdById?: string }).createdById ?? null }));
}

/**
 * Deletes a recurring lead-generation run (its creator, a manager or an admin).
 * @throws NotFoundError for an unknown name; ForbiddenError for someone else's (SALES).
 */
export async function deleteLeadGenerationSchedule(actor: Actor, name: string): Promise<void> {
  if (typeof name !== "string" || !name.startsWith(PREFIX) || name.length > 100) throw new NotFoundError("Schedule");
  await getDb().$transaction(async (tx) => {
    const row = await tx.jobSchedule.findUnique({ where: { name }, select: { payload: true } });
    if (!row) throw new NotFoundError("Schedule");
    assertCanEdit(actor, { ownerId: (row.payload as { createdById?: string }).createdById ?? null }, "schedule");
    await tx.jobSchedule.delete({ where: { name } });
    await recordAudit(tx, { actorId: actor.id, action: "delete", entityType: "JobSchedule", entityId: name });
  });
}
