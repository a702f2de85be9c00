/**
 * Seeds, for e2e/26-one-click-outreach.spec.ts, against the database of the server under test
 * (DATABASE_URL, set by the spec), as the admin: a DM template, two Cyprus leads as the gosom
 * import stores them (local number "97 754374" / "26 321530", country "Cyprus", source "Google
 * Maps"), the first with two open tasks and one done, and a lead whose local number has no
 * country. All names carry `tag` so the spec finds only its own records. Usage:
 * outreach-seed.ts <tag>. Prints `{ templateId, templateName, leadId, rowLeadId, noCountryLeadId }` as JSON.
 */
import { disconnectDb, getDb } from "@/server/db";
import { createLead } from "@/server/services/leads/create-lead";
import { createTask } from "@/server/services/tasks/create-task";
import { createTemplate } from "@/server/services/templates/create-template";

const [tag] = process.argv.slice(2);

async function main() {
  const admin = await getDb().user.findFirstOrThrow({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" }, select: { id: true, role: true, timeZone: true } });
  const templateName = `Quick hello ${tag}`;
  const template = await createTemplate(admin, { name: templateName, category: "DM", body: 'Hi {{ firstName | default: "there" }}, I sketched a new website for {{ businessName }} in {{ city }}. Want to see it?' });
  const lead = await createLead(admin, { name: `Polis Seaside Grill ${tag}`, contactName: "Eleni Charalambous", phone: "97 754374", city: "Polis", country: "Cyprus", source: "Google Maps", tags: [tag] });
  const rowLead = await createLead(admin, { name: `Latchi Harbour Cafe ${tag}`, contactName: "Nikos", phone: "26 321530", city: "Latchi", country: "Cyprus", source: "Google Maps", tags: [tag] });
  const noCountryLead = await createLead(admin, { name: `Nowhere Diner ${tag}`, phone: "97 754374", tags: [tag] });
  for (const status of ["OPEN", "IN_PROGRESS", "DONE"] as const) await createTask(admin, { title: `Follow up ${status} ${tag}`, status, leadId: lead.id });
  process.stdout.write(JSON.stringify({ templateId: template.id, templateName, leadId: lead.id, rowLeadId: rowLead.id, noCountryLeadId: noCountryLead.id }));
}

main().finally(() => disconnectDb());
