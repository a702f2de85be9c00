import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { listPageSchema } from "@/server/api/resource-operations";
import { activitySchema } from "@/server/api/schemas/activity-schemas";
import { companyRowSchema, companySchema } from "@/server/api/schemas/company-schemas";
import { contactRowSchema, contactSchema } from "@/server/api/schemas/contact-schemas";
import { dealRowSchema, dealSchema } from "@/server/api/schemas/deal-schemas";
import { jobSchema } from "@/server/api/schemas/job-schemas";
import { pipelineSchema } from "@/server/api/schemas/pipeline-schemas";
import { taskRowSchema, taskSchema } from "@/server/api/schemas/task-schemas";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { queueMaintenanceJob } from "@/server/jobs/queue-maintenance-job";
import { apiToken, callApi, readJson } from "../support/api-client";
import { createDealPipeline } from "../support/board-factories";
import { createTestUser, uniqueTag } from "../support/factories";

/** Calls the API and expects `status`; returns the parsed JSON body. */
async function expectCall(status: number, method: string, url: string, token: string, json?: unknown): Promise<unknown> {
  const { status: got, body } = await readJson(await callApi(method, url, { token, json }));
  expect(got, `${method} ${url}: ${JSON.stringify(body)?.slice(0, 300)}`).toBe(status);
  return body;
}

describe("REST API v1: companies and contacts", () => {
  it("create, get, list, patch, soft-delete and restore, with the UI list's filters", async () => {
    const manager = await createTestUser("MANAGER");
    const token = await apiToken(manager);
    const tag = uniqueTag();
    const company = companySchema.parse(await expectCall(201, "POST", "/api/v1/companies", token, { name: "Latchi Marina Ltd", website: "latchi-marina.cy", tags: [tag] }));
    expect(company).toMatchObject({ domain: "latchi-marina.cy", website: "https://latchi-marina.cy", ownerId: manager.id, status: "PROSPECT" });
    const contact = contactSchema.parse(await expectCall(201, "POST", "/api/v1/contacts", token, { firstName: "Eleni", lastName: "Georgiou", companyId: company.id, isPrimary: true, tags: [tag] }));
    expect(contact).toMatchObject({ companyId: company.id, isPrimary: true, company: { id: company.id, name: "Latchi Marina Ltd" } });

    expect(companySchema.parse(await expectCall(200, "GET", `/api/v1/companies/${company.id}`, token)).contacts.map((c) => c.id)).toEqual([contact.id]);
    const companies = listPageSchema(companyRowSchema).parse(await expectCall(200, "GET", `/api/v1/companies?tag=${tag}`, token));
    expect(companies.data.map((c) => [c.id, c._count.contacts])).toEqual([[company.id, 1]]);
    const contacts = listPageSchema(contactRowSchema).parse(await expectCall(200, "GET", `/api/v1/contacts?company=${company.id}&q=eleni`, token));
    expect(contacts.data.map((c) => c.id)).toEqual([contact.id]);

    const patched = companySchema.parse(await expectCall(200, "PATCH", `/api/v1/companies/${company.id}`, token, { status: "CLIENT", city: "Latchi" }));
    expect(patched).toMatchObject({ status: "CLIENT", city: "Latchi", domain: "latchi-marina.cy", name: "Latchi Marina Ltd" });
    expect(patched.tags.map((t) => t.name)).toEqual([tag]);
    expect(contactSchema.parse(await expectCall(200, "PATCH", `/api/v1/contacts/${contact.id}`, token, { title: "Owner" }))).toMatchObject({ title: "Owner", firstName: "Eleni", isPrimary: true });

    await expectCall(204, "DELETE", `/api/v1/companies/${company.id}`, token);
    expect((await getDb().company.findUniqueOrThrow({ where: { id: company.id } })).deletedAt).not.toBeNull();
    expect(listPageSchema(companyRowSchema).parse(await expectCall(200, "GET", `/api/v1/companies?tag=${tag}`, token)).data).toEqual([]);
    expect(listPageSchema(companyRowSchema).parse(await expectCall(200, "GET", `/api/v1/companies?tag=${tag}&view=deleted`, token)).data.map((c) => c.id)).toEqual([company.id]);
    // A deleted company is restored before it is edited (the service's rule: 409).
    await expectCall(409, "PATCH", `/api/v1/companies/${company.id}`, token, { city: "Polis" });
    expect(companySchema.parse(await expectCall(200, "POST", `/api/v1/companies/${company.id}/restore`, token)).deletedAt).toBeNull();

    await expectCall(204, "DELETE", `/api/v1/contacts/${contact.id}`, token);
    expect(contactSchema.parse(await expectCall(200, "POST", `/api/v1/contacts/${contact.id}/restore`, token)).deletedAt).toBeNull();
  });
});

describe("REST API v1: deals, activities and tasks", () => {
  it("create, get, list, patch, move and delete deals; log, edit and delete activities; tasks with completion", async () => {
    const admin = await createTestUser("ADMIN", "Europe/Nicosia");
    const token = await apiToken(admin);
    const pipeline = await createDealPipeline();
    const tag = uniqueTag();

    const deal = dealSchema.parse(await expectCall(201, "POST", "/api/v1/deals", token, { title: "Website rebuild", value: 2500, pipelineId: pipeline.id, expectedCloseDay: "2026-07-01", tags: [tag] }));
    expect(deal).toMatchObject({ value: 250_000, weightedValue: 25_000, probability: 10, stage: { id: pipeline.stages["Lead in"] }, expectedCloseAt: "2026-06-30T21:00:00.000Z" });
    const deals = listPageSchema(dealRowSchema).parse(await expectCall(200, "GET", `/api/v1/deals?tag=${tag}&pipeline=${pipeline.id}&status=open`, token));
    expect(deals.data.map((d) => d.id)).toEqual([deal.id]);
    expect(dealSchema.parse(await expectCall(200, "PATCH", `/api/v1/deals/${deal.id}`, token, { probability: 40 }))).toMatchObject({ probability: 40, probabilityOverridden: true, weightedValue: 100_000, value: 250_000 });
    await expectCall(422, "POST", `/api/v1/deals/${deal.id}/stage`, token, { stageId: pipeline.stages.Won });
    const won = dealSchema.parse(await expectCall(200, "POST", `/api/v1/deals/${deal.id}/stage`, token, { stageId: pipeline.stages.Won, reason: "Signed" }));
    expect(won).toMatchObject({ stage: { id: pipeline.stages.Won, kind: "WON" }, closeReason: "Signed" });

    const logged = activitySchema.parse(await expectCall(201, "POST", "/api/v1/activities", token, { type: "CALL", direction: "OUTBOUND", dealId: deal.id, body: "Talked budget", duration: "12:30" }));
    expect(logged).toMatchObject({ type: "CALL", dealId: deal.id, durationSeconds: 750, authorId: admin.id, author: { name: admin.name } });
    const timeline = listPageSchema(activitySchema).parse(await expectCall(200, "GET", `/api/v1/activities?dealId=${deal.id}`, token));
    expect(timeline.data.map((a) => a.type).sort()).toEqual(["CALL", "STAGE_CHANGED"]);
    expect(listPageSchema(activitySchema).parse(await expectCall(200, "GET", `/api/v1/activities?dealId=${deal.id}&type=CALL&by=me`, token)).data.map((a) => a.id)).toEqual([logged.id]);
    expect(activitySchema.parse(await expectCall(200, "PATCH", `/api/v1/activities/${logged.id}`, token, { subject: "Budget call" }))).toMatchObject({ subject: "Budget call", body: "Talked budget", durationSeconds: 750, occurredAt: logged.occurredAt });
    // A stage change is history: 403, as in the UI.
    const stageChange = timeline.data.find((a) => a.type === "STAGE_CHANGED")!;
    await expectCall(403, "PATCH", `/api/v1/activities/${stageChange.id}`, token, { body: "rewritten" });
    await expectCall(204, "DELETE", `/api/v1/activities/${logged.id}`, token);
    await expectCall(404, "GET", `/api/v1/activities/${logged.id}`, token);

    const task = taskSchema.parse(await expectCall(201, "POST", "/api/v1/tasks", token, { title: "Send contract", type: "EMAIL", dueDay: "2026-07-02", dueTime: "09:30", dealId: deal.id, assigneeId: admin.id }));
    expect(task).toMatchObject({ dueAt: "2026-07-02T06:30:00.000Z", allDay: false, deal: { id: deal.id, title: "Website rebuild" }, assignee: { id: admin.id } });
    const tasks = listPageSchema(taskRowSchema).parse(await expectCall(200, "GET", "/api/v1/tasks?assignee=me&type=EMAIL&from=2026-07-02&to=2026-07-02", token));
    expect(tasks.data.map((t) => t.id)).toEqual([task.id]);
    const done = taskSchema.parse(await expectCall(200, "PATCH", `/api/v1/tasks/${task.id}`, token, { status: "DONE" }));
    expect(done).toMatchObject({ status: "DONE", dueAt: task.dueAt, title: "Send contract" });
    expect(done.completedAt).not.toBeNull();
    expect(listPageSchema(taskRowSchema).parse(await expectCall(200, "GET", "/api/v1/tasks?assignee=me&status=OPEN&type=EMAIL", token)).data.map((t) => t.id)).not.toContain(task.id);
    await expectCall(204, "DELETE", `/api/v1/tasks/${task.id}`, token);

    await expectCall(204, "DELETE", `/api/v1/deals/${deal.id}`, token);
    expect(await getDb().deal.findUnique({ where: { id: deal.id } })).toBeNull();
  });
});

describe("REST API v1: pipelines and jobs", () => {
  it("lists pipelines with their stages to everyone; only admins create, rename, add and reorder stages and delete", async () => {
    const admin = await createTestUser("ADMIN");
    const sales = await createTestUser("SALES");
    const [adminToken, salesToken] = [await apiToken(admin), await apiToken(sales)];
    const name = `API pipeline ${uniqueTag()}`;
    await expectCall(403, "POST", "/api/v1/pipelines", salesToken, { name });
    const pipeline = pipelineSchema.parse(await expectCall(201, "POST", "/api/v1/pipelines", adminToken, { name }));
    expect(pipeline.kind).toBe("DEAL");
    expect(pipeline.stages.length).toBeGreaterThan(1);
    const list = listPageSchema(pipelineSchema).parse(await expectCall(200, "GET", "/api/v1/pipelines?kind=DEAL&limit=100", salesToken));
    expect(list.data.map((p) => p.id)).toContain(pipeline.id);
    expect(list.data.every((p) => p.kind === "DEAL")).toBe(true);
    await expectCall(403, "PATCH", `/api/v1/pipelines/${pipeline.id}`, salesToken, { name: `${name} 2` });
    expect(pipelineSchema.parse(await expectCall(200, "PATCH", `/api/v1/pipelines/${pipeline.id}`, adminToken, { name: `${name} 2` })).name).toBe(`${name} 2`);
    const withStage = pipelineSchema.parse(await expectCall(200, "POST", `/api/v1/pipelines/${pipeline.id}/stages`, adminToken, { name: "Negotiation", color: "#123ABC", probability: 60, kind: "OPEN" }));
    const added = withStage.stages.find((s) => s.name === "Negotiation")!;
    expect(added).toMatchObject({ color: "#123abc", probability: 60, rottingDays: null });
    const reversed = withStage.stages.map((s) => s.id).reverse();
    expect(pipelineSchema.parse(await expectCall(200, "POST", `/api/v1/pipelines/${pipeline.id}/stage-order`, adminToken, { stageIds: reversed })).stages.map((s) => s.id)).toEqual(reversed);
    await expectCall(403, "DELETE", `/api/v1/pipelines/${pipeline.id}`, salesToken);
    await expectCall(204, "DELETE", `/api/v1/pipelines/${pipeline.id}`, adminToken);
    await expectCall(404, "GET", `/api/v1/pipelines/${pipeline.id}`, adminToken);
  });

  it("shows SALES only the jobs they created, and cancels and retries jobs", async () => {
    const manager = await createTestUser("MANAGER");
    const sales = await createTestUser("SALES");
    const [managerToken, salesToken] = [await apiToken(manager), await apiToken(sales)];
    const later = new Date(Date.now() + 3_600_000);
    const { id: mine } = await enqueueJob(queueMaintenanceJob, { payload: {}, runAt: later, createdById: sales.id });
    const { id: theirs } = await enqueueJob(queueMaintenanceJob, { payload: {}, runAt: later, createdById: manager.id });
    const salesJobs = listPageSchema(jobSchema).parse(await expectCall(200, "GET", "/api/v1/jobs?status=QUEUED&limit=100", salesToken)).data.map((j) => j.id);
    expect(salesJobs).toContain(mine);
    expect(salesJobs).not.toContain(theirs);
    const managerJobs = listPageSchema(jobSchema).parse(await expectCall(200, "GET", "/api/v1/jobs?status=QUEUED&limit=100", managerToken)).data.map((j) => j.id);
    expect(managerJobs).toEqual(expect.arrayContaining([mine, theirs]));
    await expectCall(404, "GET", `/api/v1/jobs/${theirs}`, salesToken);
    await expectCall(404, "POST", `/api/v1/jobs/${theirs}/cancel`, salesToken);

    expect(jobSchema.parse(await expectCall(200, "POST", `/api/v1/jobs/${mine}/cancel`, salesToken))).toMatchObject({ id: mine, status: "CANCELLED" });
    await expectCall(409, "POST", `/api/v1/jobs/${mine}/cancel`, salesToken);
    expect(jobSchema.parse(await expectCall(200, "POST", `/api/v1/jobs/${mine}/retry`, salesToken))).toMatchObject({ id: mine, status: "QUEUED" });
    await expectCall(409, "POST", `/api/v1/jobs/${mine}/retry`, salesToken);
    expect(jobSchema.parse(await expectCall(200, "GET", `/api/v1/jobs/${theirs}`, managerToken)).createdBy).toEqual({ id: manager.id, name: manager.name });
    await getDb().job.deleteMany({ where: { id: { in: [mine, theirs] } } });
  });
});
