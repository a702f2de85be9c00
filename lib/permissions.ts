import type { Role } from "@/lib/enums";

/**
 * Whether a user may edit or delete a record: MANAGER and ADMIN edit all records, SALES only
 * the ones it owns. The service layer enforces this; the UI uses it to hide what would fail.
 */
export function canEdit(user: { id: string; role: Role }, record: { ownerId: string | null }): boolean {
  return user.role !== "SALES" || record.ownerId === user.id;
}
