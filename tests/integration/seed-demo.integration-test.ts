import { describe, expect, it } from "vitest";
import { DEFAULT_LEAD_STAGES } from "@/lib/leads/default-pipeline";
import { verifyPassword } from "@/server/auth/password";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { DEMO_ADMIN_EMAIL, seedDemoData } from "@/server/services/demo/seed-demo-data";

const NOW = new Date("2026-06-01T09:00:00.000Z");
/** Seeding creates hundreds of records one service call (and transaction) at a time. */
const SLOW = 180_000;

describe("demo data seed", () => {
  it(
    "fills an empty database with a team, leads in every stage with their history, client companies, deals, outreach and tasks",
    async () => {
      const db = getDb();
      const summary = await seedDemoData({ seed: 7, now: NOW, leads: 150, companies: 20 });

      // The team: a new admin who can sign in with the printed password, and three without passwords.
      expect(summary.admin.email).toBe(DEMO_ADMIN_EMAIL);
      const users = await db.user.findMany({ select: { id: true, email: true, role: true, passwordHash: true } });
      expect(users.map((u) => u.role).sort()).toEqual(["ADMIN", "MANAGER", "SALES", "SALES"]);
      const admin = users.find((u) => u.role === "ADMIN")!;
      expect(await verifyPassword(summary.admin.password!, admin.passwordHash!)).toBe(true);
      expect(users.filter((u) => u.passwordHash === null)).toHaveLength(3);

      // Leads: spread over every stage and every owner, with derived columns and past creation dates.
      const leads = await db.lead.findMany({
        select: {
          id: true,
          phone: true,
          phoneDigits: true,
          searchText: true,
          name: true,
          ownerId: true,
          createdAt: true,
          convertedAt: true,
          companyId: true,
          contactId: true,
          stage: { select: { id: true, name: true, kind: true } },
        },
      });
      expect(leads).toHaveLength(150);
      expect(summary).toMatchObject({ leads: 150, companies: 20, users: 4 });
      expect(new Set(leads.map((l) => l.stage.name))).toEqual(new Set(DEFAULT_LEAD_STAGES.map((s) => s.name)));
      expect(new Set(leads.map((l) => l.ownerId))).toEqual(new Set(users.map((u) => u.id)));
      for (const lead of leads) {
        expect(lead.searchText).toContain(lead.name.toLowerCase());
        if (lead.phone) expect(lead.phoneDigits).toMatch(/^\d{5,}$/);
        expect(lead.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
      expect(leads.filter((l) => l.createdAt.getTime() < NOW.getTime() - 90 * 86_400_000).length).toBeGreaterThan(leads.length / 2);

      // History: each lead beyond "New" got there by recorded moves, the last one into its stage.
      const moves = await db.activity.findMany({
        where: { type: "STAGE_CHANGED" },
        orderBy: { occurredAt: "asc" },
        select: { leadId: true, data: true },
      });
      expect(moves).toHaveLength(summary.stageChanges);
      const lastMove = new Map(moves.map((m) => [m.leadId, (m.data as { to: { id: string } }).to.id]));
      for (const lead of leads) expect(lastMove.get(lead.id)).toBe(lead.stage.name === "New" ? undefined : lead.stage.id);
      expect(await db.activity.count({ where: { type: "NOTE" } })).toBe(summary.notes);
      expect(summary.notes).toBeGreaterThan(leads.length / 2);

      // Converted leads: won, linked to a client company and its primary contact, with a CONVERTED entry.
      const converted = leads.filter((l) => l.convertedAt);
      expect(converted.length).toBe(summary.convertedLeads);
      expect(converted.length).toBeGreaterThan(0);
      for (const lead of converted) {
        expect(lead.stage.kind).toBe("WON");
        const company = await db.company.findUniqueOrThrow({ where: { id: lead.companyId! }, select: { status: true, name: true } });
        expect(company).toEqual({ status: "CLIENT", name: lead.name });
        expect(await db.contact.findUniqueOrThrow({ where: { id: lead.contactId! }, select: { isPrimary: true, role: true, companyId: true } })).toEqual({
          isPrimary: true,
          role: "PRIMARY",
          companyId: lead.companyId,
        });
        expect(await db.activity.count({ where: { leadId: lead.id, type: "CONVERTED" } })).toBe(1);
      }

      // Companies: one to four contacts each, exactly one of them primary.
      const companies = await db.company.findMany({ select: { contacts: { select: { isPrimary: true, role: true } } } });
      expect(companies).toHaveLength(20);
      for (const { contacts } of companies) {
        expect(contacts.length).toBeGreaterThanOrEqual(1);
        expect(contacts.length).toBeLessThanOrEqual(4);
        expect(contacts.filter((c) => c.isPrimary)).toHaveLength(1);
      }
      expect(await db.contact.count()).toBe(summary.contacts);

      // Outreach: a call or email logged half an hour before each lead's move to Contacted.
      const touches = await db.activity.findMany({ where: { direction: "OUTBOUND", outcome: "CONTACTED" }, select: { leadId: true, occurredAt: true } });
      expect(touches).toHaveLength(summary.outreach);
      const toContacted = moves.filter((m) => (m.data as { to: { name: string } }).to.name === "Contacted").map((m) => m.leadId);
      expect(new Set(touches.map((t) => t.leadId))).toEqual(new Set(toContacted));

      // Deals: won for every converted lead (with a reason, at full weight), open for leads in Qualified or Proposal Sent.
      const deals = await db.deal.findMany({ select: { leadId: true, value: true, weightedValue: true, closeReason: true, stage: { select: { kind: true } } } });
      expect(deals).toHaveLength(summary.deals);
      const won = deals.filter((d) => d.stage.kind === "WON");
      expect(new Set(won.map((d) => d.leadId))).toEqual(new Set(converted.map((l) => l.id)));
      for (const deal of won) expect({ reason: !!deal.closeReason, weighted: deal.weightedValue }).toEqual({ reason: true, weighted: deal.value });
      const open = deals.filter((d) => d.stage.kind === "OPEN");
      expect(open.length).toBeGreaterThan(0);
      for (const deal of open) expect(leads.find((l) => l.id === deal.leadId)?.stage.name).toMatch(/^(Qualified|Proposal Sent)$/);

      // Tasks: proposals and follow-ups, some completed in the past (with their timeline entry), some overdue to work on.
      const tasks = await db.task.findMany({ select: { status: true, dueAt: true, completedAt: true } });
      expect(tasks).toHaveLength(summary.tasks);
      const done = tasks.filter((t) => t.status === "DONE");
      expect(done.length).toBeGreaterThan(0);
      for (const task of done) expect(task.completedAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(await db.activity.count({ where: { type: "TASK_COMPLETED" } })).toBeGreaterThanOrEqual(done.length);
      expect(tasks.some((t) => t.status !== "DONE" && t.dueAt !== null && t.dueAt < NOW)).toBe(true);

      // Revenue: every client has a paid project and recurring lines over the last 18 months, with
      // upgrades, downgrades, cancellations and a reactivation, some in USD and GBP (rates set).
      const clients = await db.company.findMany({ where: { status: "CLIENT" }, select: { id: true, mrr: true, lifetimeRevenue: true } });
      expect(clients.length).toBeGreaterThanOrEqual(summary.convertedLeads);
      expect(await db.project.count()).toBe(summary.projects);
      expect(await db.project.count({ where: { status: "PAID" } })).toBe(clients.length);
      const lines = await db.recurringLine.findMany({ select: { companyId: true, kind: true, currency: true, billingPeriod: true, startsAt: true, endsAt: true } });
      expect(lines).toHaveLength(summary.recurringLines);
      for (const line of lines) expect(line.startsAt.getTime()).toBeGreaterThan(NOW.getTime() - 19 * 31 * 86_400_000);
      expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(["HOSTING", "SAAS", "RETAINER"]));
      expect(new Set(lines.map((l) => l.currency))).toEqual(new Set(["EUR", "USD", "GBP"]));
      expect(lines.some((l) => l.billingPeriod === "YEAR")).toBe(true);
      const ended = lines.filter((l) => l.endsAt !== null);
      expect(ended.length).toBeGreaterThan(0);
      // Plan changes (a line ends on the day another line of the company starts) and a reactivation (a gap).
      expect(ended.some((e) => lines.some((l) => l.companyId === e.companyId && l.startsAt.getTime() === e.endsAt!.getTime()))).toBe(true);
      expect(ended.some((e) => lines.some((l) => l.companyId === e.companyId && l.startsAt.getTime() > e.endsAt!.getTime()))).toBe(true);
      expect(await db.exchangeRate.count()).toBe(2);
      expect(clients.every((c) => c.lifetimeRevenue > 0)).toBe(true);
      expect(clients.filter((c) => c.mrr > 0).length).toBeGreaterThan(clients.length / 2);
    },
    SLOW,
  );

  it("refuses to add demo data to a database that has leads or companies", async () => {
    const db = getDb();
    const before = await Promise.all([db.user.count(), db.lead.count(), db.company.count(), db.activity.count()]);
    await expect(seedDemoData({ now: NOW })).rejects.toBeInstanceOf(ConflictError);
    expect(await Promise.all([db.user.count(), db.lead.count(), db.company.count(), db.activity.count()])).toEqual(before);
  });

  it(
    "gives the data to the existing admin and reuses the demo team when users already exist",
    async () => {
      const db = getDb();
      await db.lead.deleteMany();
      await db.contact.deleteMany();
      await db.company.deleteMany();
      const summary = await seedDemoData({ seed: 8, now: NOW, leads: 40, companies: 5 });
      expect(summary.admin).toEqual({ email: DEMO_ADMIN_EMAIL, password: null });
      expect(summary).toMatchObject({ users: 4, leads: 40, companies: 5 });
      const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } });
      expect(await db.lead.count({ where: { ownerId: admin.id } })).toBeGreaterThan(0);
    },
    SLOW,
  );
});
