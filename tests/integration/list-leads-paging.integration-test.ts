import { describe, expect, it } from "vitest";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { getDb } from "@/server/db";
import { buildLeadWhere } from "@/server/services/leads/build-lead-where";
import { createLead } from "@/server/services/leads/create-lead";
import { leadOrderBy, listLeads } from "@/server/services/leads/list-leads";
import { createTestUser } from "../support/factories";

const NOW = new Date("2026-06-01T09:00:00.000Z");

describe("leads list paging", () => {
  it("pages sorts on nullable columns exactly like one nulls-last query, across the end of the values", async () => {
    const admin = await createTestUser("ADMIN");
    const viewer = { id: admin.id, timeZone: "UTC" };
    // 60 leads, every other one without rating or follow-up, with repeated values to exercise the id tie-break.
    for (let i = 0; i < 60; i++) {
      await createLead(admin, {
        name: `Paging ${String(i).padStart(2, "0")}`,
        rating: i % 2 ? null : (i % 5) + 0.5,
        nextActionDay: i % 2 ? null : `2026-06-${String((i % 7) + 1).padStart(2, "0")}`,
      });
    }
    for (const sort of ["rating", "nextActionAt"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const query = parseLeadListQuery({ sort, dir, pageSize: "25" });
        const expected = await getDb().lead.findMany({ where: await buildLeadWhere(query, viewer, NOW), orderBy: leadOrderBy(query), select: { id: true } });
        const paged: string[] = [];
        for (const page of ["1", "2", "3", "4"]) {
          const { rows, total } = await listLeads(parseLeadListQuery({ sort, dir, pageSize: "25", page }), viewer, NOW);
          expect(total).toBe(60);
          paged.push(...rows.map((r) => r.id));
        }
        expect(paged, `${sort} ${dir}`).toEqual(expected.map((r) => r.id));
      }
    }
  });

  it("counts and lists converted leads apart from active ones, and finds a phone typed as bare digits or with other separators", async () => {
    const admin = await createTestUser("ADMIN");
    const viewer = { id: admin.id, timeZone: "UTC" };
    const { id } = await createLead(admin, { name: "Converted Bakery", phone: "+44 20 7946 0991" });
    await createLead(admin, { name: "Active Bakery", phone: "+44 20 7946 0992" });
    await getDb().lead.update({ where: { id }, data: { convertedAt: NOW } });
    const converted = await listLeads(parseLeadListQuery({ view: "converted", q: "bakery" }), viewer, NOW);
    expect({ total: converted.total, names: converted.rows.map((r) => r.name) }).toEqual({ total: 1, names: ["Converted Bakery"] });
    for (const q of ["79460992", "+44 20 7946 0992", "(20) 7946-0992", "7946.0992"]) {
      const active = await listLeads(parseLeadListQuery({ q }), viewer, NOW);
      expect(active.rows.map((r) => r.name), q).toEqual(["Active Bakery"]);
    }
  });
});
