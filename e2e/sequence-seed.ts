/**
 * Test data for e2e/24-sequences.spec.ts, made through the app's own services on the e2e database
 * (DATABASE_URL, set by the spec). Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/sequence-seed.ts <tag>
 *     → { template: { id, name }, leads: [{ id, name, email }] }: an email template and three
 *       leads of the admin in Cyprus with local mobile numbers ("97 754374"…), named with `tag`
 */
import { disconnectDb, getDb } from "@/server/db";
import { createLead } from "@/server/services/leads/create-lead";
import { createTemplate } from "@/server/services/templates/create-template";
import { ADMIN } from "./support";

async function main([tag]: string[]): Promise<unknown> {
  const admin = await getDb().user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, role: true, timeZone: true, name: true } });
  const template = await createTemplate(admin, {
    name: `${tag} intro`,
    category: "EMAIL",
    subcategory: "COLD_OUTREACH",
    subject: "A question for {{ businessName }}",
    body: 'Hello {{ firstName | default: "there" }}, a quick question about your website.',
    variants: [],
  });
  const leads: Array<{ id: string; name: string; email: string }> = [];
  for (let i = 1; i <= 3; i++) {
    const name = `${tag} Taverna ${i}`;
    const email = `owner${i}.${tag.toLowerCase()}@e2e.example`;
    const { id } = await createLead(admin, { name, email, contactName: `Eleni${i} ${tag}`, phone: `97 75437${i}`, city: "Limassol", country: "Cyprus", niche: "restaurant" });
    leads.push({ id, name, email });
  }
  return { template: { id: template.id, name: `${tag} intro` }, leads };
}

main(process.argv.slice(2))
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
