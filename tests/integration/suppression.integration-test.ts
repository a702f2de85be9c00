import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { getDb } from "@/server/db";
import { addSuppression } from "@/server/services/suppression/add-suppression";
import { exportSuppressionsCsv } from "@/server/services/suppression/export-suppressions-csv";
import { findSuppression } from "@/server/services/suppression/find-suppression";
import { listSuppressions } from "@/server/services/suppression/list-suppressions";
import { removeSuppression } from "@/server/services/suppression/remove-suppression";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { parseSuppressionListQuery } from "@/lib/validation/suppression";
import { apiToken, callApi } from "../support/api-client";
import { createTestUser, type TestActor } from "../support/factories";

let admin: TestActor;
let manager: TestActor;
let sales: TestActor;

beforeAll(async () => {
  [admin, manager, sales] = await Promise.all([createTestUser("ADMIN"), createTestUser("MANAGER"), createTestUser("SALES")]);
});

const unique = (name: string) => `${name}.${Math.random().toString(36).slice(2, 8)}@example.test`;
const query = (params: Record<string, string> = {}) => parseSuppressionListQuery(params);

describe("suppression list service", () => {
  it("anyone adds an address by hand (trimmed, lower-cased, MANUAL, audited); a second add of it is a conflict", async () => {
    const address = unique("Manual");
    const { id } = await addSuppression(sales, { address: `  ${address.toUpperCase()} `, note: "Asked by phone not to be emailed" });
    const row = await getDb().emailSuppression.findUniqueOrThrow({ where: { id }, select: { address: true, reason: true, note: true, createdById: true } });
    expect(row).toEqual({ address: address.toLowerCase(), reason: "MANUAL", note: "Asked by phone not to be emailed", createdById: sales.id });
    expect(await findSuppression(address.toUpperCase())).toMatchObject({ reason: "MANUAL" });
    expect(await getDb().auditLog.count({ where: { entityType: "EmailSuppression", entityId: id, action: "create", actorId: sales.id } })).toBe(1);
    await expect(addSuppression(admin, { address })).rejects.toMatchObject({ status: 409 });
    await expect(addSuppression(admin, { address: "not an address" })).rejects.toMatchObject({ status: 422, fieldErrors: { address: expect.any(Array) } });
    await expect(addSuppression(admin, { address: unique("x"), note: "n".repeat(501) })).rejects.toMatchObject({ status: 422, fieldErrors: { note: expect.any(Array) } });
    await expect(addSuppression(admin, { address: "a\u0000b@example.test" })).rejects.toMatchObject({ status: 422 });
  });

  it("only a manager or an admin removes an address, with a reason kept in the audit log", async () => {
    const address = unique("bounced");
    await suppressAddress(address, { reason: "HARD_BOUNCE", note: "550 no such user" });
    const { id } = await getDb().emailSuppression.findUniqueOrThrow({ where: { address }, select: { id: true } });
    await expect(removeSuppression(sales, id, { reason: "typo fixed" })).rejects.toMatchObject({ status: 403 });
    await expect(removeSuppression(manager, id, { reason: "  " })).rejects.toMatchObject({ status: 422, fieldErrors: { reason: expect.any(Array) } });
    await expect(removeSuppression(manager, id, {})).rejects.toMatchObject({ status: 422 });
    expect(await findSuppression(address)).not.toBeNull();
    await removeSuppression(manager, id, { reason: "The mailbox exists again (confirmed by phone)" });
    expect(await findSuppression(address)).toBeNull();
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "EmailSuppression", entityId: id, action: "delete" }, select: { actorId: true, changes: true } });
    expect(audit).toMatchObject({ actorId: manager.id, changes: { address, suppressedFor: "HARD_BOUNCE", reason: "The mailbox exists again (confirmed by phone)" } });
    await expect(removeSuppression(admin, id, { reason: "again" })).rejects.toMatchObject({ status: 404 });
    await expect(removeSuppression(admin, "../etc", { reason: "x" })).rejects.toMatchObject({ status: 404 });
  });

  it("lists newest first with search in the address and note, a reason filter and pages", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < 5; i++) await addSuppression(admin, { address: `page${i}.${tag}@example.test`, note: i === 3 ? `Special ${tag}` : null });
    await suppressAddress(`complaint.${tag}@example.test`, { reason: "COMPLAINT" });
    const all = await listSuppressions({ ...query({ q: tag }), pageSize: 50 });
    expect(all.total).toBe(6);
    expect(all.rows[0].address).toBe(`complaint.${tag}@example.test`);
    expect((await listSuppressions(query({ q: tag.toUpperCase(), reason: "COMPLAINT" }))).rows.map((r) => r.reason)).toEqual(["COMPLAINT"]);
    expect((await listSuppressions(query({ q: `special ${tag}` }))).rows.map((r) => r.address)).toEqual([`page3.${tag}@example.test`]);
    const firstPage = await listSuppressions({ ...query({ q: tag }), pageSize: 4 });
    const secondPage = await listSuppressions({ ...query({ q: tag }), pageSize: 4, page: 2 });
    expect(firstPage.rows).toHaveLength(4);
    expect(secondPage.rows).toHaveLength(2);
    expect(new Set([...firstPage.rows, ...secondPage.rows].map((r) => r.id)).size).toBe(6);
    // A malformed filter falls back to "any", as the other lists do.
    expect((await listSuppressions(query({ q: tag, reason: "NOPE" }))).total).toBe(6);
  });

  it("exports the filtered list as CSV, formula-looking cells neutralised", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    await addSuppression(admin, { address: `csv.${tag}@example.test`, note: "=HYPERLINK(\"http://evil\")" });
    await suppressAddress(`other.${tag}@example.test`, { reason: "UNSUBSCRIBED" });
    const rows = parse(await exportSuppressionsCsv({ q: tag, reason: "MANUAL" }), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Address: `csv.${tag}@example.test`, Reason: "Manual", Note: "'=HYPERLINK(\"http://evil\")", "Added by": admin.name });
  });
});

describe("REST API v1 suppressions", () => {
  it("lists, creates, reads and deletes (managers and admins, with a reason), with the service's permissions", async () => {
    const adminToken = await apiToken(admin);
    const salesToken = await apiToken(sales);
    const address = unique("api");
    const created = await callApi("POST", "/api/v1/suppressions", { token: salesToken, json: { address, note: "From the API" } });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ address, reason: "MANUAL", note: "From the API", createdBy: { id: sales.id } });
    expect(created.headers.get("location")).toBe(`/api/v1/suppressions/${body.id}`);
    expect((await callApi("POST", "/api/v1/suppressions", { token: salesToken, json: { address } })).status).toBe(409);

    const list = await callApi("GET", `/api/v1/suppressions?q=${encodeURIComponent(address)}`, { token: salesToken });
    expect(list.status).toBe(200);
    expect((await list.json()).data.map((r: { id: string }) => r.id)).toEqual([body.id]);
    expect((await callApi("GET", `/api/v1/suppressions/${body.id}`, { token: salesToken })).status).toBe(200);

    expect((await callApi("DELETE", `/api/v1/suppressions/${body.id}?reason=no`, { token: salesToken })).status).toBe(403);
    expect((await callApi("DELETE", `/api/v1/suppressions/${body.id}`, { token: adminToken })).status).toBe(422);
    expect((await callApi("DELETE", `/api/v1/suppressions/${body.id}?reason=ok&force=1`, { token: adminToken })).status).toBe(400);
    expect((await callApi("DELETE", `/api/v1/suppressions/${body.id}?reason=Customer%20asked%20again`, { token: adminToken })).status).toBe(204);
    expect((await callApi("GET", `/api/v1/suppressions/${body.id}`, { token: adminToken })).status).toBe(404);
    expect(await findSuppression(address)).toBeNull();
  });
});
