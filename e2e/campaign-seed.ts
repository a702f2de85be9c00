/**
 * Test data for e2e/17-campaigns.spec.ts, made through the app's own services on the e2e database
 * (DATABASE_URL, set by the spec). Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/campaign-seed.ts leads <tag> <count>
 *     → { leads: [{ id, name, email }] }: new leads of the admin, named and addressed with `tag`
 *       (every other one with a city, so a template's `{% if city %}` goes both ways)
 *   tsx --tsconfig scripts/tsconfig.json e2e/campaign-seed.ts segment <name>   → { id }, a leads segment of the admin
 */
import { disconnectDb, getDb } from "@/server/db";
import { createLead } from "@/server/services/leads/create-lead";
import { createSegment } from "@/server/services/segments/create-segment";
import { ADMIN } from "./support";

async function main([command, ...args]: string[]): Promise<unknown> {
  const admin = await getDb().user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, role: true, timeZone: true } });
  if (command === "segment") return createSegment(admin, { name: args[0], kind: "LEADS", filters: { q: args[0] } });
  const [tag, count] = args;
  const leads: Array<{ id: string; name: string; email: string }> = [];
  for (let i = 1; i <= Number(count); i++) {
    const name = `${tag} Bistro ${i}`;
    const email = `owner${i}.${tag.toLowerCase()}@e2e.example`;
    const { id } = await createLead(admin, { name, email, contactName: `Owner${i} ${tag}`, city: i % 2 ? "Latchi" : "", niche: "restaurant" });
    leads.push({ id, name, email });
  }
  return { leads };
}

main(process.argv.slice(2))
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
