import { getDb } from "@/server/db";

/** The tag names the deals list's tag filter offers: tags that some deal has (at most 500). */
export async function listDealTagNames(): Promise<string[]> {
  const tags = await getDb().tag.findMany({ where: { deals: { some: {} } }, orderBy: { name: "asc" }, select: { name: true }, take: 500 });
  return tags.map((t) => t.name);
}
