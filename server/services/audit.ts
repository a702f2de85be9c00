import type { Tx } from "@/server/db";

/**
 * Appends an audit-log entry inside the caller's transaction.
 * @param changes - for updates, `{ field: [before, after] }`; for creates and deletes, a summary.
 */
export async function recordAudit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; changes?: object },
): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, changes: entry.changes ?? undefined } });
}

/** `{ field: [before, after] }` for the fields of `after` whose values differ from `before`. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    const same = old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : old === value;
    if (!same && value !== undefined) out[key] = [old ?? null, value ?? null];
  }
  return out;
}
