import { randomBytes } from "node:crypto";
import { createDemoGenerator, type DemoCompany, type DemoContact } from "@/lib/demo/demo-generator";
import type { Role } from "@/lib/enums";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { addLeadNote } from "@/server/services/activities/add-lead-note";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { updateContact } from "@/server/services/contacts/update-contact";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { convertLead } from "@/server/services/leads/convert-lead";
import { createLead } from "@/server/services/leads/create-lead";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createFirstAdmin } from "@/server/services/users/create-first-admin";
import { seedDemoRevenue, type DemoRevenueSummary } from "./seed-demo-revenue";
import { seedDemoWork, type DemoWorkSummary } from "./seed-demo-work";

/** The admin account created when the database has no user yet. */
export const DEMO_ADMIN_EMAIL = "demo@leadwell.test";
/** The team members added beside the admin (without passwords: they cannot sign in). */
const DEMO_TEAM: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "manager@leadwell.test", name: "Maya Patel", role: "MANAGER" },
  { email: "sales1@leadwell.test", name: "Tom Becker", role: "SALES" },
  { email: "sales2@leadwell.test", name: "Lucía Romero", role: "SALES" },
];

type Owner = { id: string; role: Role; timeZone: string };

export type DemoSeedSummary = DemoWorkSummary & DemoRevenueSummary & {
  /** The admin who owns part of the data; `password` is set only when this run created the account. */
  admin: { email: string | null; password: string | null };
  users: number;
  leads: number;
  convertedLeads: number;
  companies: number;
  contacts: number;
  notes: number;
  stageChanges: number;
};

/**
 * Fills an empty database with realistic demo data through the services, so every rule (derived
 * columns, timeline, primary contact, audit log) applies: a team (the existing admin, or a new
 * demo@leadwell.test admin with a random password, plus a manager and two sales users), leads
 * spread over the lead pipeline with their stage moves and notes, some converted into client
 * companies with contacts, and other companies with one to four contacts each; then their deals,
 * outreach and tasks (seedDemoWork) and the clients' projects and recurring lines (seedDemoRevenue). Activities are dated in the past (generated history); record
 * creation dates are then set to match.
 * @param seed - makes the generated data repeatable (users, leads, companies; not the password).
 * @param now - the instant the history leads up to (UTC).
 * @param leads - how many leads to create.
 * @param companies - how many companies in all, converted leads' included.
 * @throws ConflictError when the database already has leads or companies, or has users but no admin.
 */
export async function seedDemoData({
  seed = 1,
  now = new Date(),
  leads: leadCount = 300,
  companies: companyCount = 40,
}: { seed?: number; now?: Date; leads?: number; companies?: number } = {}): Promise<DemoSeedSummary> {
  const db = getDb();
  const [existingLeads, existingCompanies] = await Promise.all([db.lead.count(), db.company.count()]);
  if (existingLeads || existingCompanies) {
    throw new ConflictError(
      `The database already has ${existingLeads} leads and ${existingCompanies} companies; demo data is only added to an empty database.`,
    );
  }
  const pipelineId = await ensureLeadPipeline();
  const stageIds = Object.fromEntries(
    (await db.stage.findMany({ where: { pipelineId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]),
  );

  const { admin, password } = await findOrCreateAdmin();
  const team: Owner[] = [admin];
  for (const member of DEMO_TEAM) {
    team.push(await db.user.upsert({ where: { email: member.email }, create: member, update: {}, select: { id: true, role: true, timeZone: true } }));
  }
  const ownerById = new Map(team.map((u) => [u.id, u]));
  const demo = createDemoGenerator({ seed, now, owners: team.map((u) => u.id), unassignedShare: 0 });

  const leadDates: Array<{ id: string; createdAt: Date; updatedAt: Date }> = [];
  const companyDates: Array<{ id: string; createdAt: Date }> = [];
  for (let i = 0; i < leadCount; i++) {
    const lead = demo.lead();
    const owner = ownerById.get(lead.ownerId!)!;
    const { id } = await createLead(owner, lead.input);
    // A converted lead reaches its won stage through the conversion itself.
    const moves = lead.convertedAt ? lead.stageHistory.slice(0, -1) : lead.stageHistory;
    for (const move of moves) await changeLeadStage(owner, id, stageIds[move.stage], move.at);
    for (const note of demo.notes(lead)) await addLeadNote(owner, id, { body: note.body }, note.at);
    if (lead.convertedAt) {
      const company = demo.companyFromLead(lead);
      companyDates.push({ id: await convertToClient(owner, id, company, lead.convertedAt), createdAt: company.createdAt });
    }
    leadDates.push({ id, createdAt: lead.createdAt, updatedAt: lead.updatedAt });
  }
  const convertedLeads = companyDates.length;

  for (let i = convertedLeads; i < companyCount; i++) {
    const { contacts, createdAt, ...fields } = demo.company();
    const owner = team[i % team.length];
    const { id } = await createCompany(owner, fields);
    for (const contact of contacts) await createContact(owner, contactInput(contact, id, owner.id));
    companyDates.push({ id, createdAt });
  }

  const work = await seedDemoWork({ owners: ownerById, seed, now });
  const revenue = await seedDemoRevenue({ owners: ownerById, admin, seed, now });

  // The services stamp records with the current time; give them the generated history's dates.
  await db.$transaction(
    async (tx) => {
      for (const { id, createdAt, updatedAt } of leadDates) await tx.lead.update({ where: { id }, data: { createdAt, updatedAt } });
      for (const { id, createdAt } of companyDates) {
        await tx.company.update({ where: { id }, data: { createdAt, updatedAt: createdAt } });
        await tx.contact.updateMany({ where: { companyId: id }, data: { createdAt, updatedAt: createdAt } });
      }
    },
    { timeout: 60_000 },
  );

  const [users, leads, companies, contacts, notes, stageChanges] = await Promise.all([
    db.user.count(),
    db.lead.count(),
    db.company.count(),
    db.contact.count(),
    db.activity.count({ where: { type: "NOTE" } }),
    db.activity.count({ where: { type: "STAGE_CHANGED" } }),
  ]);
  return { admin: { email: admin.email, password }, users, leads, convertedLeads, companies, contacts, notes, stageChanges, ...work, ...revenue };
}

/** The existing admin (the earliest), or a new demo admin with a random password when there is no user yet. */
async function findOrCreateAdmin(): Promise<{ admin: Owner & { email: string | null }; password: string | null }> {
  const db = getDb();
  const select = { id: true, role: true, timeZone: true, email: true } as const;
  if ((await db.user.count()) === 0) {
    const password = randomBytes(12).toString("base64url");
    const { id } = await createFirstAdmin({ email: DEMO_ADMIN_EMAIL, password, name: "Demo Admin" });
    return { admin: await db.user.findUniqueOrThrow({ where: { id }, select }), password };
  }
  const admin = await db.user.findFirst({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" }, select });
  if (!admin) throw new ConflictError("The database has users but no admin to own the demo data.");
  return { admin, password: null };
}

/**
 * Converts a lead into the client `company` describes (the conversion creates the company and
 * its primary contact from the lead), then completes the primary contact and adds the rest.
 * @returns the company id.
 */
async function convertToClient(owner: Owner, leadId: string, company: DemoCompany, at: Date): Promise<string> {
  const [primary, ...staff] = company.contacts;
  const { companyId, contactId } = await convertLead(
    owner,
    { leadId, contactFirstName: primary.firstName, contactLastName: primary.lastName, contactEmail: primary.email },
    at,
  );
  if (contactId) await updateContact(owner, contactId, contactInput(primary, companyId, owner.id));
  for (const contact of staff) await createContact(owner, contactInput(contact, companyId, owner.id));
  return companyId;
}

/** A generated contact as the contact form submits it, in `companyId`, owned by `ownerId`. */
const contactInput = (contact: DemoContact, companyId: string, ownerId: string) => ({ ...contact, companyId, ownerId });
