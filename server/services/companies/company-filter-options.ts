import { getDb } from "@/server/db";

export type CompanyFilterOptions = { industries: string[]; cities: string[]; countries: string[]; tags: string[] };

/**
 * The values the companies list filters offer: distinct industries, cities and countries of
 * companies, and the names of tags used on companies (at most 500 each).
 */
export async function getCompanyFilterOptions(): Promise<CompanyFilterOptions> {
  const db = getDb();
  const distinct = async (field: "industry" | "city" | "country") => {
    const rows = await db.company.findMany({
      where: { [field]: { not: null } },
      distinct: [field],
      select: { industry: true, city: true, country: true },
      orderBy: { [field]: "asc" },
      take: 500,
    });
    return rows.map((row) => row[field]).filter((v): v is string => v !== null);
  };
  const [industries, cities, countries, tags] = await Promise.all([
    distinct("industry"),
    distinct("city"),
    distinct("country"),
    db.tag.findMany({ where: { companies: { some: {} } }, orderBy: { name: "asc" }, select: { name: true }, take: 500 }),
  ]);
  return { industries, cities, countries, tags: tags.map((t) => t.name) };
}
