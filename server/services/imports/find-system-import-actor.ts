import { getDb } from "@/server/db";
import type { Actor } from "@/server/services/permissions";

/**
 * The user the command-line import acts as: the first ADMIN (oldest account), who then owns the
 * imported leads and appears in the audit log. Null when there is no admin yet; the import then
 * runs as the system and the leads are unowned.
 */
export async function findSystemImportActor(): Promise<(Actor & { timeZone: string }) | null> {
  return getDb().user.findFirst({
    where: { role: "ADMIN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, role: true, timeZone: true },
  });
}
