import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { queueMaintenanceJob } from "@/server/jobs/queue-maintenance-job";
import { encodeKeysetCursor } from "@/server/services/paging/keyset-cursor";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createDealPipeline, createTestDeal } from "../support/board-factories";
import { createTestUser, uniqueTag } from "../support/factories";

type Page = { data: Array<{ id: string; createdAt: string; name?: string }>; nextCursor: string | null };

async function page(token: string, url: string): Promise<Page> {
  const { status, body } = await readJson(await callApi("GET", url, { token }));
  expect(status, JSON.stringify(body)).toBe(200);
  return body as unknown as Page;
}

describe("REST API v1 list paging", () => {
  it("walks every row once, in (createdAt, id) order, while rows are inserted between pages", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const tag = uniqueTag();
    const create = async (name: string) => {
      const { status } = await readJson(await callApi("POST", "/api/v1/leads", { token, json: { name, tags: [tag] } }));
      expect(status).toBe(201);
    };
    for (let i = 0; i < 7; i++) await create(`Paged ${i}`);
    // Some rows share a createdAt millisecond, so the id tie-break is exercised.
    const ids = (await getDb().lead.findMany({ where: { tags: { some: { name: tag } } }, select: { id: true }, orderBy: { id: "asc" } })).map((l) => l.id);
    await getDb().lead.updateMany({ where: { id: { in: ids.slice(0, 4) } }, data: { createdAt: new Date("2026-01-01T00:00:00.000Z") } });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let inserted = 0;
    do {
      const result = await page(token, `/api/v1/leads?tag=${tag}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(result.data.length).toBeLessThanOrEqual(3);
      seen.push(...result.data.map((row) => row.id));
      cursor = result.nextCursor;
      pages++;
      // Two rows arrive after each of the first two pages.
      if (inserted < 4) for (let i = 0; i < 2; i++) await create(`Inserted ${inserted++}`);
    } while (cursor && pages < 20);

    const all = await getDb().lead.findMany({ where: { tags: { some: { name: tag } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    expect(all).toHaveLength(11);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.map((l) => l.id));
    expect(pages).toBe(4);
  });

  it("defaults to 50 rows, takes up to 100, filters by updatedSince, and never counts", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const tag = uniqueTag();
    const old = new Date("2025-01-01T00:00:00.000Z");
    await getDb().tag.create({ data: { name: tag } });
    const { createLead } = await import("@/server/services/leads/create-lead");
    for (let i = 0; i < 105; i++) await createLead(user, { name: `Bulk ${i}`, tags: [tag] });
    const ids = (await getDb().lead.findMany({ where: { tags: { some: { name: tag } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } })).map((l) => l.id);
    await getDb().lead.updateMany({ where: { id: { in: ids.slice(5) } }, data: { updatedAt: old } });

    const first = await page(token, `/api/v1/leads?tag=${tag}`);
    expect(first.data).toHaveLength(50);
    expect(Object.keys(first).sort()).toEqual(["data", "nextCursor"]);
    const big = await page(token, `/api/v1/leads?tag=${tag}&limit=100`);
    expect(big.data.map((r) => r.id)).toEqual(ids.slice(0, 100));
    const rest = await page(token, `/api/v1/leads?tag=${tag}&limit=100&cursor=${big.nextCursor}`);
    expect(rest.data.map((r) => r.id)).toEqual(ids.slice(100));
    expect(rest.nextCursor).toBeNull();
    const recent = await page(token, `/api/v1/leads?tag=${tag}&updatedSince=${encodeURIComponent("2025-06-01T00:00:00+02:00")}`);
    expect(recent.data.map((r) => r.id)).toEqual(ids.slice(0, 5));
    // A cursor past the end is an empty last page.
    const past = await page(token, `/api/v1/leads?tag=${tag}&cursor=${encodeKeysetCursor({ createdAt: new Date("2100-01-01"), id: "z" })}`);
    expect(past).toEqual({ data: [], nextCursor: null });
  });

  it("pages every list the same way (companies, contacts, deals, activities, tasks, pipelines, jobs)", async () => {
    const user = await createTestUser("ADMIN");
    const token = await apiToken(user);
    const pipeline = await createDealPipeline();
    await createDealPipeline();
    const db = getDb();
    for (let i = 0; i < 3; i++) {
      const company = await db.company.create({ data: { name: `Paged company ${i}` } });
      await db.contact.create({ data: { firstName: `Paged ${i}`, companyId: company.id } });
      const dealId = await createTestDeal(pipeline, "Lead in", { title: `Paged deal ${i}` });
      await db.activity.create({ data: { type: "NOTE", body: `Paged ${i}`, dealId } });
      await db.task.create({ data: { title: `Paged task ${i}`, dealId } });
      await enqueueJob(queueMaintenanceJob, { payload: {}, runAt: new Date(Date.now() + 3_600_000) });
    }
    const keyset = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select: { id: true } };
    const expected: Record<string, Array<{ id: string }>> = {
      companies: await db.company.findMany({ where: { deletedAt: null }, ...keyset }),
      contacts: await db.contact.findMany({ where: { deletedAt: null }, ...keyset }),
      deals: await db.deal.findMany(keyset),
      activities: await db.activity.findMany(keyset),
      tasks: await db.task.findMany(keyset),
      pipelines: await db.pipeline.findMany(keyset),
      jobs: await db.job.findMany(keyset),
    };
    for (const [path, rows] of Object.entries(expected)) {
      expect(rows.length, path).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const result = await page(token, `/api/v1/${path}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...result.data.map((r) => r.id));
        cursor = result.nextCursor;
        pages++;
      } while (cursor && pages < 200);
      expect(seen, path).toEqual(rows.map((r) => r.id));
      // One row more than the limit is read, so a full last page says it is last.
      expect(pages, path).toBe(Math.ceil(rows.length / 2));
    }
  });
});
