import { getDb } from "@/server/db";

export type LeadFilterOptions = { niches: string[]; sources: string[]; cities: string[]; countries: string[]; tags: string[] };

/** The values the leads list filters offer: distinct niches, sources, cities, countries and tag names (at most 500 each). */
export async function getLeadFilterOptions(): Promise<LeadFilterOptions> {
  const db = getDb();
  const distinct = async (field: "niche" | "source" | "city" | "country") => {
    const rows = await db.lead.findMany({
      where: { [field]: { not: null } },
      distinct: [field],
      select: { [field]: true },
      orderBy: { [field]: "asc" },
      take: 500,
    });
    return rows.map((row) => (row as unknown as Record<string, string>)[field]);
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
