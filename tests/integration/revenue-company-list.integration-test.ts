import { describe, expect, it } from "vitest";
import { parseCompanyListQuery } from "@/lib/validation/company";
import { createCompany } from "@/server/services/companies/create-company";
import { listCompanies } from "@/server/services/companies/list-companies";
import { createProject } from "@/server/services/revenue/create-project";
import { createRecurringLine } from "@/server/services/revenue/create-recurring-line";
import { ensureDefaultProjectTypes } from "@/server/services/revenue/ensure-default-project-types";
import { listProjectTypes } from "@/server/services/revenue/list-project-types";
import { createTestUser } from "../support/factories";

const NOW = new Date("2026-06-15T12:00:00Z");

describe("companies list revenue filters and columns", () => {
  it("filters by project type, hosting and SaaS active, MRR range (major units), and sorts by MRR and lifetime revenue", async () => {
    const admin = await createTestUser("ADMIN");
    await ensureDefaultProjectTypes();
    const types = Object.fromEntries((await listProjectTypes()).map((t) => [t.name, t.id]));
    const tag = `rev-${Math.random().toString(36).slice(2, 8)}`;
    const company = async (name: string) => (await createCompany(admin, { name, status: "CLIENT", tags: [tag] })).id;
    const line = (companyId: string, kind: string, amount: number, endsDay: string | null = null) =>
      createRecurringLine(admin, { companyId, kind: kind as "HOSTING", amount, startsDay: "2026-01-01", endsDay }, NOW);

    const hosted = await company("Hosted");
    await line(hosted, "HOSTING", 30);
    const saas = await company("Saas");
    await line(saas, "SAAS", 200);
    await createProject(admin, { companyId: saas, name: "App", typeId: types.App, amount: 5000, status: "PAID", paidDay: "2026-02-01" }, NOW);
    const churned = await company("Churned");
    await line(churned, "HOSTING", 50, "2026-03-01");
    await createProject(admin, { companyId: churned, name: "Site", typeId: types.Website, amount: 800 }, NOW);
    await company("Nothing");

    const names = async (params: Record<string, string> = {}) => (await listCompanies(parseCompanyListQuery({ tag, ...params }), admin)).rows.map((r) => r.name);
    expect(await names({ hosting: "yes" })).toEqual(["Hosted"]);
    expect(await names({ hosting: "no" })).toEqual(["Churned", "Nothing", "Saas"]);
    expect(await names({ saas: "yes" })).toEqual(["Saas"]);
    expect(await names({ projectType: types.Website })).toEqual(["Churned"]);
    expect(await names({ mrrMin: "30" })).toEqual(["Hosted", "Saas"]);
    expect(await names({ mrrMin: "0.01", mrrMax: "30" })).toEqual(["Hosted"]);
    expect(await names({ mrrMax: "0" })).toEqual(["Churned", "Nothing"]);
    // A malformed bound is no filter, as the other list filters.
    expect(await names({ mrrMin: "lots" })).toHaveLength(4);
    expect(await names({ mrrMin: "", mrrMax: " " })).toHaveLength(4); // blank: no bound, not 0
    // MRR: 200, 30, then the two without (ties by id).
    expect((await names({ sort: "mrr", dir: "desc" })).slice(0, 2)).toEqual(["Saas", "Hosted"]);
    // Lifetime: 5,000 + 6 × 200; 6 × 30; 2 × 50 (ended 1 Mar; the unpaid project does not count); 0.
    expect(await names({ sort: "lifetimeRevenue", dir: "desc" })).toEqual(["Saas", "Hosted", "Churned", "Nothing"]);
    const [row] = (await listCompanies(parseCompanyListQuery({ tag, saas: "yes" }), admin)).rows;
    expect(row).toMatchObject({ mrr: 200_00, lifetimeRevenue: 5000_00 + 6 * 200_00, hostingActive: false, saasActive: true });
  });
});
