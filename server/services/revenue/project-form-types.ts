import { ensureDefaultProjectTypes } from "./ensure-default-project-types";
import { listProjectTypes } from "./list-project-types";

/**
 * The project types a project form offers: those not archived (the defaults created on first
 * run), plus `currentTypeId` when an archived type is the project's own.
 */
export async function projectFormTypes(currentTypeId: string | null = null): Promise<Array<{ id: string; name: string }>> {
  await ensureDefaultProjectTypes();
  const types = await listProjectTypes({ includeArchived: true });
  return types.filter((t) => !t.archivedAt || t.id === currentTypeId).map(({ id, name }) => ({ id, name }));
}
