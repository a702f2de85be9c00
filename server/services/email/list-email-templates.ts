import { getDb } from "@/server/db";

/** An email template as the send dialog lists it: name, and the labels of its variants (A first). */
export type EmailTemplateOption = { id: string; name: string; favourite: boolean; variants: string[] };

/**
 * The email templates the send dialog offers, favourites first, then by name (at most 500; a team
 * has tens). Every signed-in user may use every template.
 */
export async function listEmailTemplates(): Promise<EmailTemplateOption[]> {
  const rows = await getDb().template.findMany({
    where: { category: "EMAIL" },
    orderBy: [{ favourite: "desc" }, { name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, favourite: true, variants: { select: { label: true }, orderBy: { label: "asc" } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, favourite: row.favourite, variants: ["A", ...row.variants.map((v) => v.label)] }));
}
