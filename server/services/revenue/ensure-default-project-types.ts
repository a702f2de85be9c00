import { getDb, type Tx } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { isUniqueViolation } from "@/server/services/unique-violation";

/** The project types a new installation starts with (issue 11: website, redesign, SEO, app, other). */
export const DEFAULT_PROJECT_TYPES = ["Website", "Redesign", "SEO", "App", "Other"] as const;

/** Whether project types were ever written here: any type, or any in the audit log (also renamed or archived ones). */
async function typesWereWritten(tx: Tx): Promise<boolean> {
  const [types, audited] = await Promise.all([tx.projectType.count(), tx.auditLog.count({ where: { entityType: "ProjectType" } })]);
  return types > 0 || audited > 0;
}

/**
 * Creates the default project types (DEFAULT_PROJECT_TYPES, in that order) on first run: when
 * none exists and none ever did, as ensureDefaultTemplates does for templates. Idempotent and safe
 * to call concurrently (names are unique: a second writer fails and its attempt is ignored).
 * Called by the pages that offer types (Settings → Revenue, the project forms).
 * @returns how many types it created (0 when it did nothing).
 */
export async function ensureDefaultProjectTypes(): Promise<number> {
  const db = getDb();
  if (await typesWereWritten(db)) return 0;
  try {
    return await db.$transaction(async (tx) => {
      if (await typesWereWritten(tx)) return 0;
      for (const [position, name] of DEFAULT_PROJECT_TYPES.entries()) {
        const type = await tx.projectType.create({ data: { name, position }, select: { id: true } });
        await recordAudit(tx, { actorId: null, action: "create", entityType: "ProjectType", entityId: type.id, changes: { name } });
      }
      return DEFAULT_PROJECT_TYPES.length;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 0;
    throw error;
  }
}
