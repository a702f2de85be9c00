import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { listPageSchema } from "@/server/api/resource-operations";
import { companySchema } from "@/server/api/schemas/company-schemas";
import { projectSchema, recurringLineSchema } from "@/server/api/schemas/revenue-schemas";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createTestUser } from "../support/factories";

/** Calls the API and expects `status`; returns the parsed JSON body. */
async function expectCall(status: number, method: string, url: string, token: string, json?: unknown): Promise<unknown> {
  const { status: got, body } = await readJson(await callApi(method, url, { token, json }));
  expect(got, `${method} ${url}: ${JSON.stringify(body)?.slice(0, 300)}`).toBe(status);
  return body;
}

describe("REST API v1: projects and recurring lines", () => {
  it("create, get, list by company with a keyset cursor, patch and delete, keeping the company's figures", async () => {
    const manager = await createTestUser("MANAGER", "Asia/Nicosia");
    const token = await apiToken(manager);
    const company = companySchema.parse(await expectCall(201, "POST", "/api/v1/companies", token, { name: "Paphos Villas", status: "CLIENT" }));
    const other = companySchema.parse(await expectCall(201, "POST", "/api/v1/companies", token, { name: "Other" }));

    const project = projectSchema.parse(await expectCall(201, "POST", "/api/v1/projects", token, { companyId: company.id, name: "New website", amount: 1500.5, status: "PAID", paidDay: "2026-01-05" }));
    expect(project).toMatchObject({ amount: 1500_50, currency: "EUR", status: "PAID", paidAt: "2026-01-04T22:00:00.000Z", ownerId: manager.id, company: { id: company.id } });
    for (let i = 0; i < 2; i++) await expectCall(201, "POST", "/api/v1/projects", token, { companyId: company.id, name: `Quote ${i}`, amount: 100 });
    await expectCall(201, "POST", "/api/v1/projects", token, { companyId: other.id, name: "Elsewhere", amount: 100 });

    const first = listPageSchema(projectSchema).parse(await expectCall(200, "GET", `/api/v1/projects?companyId=${company.id}&limit=2`, token));
    expect(first.data.map((p) => p.name)).toEqual(["New website", "Quote 0"]);
    const second = listPageSchema(projectSchema).parse(await expectCall(200, "GET", `/api/v1/projects?companyId=${company.id}&limit=2&cursor=${first.nextCursor}`, token));
    expect(second).toMatchObject({ data: [{ name: "Quote 1" }], nextCursor: null });
    expect(listPageSchema(projectSchema).parse(await expectCall(200, "GET", `/api/v1/projects?companyId=${company.id}&status=PAID`, token)).data.map((p) => p.id)).toEqual([project.id]);

    // PATCH keeps the other fields (the days as the key owner's).
    const patched = projectSchema.parse(await expectCall(200, "PATCH", `/api/v1/projects/${project.id}`, token, { notes: "Invoice 17" }));
    expect(patched).toMatchObject({ notes: "Invoice 17", amount: 1500_50, paidAt: project.paidAt, name: "New website" });

    const line = recurringLineSchema.parse(await expectCall(201, "POST", "/api/v1/recurring-lines", token, { companyId: company.id, kind: "SAAS", amount: 600, billingPeriod: "YEAR", startsDay: "2026-01-01" }));
    expect(line).toMatchObject({ amount: 600_00, billingPeriod: "YEAR", endsAt: null, company: { id: company.id } });
    expect((await getDb().company.findUniqueOrThrow({ where: { id: company.id } })).mrr).toBe(50_00);
    expect(listPageSchema(recurringLineSchema).parse(await expectCall(200, "GET", `/api/v1/recurring-lines?companyId=${company.id}&kind=SAAS`, token)).data.map((l) => l.id)).toEqual([line.id]);
    expect(listPageSchema(recurringLineSchema).parse(await expectCall(200, "GET", `/api/v1/recurring-lines?companyId=${other.id}`, token)).data).toEqual([]);
    // Cancel by setting endsDay; an end before the start is a field error.
    const refused = (await expectCall(422, "PATCH", `/api/v1/recurring-lines/${line.id}`, token, { endsDay: "2025-12-01" })) as { errors: Record<string, string[]> };
    expect(refused.errors).toEqual({ endsDay: ["Must be after the start date"] });
    const cancelled = recurringLineSchema.parse(await expectCall(200, "PATCH", `/api/v1/recurring-lines/${line.id}`, token, { endsDay: "2026-02-01" }));
    expect(cancelled).toMatchObject({ endsAt: "2026-01-31T22:00:00.000Z", startsAt: line.startsAt, amount: 600_00 });

    await expectCall(204, "DELETE", `/api/v1/recurring-lines/${line.id}`, token);
    await expectCall(204, "DELETE", `/api/v1/projects/${project.id}`, token);
    await expectCall(404, "GET", `/api/v1/projects/${project.id}`, token);
    await expectCall(404, "GET", `/api/v1/recurring-lines/${line.id}`, token);
    expect(await getDb().company.findUniqueOrThrow({ where: { id: company.id }, select: { mrr: true, lifetimeRevenue: true } })).toEqual({ mrr: 0, lifetimeRevenue: 0 });
  });

  it("applies the key's scope and the user's role", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const [managerToken, salesToken, readToken] = [await apiToken(manager), await apiToken(sales), await apiToken(manager, "READ")];
    const company = companySchema.parse(await expectCall(201, "POST", "/api/v1/companies", managerToken, { name: "Managed" }));
    const project = projectSchema.parse(await expectCall(201, "POST", "/api/v1/projects", managerToken, { companyId: company.id, name: "Site", amount: 10 }));
    const line = recurringLineSchema.parse(await expectCall(201, "POST", "/api/v1/recurring-lines", managerToken, { companyId: company.id, kind: "HOSTING", amount: 10, startsDay: "2026-01-01" }));
    await expectCall(403, "POST", "/api/v1/projects", readToken, { companyId: company.id, name: "No", amount: 1 });
    await expectCall(200, "GET", `/api/v1/projects/${project.id}`, readToken);
    await expectCall(403, "PATCH", `/api/v1/projects/${project.id}`, salesToken, { name: "Mine now" });
    await expectCall(403, "DELETE", `/api/v1/recurring-lines/${line.id}`, salesToken);
    await expectCall(403, "POST", "/api/v1/recurring-lines", salesToken, { companyId: company.id, kind: "HOSTING", amount: 10, startsDay: "2026-01-01" });
    expect(await getDb().project.count({ where: { companyId: company.id } })).toBe(1);
  });
});
