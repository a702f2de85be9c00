import { getDb } from "@/server/db";

export type LeadFilterOptions = { niches: string[]; sources: string[]; cities: string[]; countries: string[]; tags: string[] };

/** The values the leads list filters offer: distinct niches, sources, cities, countries and tag names (at most 500 each). */
export async function getLeadFilterOptions(): Promise<LeadFilterOptions> {
  const db = getDb();
  // groupBy is answered by the database; findMany's `distinct` reads every row into memory.
  const distinct = async (field: "niche" | "source" | "city" | "country") => {
    const groups = await db.lead.groupBy({ by: [field], where: { [field]: { not: null } } });
    return groups
      .map((group) => (group as Record<string, string | null>)[field] as string)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, 500);
  };
  const [niches, sources, cities, countries, tags] = await Promise.all([
    distinct("niche"),
    distinct("source"),
    distinct("city"),
    distinct("country"),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: 500 }),
  ]);
  return { niches, sources, cities, countries, tags: tags.map((t) => t.name) };
}
