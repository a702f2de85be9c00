import { leadImportMappingSchema, type LeadImportMapping } from "@/lib/validation/import";
import { getDb } from "@/server/db";

export type SavedImportMapping = { id: string; name: string; mapping: LeadImportMapping };

/**
 * The saved column mappings, by name. A stored mapping that no longer fits the mapping schema
 * (a field was renamed since) is left out rather than offered half-working.
 */
export async function listImportMappings(): Promise<SavedImportMapping[]> {
  const rows = await getDb().importMapping.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, mapping: true } });
  return rows.flatMap(({ id, name, mapping }) => {
    const parsed = leadImportMappingSchema.safeParse(mapping);
    return parsed.success ? [{ id, name, mapping: parsed.data }] : [];
  });
}
