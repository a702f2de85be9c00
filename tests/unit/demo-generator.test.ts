import { describe, expect, it } from "vitest";
import { createDemoGenerator, slugify, type DemoLead } from "@/lib/demo/demo-generator";
import { DEFAULT_LEAD_STAGES } from "@/lib/leads/default-pipeline";
import { phoneDigits } from "@/lib/leads/normalize";
import { companyInputSchema } from "@/lib/validation/company";
import { contactInputSchema } from "@/lib/validation/contact";
import { leadInputSchema } from "@/lib/validation/lead";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const DAY_MS = 86_400_000;
const OWNERS = ["owner-a", "owner-b", "owner-c", "owner-d"];

const leads = (count: number, seed = 1) => {
  const demo = createDemoGenerator({ seed, now: NOW, owners: OWNERS });
  return Array.from({ length: count }, () => demo.lead());
};
const share = (items: DemoLead[], test: (lead: DemoLead) => boolean) => items.filter(test).length / items.length;

describe("demo data generator", () => {
  it("repeats the same data for the same seed and differs for another seed", () => {
    expect(JSON.stringify(leads(50, 42))).toBe(JSON.stringify(leads(50, 42)));
    expect(JSON.stringify(leads(50, 42))).not.toBe(JSON.stringify(leads(50, 43)));
  });

  it("generates leads, companies and contacts that the forms' validation accepts", () => {
    const demo = createDemoGenerator({ seed: 3, now: NOW, owners: OWNERS });
    for (let i = 0; i < 2000; i++) {
      const lead = demo.lead();
      expect(leadInputSchema.safeParse(lead.input).error, lead.input.name).toBeUndefined();
      if (lead.convertedAt) {
        for (const contact of demo.companyFromLead(lead).contacts) expect(contactInputSchema.safeParse(contact).error).toBeUndefined();
      }
    }
    for (let i = 0; i < 200; i++) {
      const { contacts, ...company } = demo.company();
      expect(companyInputSchema.safeParse(company).error, company.name).toBeUndefined();
      for (const contact of contacts) expect(contactInputSchema.safeParse(contact).error).toBeUndefined();
    }
  });

  it("spreads leads like a local-business scrape: mostly with websites, some issues, every stage, a few converted", () => {
    const sample = leads(5000);
    expect(share(sample, (l) => l.input.hasWebsite)).toBeGreaterThan(0.65);
    expect(share(sample, (l) => l.input.hasWebsite)).toBeLessThan(0.75);
    expect(share(sample, (l) => l.input.websiteIssues.length > 0)).toBeGreaterThan(0.2);
    expect(sample.every((l) => l.input.hasWebsite || l.input.websiteIssues.length === 0)).toBe(true);
    expect(share(sample, (l) => l.convertedAt !== null)).toBeGreaterThan(0.02);
    expect(share(sample, (l) => l.convertedAt !== null)).toBeLessThan(0.06);
    expect(new Set(sample.map((l) => l.stage))).toEqual(new Set(DEFAULT_LEAD_STAGES.map((s) => s.name)));
    expect(new Set(sample.map((l) => l.input.temperature))).toEqual(new Set(["HOT", "WARM", "COLD"]));
    expect(new Set(sample.map((l) => l.ownerId))).toEqual(new Set([...OWNERS, null]));
    expect(new Set(sample.map((l) => l.input.country)).size).toBeGreaterThan(5);
    for (const { input } of sample) {
      if (input.rating !== null) expect(input.rating).toBeGreaterThanOrEqual(1);
      expect(input.score).toBeGreaterThanOrEqual(0);
      expect(input.score).toBeLessThanOrEqual(100);
      if (input.phone) expect(phoneDigits(input.phone)).toMatch(/^\d{6,}$/);
    }
  });

  it("gives each lead a history that fits its dates: stage moves in order, conversion when won, follow-ups around now", () => {
    for (const lead of leads(3000, 5)) {
      expect(lead.createdAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 540 * DAY_MS);
      expect(lead.updatedAt.getTime()).toBeGreaterThanOrEqual(lead.createdAt.getTime());
      expect(lead.updatedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      const times = lead.stageHistory.map((m) => m.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const t of times) expect(t).toBeGreaterThanOrEqual(lead.createdAt.getTime());
      expect(lead.stageHistory.at(-1)?.stage ?? "New").toBe(lead.stage);
      if (lead.convertedAt) {
        expect(lead.stage).toBe("Won");
        expect(lead.convertedAt).toEqual(lead.stageHistory.at(-1)!.at);
      }
      if (lead.input.nextActionDay) {
        expect(["Won", "Lost"]).not.toContain(lead.stage);
        const day = Date.parse(lead.input.nextActionDay);
        expect(day).toBeGreaterThanOrEqual(Date.parse("2026-05-02"));
        expect(day).toBeLessThanOrEqual(Date.parse("2026-06-22"));
      }
    }
  });

  it("builds companies with one to four contacts, the first and only the first of them primary", () => {
    const demo = createDemoGenerator({ seed: 9, now: NOW });
    for (let i = 0; i < 300; i++) {
      const { contacts } = demo.company();
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(4);
      expect(contacts.map((c) => c.isPrimary)).toEqual(contacts.map((_, index) => index === 0));
      expect(contacts[0].role).toBe("PRIMARY");
    }
  });

  it("turns a converted lead into a client company with the lead's contact person as primary contact", () => {
    const demo = createDemoGenerator({ seed: 11, now: NOW, owners: OWNERS });
    let lead = demo.lead();
    while (!lead.convertedAt || !lead.input.contactName || !lead.input.website) lead = demo.lead();
    const company = demo.companyFromLead(lead);
    expect(company).toMatchObject({ name: lead.input.name, website: lead.input.website, status: "CLIENT", createdAt: lead.convertedAt });
    expect(lead.input.website).toContain(company.domain!);
    expect(`${company.contacts[0].firstName} ${company.contacts[0].lastName}`).toBe(lead.input.contactName);
  });
});

describe("slugify", () => {
  it("makes lower-case ASCII names for domains and mailboxes", () => {
    expect(slugify("Müller & Söhne Bäckerei")).toBe("mueller-and-soehne-baeckerei");
    expect(slugify("Maria's Café", "")).toBe("mariascafe");
    expect(slugify("Peña Óptica Málaga")).toBe("pena-optica-malaga");
  });
});
