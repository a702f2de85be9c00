import type { Actor } from "@/server/services/permissions";

/**
 * Which jobs a user may see (lists, detail, API): admins and managers every job, everyone else
 * the jobs they created. A Prisma `where` for Job.
 */
export function jobVisibilityWhere(actor: Actor): { createdById?: string } {
  return actor.role === "SALES" ? { createdById: actor.id } : {};
}
