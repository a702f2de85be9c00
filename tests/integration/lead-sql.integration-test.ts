import { beforeAll, describe, expect, it } from "vitest";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { buildLeadWhere } from "@/server/services/leads/build-lead-where";
import { createLead } from "@/server/services/leads/create-lead";
import { findLeadRows } from "@/server/services/leads/find-lead-rows";
import { leadWhereSql } from "@/server/services/leads/lead-sql";
import { leadRowSelect } from "@/server/services/leads/lead-row-select";
import { keysetFindArgs } from "@/server/services/paging/keyset-page";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const ISSUES = ["OUTDATED", "SLOW_LOADING", "NOT_MOBILE_FRIENDLY"] as const;

/**
 * The leads list and the API read their pages as SQL written from the Prisma filter
 * (leadWhereSql); Prisma's own findMany with the same filter is the reference here.
 */
describe("lead filters as SQL", () => {
  let admin: TestActor;
  let rep: TestActor;
  let stages: Record<string, string>;
  const tags = [uniqueTag(), uniqueTag()];

  beforeAll(async () => {
    admin = await createTestUser("ADMIN", "Europe/Nicosia");
    rep = await createTestUser("SALES");
    stages = await leadStages();
    const stageIds = Object.values(stages);
    for (let i = 0; i < 48; i++) {
      const { id } = await createLead(admin, {
        name: i % 7 === 0 ? `Café ${i} 50% off` : `Lead ${String(i).padStart(2, "0")}`,
        email: i % 3 ? `owner${i}@example.test` : null,
        phone: i % 4 === 0 ? `+357 26 32${String(i).padStart(4, "0")}` : null,
        website: i % 2 ? `https://lead${i}.example.test` : null,
        websiteIssues: i % 2 ? ISSUES.filter((_, k) => (i + k) % 3 !== 0) : [],
        demoSiteBuilt: i % 5 === 0,
        niche: ["restaurant", "dentist", "bakery"][i % 3],
        source: i % 2 ? "google_maps" : "referral",
        city: i % 6 === 0 ? null : ["Latchi", "Paphos"][i % 2],
        country: "CY",
        rating: i % 4 === 1 ? null : (i % 5) + 0.5,
        nextActionDay: i % 3 === 0 ? null : `2026-0${5 + (i % 2)}-0${1 + (i % 5)}`,
        ownerId: i % 3 === 0 ? null : i % 3 === 1 ? admin.id : rep.id,
        tags: i % 4 === 0 ? [tags[0]] : i % 4 === 1 ? tags : [],
      }, NOW);
      await getDb().lead.update({
        where: { id },
        data: {
          stageId: stageIds[i % stageIds.length],
          score: (i * 13) % 101,
          temperature: (["HOT", "WARM", "COLD"] as const)[i % 3],
          createdAt: new Date(NOW.getTime() - (i % 10) * 3_600_000),
          convertedAt: i % 11 === 0 ? NOW : null,
          ...(i % 3 === 0 ? { ownerId: null } : {}),
        },
      });
    }
  });

  it("finds the same leads in the same order as Prisma for every list filter", async () => {
    const queries: Array<Record<string, string | string[]>> = [
      {},
      { view: "converted" },
      { q: "café" },
      { q: "50%" },
      { q: "+357 26 320004" },
      { stage: [Object.values(stages)[1], Object.values(stages)[2]] },
      { temperature: ["HOT", "WARM"] },
      { scoreMin: "29", scoreMax: "65" }, // leads 10 and 5 score exactly 29 and 65
      { niche: "dentist", source: "google_maps" },
      { city: "Latchi", country: "CY" },
      { owner: "me" },
      { owner: "none" },
      { owner: rep.id },
      { hasWebsite: "yes", websiteIssue: ["OUTDATED", "SLOW_LOADING"] },
      { hasWebsite: "no", demoSite: "yes" },
      { tag: [tags[1]] },
      { tag: tags },
      { tag: ["no such tag"] },
      { followUp: "today" },
      { followUp: "overdue" },
      { followUp: "none" },
      { temperature: "HOT", tag: tags[0], owner: "none", q: "lead" },
    ];
    const orders: Prisma.LeadOrderByWithRelationInput[][] = [
      [{ createdAt: "desc" }, { id: "desc" }],
      [{ name: "asc" }, { id: "asc" }],
      [{ score: "desc" }, { id: "desc" }],
    ];
    const empty: string[] = [];
    for (const params of queries) {
      const where = await buildLeadWhere(parseLeadListQuery(params), admin, NOW);
      for (const orderBy of orders) {
        const expected = await getDb().lead.findMany({ where, orderBy, select: { id: true } });
        const rows = await findLeadRows({ where, orderBy, take: 100 });
        expect(rows.map((row) => row.id), JSON.stringify({ params, orderBy })).toEqual(expected.map((row) => row.id));
        const paged = await findLeadRows({ where, orderBy, skip: 5, take: 7 });
        expect(paged.map((row) => row.id)).toEqual(expected.slice(5, 12).map((row) => row.id));
      }
      if ((await getDb().lead.count({ where })) === 0) empty.push(JSON.stringify(params));
    }
    // Every filter but the unknown tag finds some leads, so no comparison above is of empty lists.
    expect(empty).toEqual([JSON.stringify({ tag: ["no such tag"] })]);
  });

  it("pages by keyset (cursor and updatedSince) as Prisma does", async () => {
    const where = await buildLeadWhere(parseLeadListQuery({ hasWebsite: "yes" }), admin, NOW);
    const all = await getDb().lead.findMany({ ...keysetFindArgs(where, { after: null, limit: 100, updatedSince: null }, 100), select: { id: true, createdAt: true } });
    const after = { createdAt: all[6].createdAt, id: all[6].id };
    for (const page of [{ after, limit: 5, updatedSince: null }, { after: null, limit: 50, updatedSince: new Date(NOW.getTime() - 3_600_000) }]) {
      const args = keysetFindArgs(where, page, page.limit);
      const expected = await getDb().lead.findMany({ ...args, select: { id: true } });
      expect((await findLeadRows(args)).map((row) => row.id)).toEqual(expected.map((row) => row.id));
    }
  });

  it("returns the rows Prisma's relation select returns, with the same types", async () => {
    const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
    const where = { convertedAt: null };
    const expected = await getDb().lead.findMany({ where, orderBy, select: leadRowSelect });
    const rows = await findLeadRows({ where, orderBy, take: 100 });
    // Website issues have no order of their own (the relation select gives PostgreSQL's heap order).
    const issuesSorted = <Row extends { websiteIssues: Array<{ issue: string }> }>(list: Row[]) =>
      list.map((row) => ({ ...row, websiteIssues: row.websiteIssues.map((w) => w.issue).sort() }));
    expect(issuesSorted(rows)).toEqual(issuesSorted(expected));
    expect(rows.some((row) => row.tags.length === 2 && row.owner && row.websiteIssues.length && row.nextActionAt instanceof Date)).toBe(true);
  });

  it("refuses a filter it cannot write, rather than ignoring it", () => {
    expect(() => leadWhereSql({ name: { startsWith: "a" } }, [])).toThrow(/unsupported condition/);
    expect(() => leadWhereSql({ stage: { is: { kind: "WON" } } } as Prisma.LeadWhereInput, [])).toThrow(/not a Lead column/);
  });
});
