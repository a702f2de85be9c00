import { getDb } from "@/server/db";

export type ProjectTypeRow = { id: string; name: string; position: number; archivedAt: Date | null; _count: { projects: number } };

/**
 * The project types in their order (position, then name), with how many projects each has;
 * archived ones only when `includeArchived` (Settings → Revenue lists them, forms offer the others).
 */
export async function listProjectTypes({ includeArchived = false } = {}): Promise<ProjectTypeRow[]> {
  return getDb().projectType.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, position: true, archivedAt: true, _count: { select: { projects: true } } },
  });
}
