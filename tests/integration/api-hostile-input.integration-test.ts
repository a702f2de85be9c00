import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { apiToken, callApi } from "../support/api-client";
import { createDealPipeline } from "../support/board-factories";
import { createTestUser, type TestActor } from "../support/factories";
import { HOSTILE_VALUES } from "../support/hostile-values";

let admin: TestActor;
let token: string;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  admin = await createTestUser("ADMIN");
  token = await apiToken(admin);
  // problemResponse logs what it answers with a 500: nothing here may get there.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterAll(() => {
  expect(consoleError).not.toHaveBeenCalled();
  vi.unstubAllEnvs();
});

/** Counts of every table an API write could touch. */
async function snapshot(): Promise<Record<string, number>> {
  const db = getDb();
  const [leads, companies, contacts, deals, activities, tasks, pipelines, stages, jobs, tags, projects, recurringLines] = await Promise.all([
    db.lead.count(),
    db.company.count(),
    db.contact.count(),
    db.deal.count(),
    db.activity.count(),
    db.task.count(),
    db.pipeline.count(),
    db.stage.count(),
    db.job.count(),
    db.tag.count(),
    db.project.count(),
    db.recurringLine.count(),
  ]);
  return { leads, companies, contacts, deals, activities, tasks, pipelines, stages, jobs, tags, projects, recurringLines };
}

/** Expects a 4xx problem+json, with field errors when `errors` is set, and returns its body. */
async function expectRefusal(response: Response, status: number | "4xx", label: string): Promise<{ errors?: Record<string, string[]> }> {
  if (status === "4xx") expect(response.status, label).toBeGreaterThanOrEqual(400);
  else expect(response.status, label).toBe(status);
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("content-type"), label).toContain("application/problem+json");
  const body = await response.json();
  expect(body.status, label).toBe(response.status);
  return body;
}

describe("REST API v1 refuses hostile input with 4xx problem+json and stores nothing", () => {
  it("bodies that are not a JSON object of the record", async () => {
    const before = await snapshot();
    const cases: Array<[string, RequestInit["body"], Record<string, string>, number]> = [
      ["malformed JSON", '{"name": "x",', { "content-type": "application/json" }, 400],
      ["empty body", "", { "content-type": "application/json" }, 400],
      ["a JSON array", '[{"name":"x"}]', { "content-type": "application/json" }, 400],
      ["a JSON string", '"x"', { "content-type": "application/json" }, 400],
      ["JSON null", "null", { "content-type": "application/json" }, 400],
      ["not UTF-8", new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { "content-type": "application/json" }, 400],
      ["form-encoded", "name=x", { "content-type": "application/x-www-form-urlencoded" }, 415],
      ["text/plain", '{"name":"x"}', { "content-type": "text/plain" }, 415],
      ["no content type", '{"name":"x"}', {}, 415],
      ["JSON in Latin-1", '{"name":"x"}', { "content-type": "application/json; charset=iso-8859-1" }, 415],
      ["over 1 MiB", JSON.stringify({ name: "x", notes: "y".repeat(1024 * 1024) }), { "content-type": "application/json" }, 413],
    ];
    for (const path of ["/api/v1/leads", "/api/v1/companies", "/api/v1/tasks"]) {
      for (const [label, body, headers, status] of cases) {
        await expectRefusal(await callApi("POST", path, { token, body, headers }), status, `${path} ${label}`);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("unknown fields (a typo must not pass silently) and prototype keys", async () => {
    const before = await snapshot();
    for (const json of [{ name: "x", nmae: "typo" }, JSON.parse('{"name":"x","__proto__":{"role":"ADMIN"}}'), { name: "x", constructor: "y" }]) {
      const body = await expectRefusal(await callApi("POST", "/api/v1/leads", { token, json }), 422, JSON.stringify(json));
      expect(Object.values(body.errors ?? {}).flat()).toContain("Unknown field");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("every hostile value in every field of every create: a 4xx with field errors, or an accepted value (never a 5xx)", async () => {
    const pipeline = await createDealPipeline();
    const lead = await getDb().lead.findFirst({ select: { id: true } });
    const client = await getDb().company.create({ data: { name: "Hostile client" }, select: { id: true } });
    const valid: Record<string, Record<string, unknown>> = {
      leads: { name: "Hostile", email: "a@b.cy", website: "b.cy", rating: 4, score: 50, temperature: "HOT", nextActionDay: "2026-03-10", estimatedValue: 10, tags: ["t"], websiteIssues: ["OUTDATED"] },
      companies: { name: "Hostile Ltd", domain: "hostile.cy", status: "CLIENT", tags: ["t"] },
      contacts: { firstName: "Hostile", email: "h@b.cy", role: "BILLING", isPrimary: false },
      deals: { title: "Hostile deal", value: 10, pipelineId: pipeline.id, probability: 20, expectedCloseDay: "2026-03-10" },
      tasks: { title: "Hostile task", type: "CALL", priority: "HIGH", dueDay: "2026-03-10", dueTime: "10:00" },
      activities: { type: "CALL", direction: "OUTBOUND", duration: "5", body: "x", leadId: lead?.id ?? null, companyId: null },
      pipelines: { name: "Hostile pipeline" },
      projects: { companyId: client.id, name: "Hostile project", amount: 10, status: "PAID", paidDay: "2026-03-10", paymentDueDay: "2026-04-01" },
      "recurring-lines": { companyId: client.id, kind: "HOSTING", amount: 10, billingPeriod: "YEAR", startsDay: "2026-03-10", endsDay: "2027-03-10" },
    };
    let refused = 0;
    for (const [path, input] of Object.entries(valid)) {
      for (const field of Object.keys(input)) {
        for (const value of HOSTILE_VALUES) {
          const label = `${path}.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
          const before = await snapshot();
          const response = await callApi("POST", `/api/v1/${path}`, { token, json: { ...input, [field]: value, ...(path === "pipelines" ? { name: `${String(value).slice(0, 40)} ${refused}` } : {}) } });
          if (response.status === 201) continue;
          refused++;
          const body = await expectRefusal(response, "4xx", label);
          if (response.status === 422) expect(Object.keys(body.errors ?? {}).length, label).toBeGreaterThan(0);
          expect(await snapshot(), label).toEqual(before);
        }
      }
    }
    expect(refused).toBeGreaterThan(300);
    // Some 1,000 requests, each with its own snapshot of every table.
  }, 120_000);

  it("invalid values in a PATCH leave the record as it was", async () => {
    const created = await callApi("POST", "/api/v1/leads", { token, json: { name: "Patch target", rating: 3, tags: ["kept"] } });
    const { id } = await created.json();
    const stored = async () => getDb().lead.findUniqueOrThrow({ where: { id }, include: { tags: true, websiteIssues: true } });
    const before = await stored();
    // Every non-text hostile value is wrong for every field; texts are wrong where listed.
    const wrongTypes = HOSTILE_VALUES.filter((v) => v !== null && typeof v !== "string");
    const invalidTexts: Record<string, unknown[]> = {
      name: ["", "   ", "x".repeat(300_000), "a\u0000b", null],
      email: ["not-an-email", "a@b.c\u0000"],
      website: ["javascript://alert(1)", "x".repeat(600)],
      rating: ["4", 9, -1],
      temperature: ["BOGUS_ENUM_VALUE", "hot "],
      stageId: ["' OR 1=1 --", "x".repeat(300), "unknownstage"],
      ownerId: ["bad id!", "{$gt:''}"],
      tags: ["kept", ["x".repeat(41)], Array.from({ length: 21 }, (_, i) => `t${i}`), ["a\u0000"]],
      websiteIssues: [["NOPE"], "OUTDATED"],
      nextActionDay: ["2026-13-45", "2026-02-30", "tomorrow"],
      estimatedValue: [-1, 1e308, "10"],
      score: [101, 1.5, "50"],
    };
    for (const [field, texts] of Object.entries(invalidTexts)) {
      // An empty list is a valid value for the list fields (it clears them), and a number for the
      // numeric ones (their invalid numbers are listed above): not wrong types there.
      const numeric = field === "estimatedValue" || field === "score" || field === "rating";
      const wrong = wrongTypes.filter((v) => !(Array.isArray(v) && v.length === 0 && (field === "tags" || field === "websiteIssues")) && !(numeric && typeof v === "number"));
      for (const value of [...wrong, ...texts]) {
        const label = `${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        await expectRefusal(await callApi("PATCH", `/api/v1/leads/${id}`, { token, json: { [field]: value } }), "4xx", label);
      }
    }
    expect(await stored()).toEqual(before);
  });

  it("query strings: unknown parameters, bad cursor, limit out of range, bad updatedSince, dropped filter values", async () => {
    const cursor = Buffer.from(JSON.stringify({ c: "2026-01-01T00:00:00.000Z", i: "abc" })).toString("base64url");
    const cases: Array<[string, string]> = [
      ["/api/v1/leads?limit=1000", "limit"],
      ["/api/v1/leads?limit=0", "limit"],
      ["/api/v1/leads?limit=-1", "limit"],
      ["/api/v1/leads?limit=2.5", "limit"],
      ["/api/v1/leads?limit=abc", "limit"],
      ["/api/v1/leads?limit=5&limit=6", "limit"],
      ["/api/v1/leads?cursor=not-a-cursor", "cursor"],
      ["/api/v1/leads?cursor=" + "A".repeat(5000), "cursor"],
      ["/api/v1/leads?cursor=" + Buffer.from('{"c":"yesterday","i":"x"}').toString("base64url"), "cursor"],
      ["/api/v1/leads?cursor=" + Buffer.from('{"c":"2026-01-01T00:00:00.000Z","i":"x;drop"}').toString("base64url"), "cursor"],
      ["/api/v1/leads?cursor=" + cursor + "%00", "cursor"],
      ["/api/v1/leads?updatedSince=yesterday", "updatedSince"],
      ["/api/v1/leads?updatedSince=2026-13-45T00:00:00Z", "updatedSince"],
      ["/api/v1/leads?updatedSince=2026-01-01", "updatedSince"],
      ["/api/v1/leads?sort=name", "sort"],
      ["/api/v1/leads?page=2", "page"],
      ["/api/v1/leads?%00=1", "\u0000"],
      ["/api/v1/leads?temperature=BOILING", "temperature"],
      ["/api/v1/leads?temperature=HOT,BOILING", "temperature"],
      ["/api/v1/leads?hasWebsite=maybe", "hasWebsite"],
      ["/api/v1/leads?scoreMin=high", "scoreMin"],
      ["/api/v1/leads?scoreMax=101", "scoreMax"],
      ["/api/v1/leads?scoreMin=50&scoreMin=60", "scoreMin"],
      ["/api/v1/leads?view=archived", "view"],
      ["/api/v1/leads?q=" + "x".repeat(300), "q"],
      ["/api/v1/leads?q=a%00b", "q"],
      ["/api/v1/companies?status=GONE", "status"],
      ["/api/v1/deals?closeFrom=2026-02-30x", "closeFrom"],
      ["/api/v1/tasks?due=yesterday", "due"],
      ["/api/v1/activities?type=NOPE", "type"],
      ["/api/v1/jobs?status=DONE", "status"],
      ["/api/v1/pipelines?updatedSince=2026-01-01T00:00:00Z", "updatedSince"],
      ["/api/v1/projects?status=DONE", "status"],
      ["/api/v1/recurring-lines?kind=PHONE", "kind"],
      ["/api/v1/scoring-rules?kind=BOGUS", "kind"],
      ["/api/v1/companies?mrrMin=lots", "mrrMin"],
      ["/api/v1/companies?hosting=maybe", "hosting"],
      ["/api/v1/leads/abc?x=1", "x"],
    ];
    for (const [url, field] of cases) {
      const body = await expectRefusal(await callApi("GET", url, { token }), 400, url.slice(0, 80));
      expect(Object.keys(body.errors ?? {}), url.slice(0, 80)).toContain(field);
    }
    // Blank filters are no filter, as in the UI; a valid cursor and filters pass.
    expect((await callApi("GET", `/api/v1/leads?q=&temperature=&scoreMin=&scoreMax=&cursor=${cursor}&view=active`, { token })).status).toBe(200);
  });

  it("hostile ids in the path are a 404", async () => {
    for (const id of ["%00", "x".repeat(5000), "..%2F..%2Fetc", "' OR 1=1 --", "%F0%9F%92%A9", "{id}"]) {
      for (const method of ["GET", "PATCH", "DELETE"]) {
        const response = await callApi(method, `/api/v1/leads/${id}`, { token, json: method === "PATCH" ? { name: "x" } : undefined });
        await expectRefusal(response, 404, `${method} ${id.slice(0, 20)}`);
      }
      await expectRefusal(await callApi("POST", `/api/v1/jobs/${id}/retry`, { token }), 404, `retry ${id.slice(0, 20)}`);
    }
  });

  it("CSV imports: wrong media type, empty body, unknown preset or options, unreadable files", async () => {
    const before = await snapshot();
    const csv = "title,link\nA,b\n";
    const cases: Array<[string, RequestInit["body"], string, number]> = [
      ["/api/v1/leads/import?preset=google-maps", csv, "application/json", 415],
      ["/api/v1/leads/import?preset=google-maps", "", "text/csv", 400],
      ["/api/v1/leads/import?preset=nope", csv, "text/csv", 422],
      ["/api/v1/leads/import?dedupe=merge", csv, "text/csv", 400],
      ["/api/v1/leads/import?match=email,shoe", csv, "text/csv", 400],
      ["/api/v1/leads/import?file=/etc/passwd", csv, "text/csv", 400],
      ["/api/v1/leads/import?fileName=a%00b", csv, "text/csv", 400],
      ["/api/v1/leads/import?preset=google-maps&preset=x", csv, "text/csv", 400],
      ["/api/v1/leads/import", "\u0000\u0001\u0002", "text/csv", 422],
      ["/api/v1/leads/import", "just one column\nvalue\n", "text/csv", 422],
    ];
    for (const [url, body, type, status] of cases) {
      await expectRefusal(await callApi("POST", url, { token, body, headers: { "content-type": type } }), status, url);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("REST API v1 refuses hostile templates with 4xx problem+json and stores nothing", () => {
  const templates = async () => Promise.all([getDb().template.count(), getDb().templateVariant.count()]);

  it("every hostile value in every field of a template create, and bad template sources by field", async () => {
    const valid: Record<string, unknown> = { name: "Hostile template", category: "EMAIL", subcategory: "PROPOSAL", subject: "Hi {{ firstName }}", body: "Body", favourite: false, variants: [{ label: "B", subject: "B", body: "b" }] };
    let refused = 0;
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE_VALUES) {
        const label = `templates.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        const before = await templates();
        const response = await callApi("POST", "/api/v1/templates", { token, json: { ...valid, [field]: value } });
        if (response.status === 201) continue;
        refused++;
        const body = await expectRefusal(response, "4xx", label);
        if (response.status === 422) expect(Object.keys(body.errors ?? {}).length, label).toBeGreaterThan(0);
        expect(await templates(), label).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(60);
    const before = await templates();
    const sources: Array<[Record<string, unknown>, string]> = [
      [{ body: "Hi {{ unknownVariable }}" }, "body"],
      [{ body: "Hi {{ firstName" }, "body"],
      [{ body: "Hi {% if city %}" }, "body"],
      [{ body: "{% include 'secrets' %}" }, "body"],
      [{ body: "x".repeat(200 * 1024 + 1) }, "body"],
      [{ subject: "" }, "subject"],
      [{ variants: [{ label: "B", subject: "{{ firstName }", body: "b" }] }, "variants.0.subject"],
    ];
    for (const [change, field] of sources) {
      const body = await expectRefusal(await callApi("POST", "/api/v1/templates", { token, json: { ...valid, ...change } }), 422, JSON.stringify(change).slice(0, 60));
      expect(Object.keys(body.errors ?? {})).toEqual([field]);
    }
    expect(await templates()).toEqual(before);
  });

  it("hostile ids, previews and query strings", async () => {
    for (const id of ["%00", "x".repeat(5000), "' OR 1=1 --", "{id}"]) {
      for (const method of ["GET", "PATCH", "DELETE"]) await expectRefusal(await callApi(method, `/api/v1/templates/${id}`, { token, json: method === "PATCH" ? { name: "x" } : undefined }), 404, `${method} ${id.slice(0, 20)}`);
      await expectRefusal(await callApi("POST", `/api/v1/templates/${id}/preview`, { token, json: {} }), 404, `preview ${id.slice(0, 20)}`);
    }
    const created = await (await callApi("POST", "/api/v1/templates", { token, json: { name: "Preview target", subject: "s", body: "b" } })).json();
    for (const json of [{ leadId: "' OR 1=1 --" }, { variant: "Z" }, { leadId: 42 }, { contactId: { $gt: "" } }, { templateId: "x" }, { draft: { subject: "s", body: "b" } }]) {
      await expectRefusal(await callApi("POST", `/api/v1/templates/${created.id}/preview`, { token, json }), "4xx", JSON.stringify(json));
    }
    for (const [url, field] of [["/api/v1/templates?category=LETTER", "category"], ["/api/v1/templates?subcategory=NOPE", "subcategory"], ["/api/v1/templates?q=a%00b", "q"], ["/api/v1/templates?sort=name", "sort"]]) {
      const body = await expectRefusal(await callApi("GET", url, { token }), 400, url);
      expect(Object.keys(body.errors ?? {})).toContain(field);
    }
  });
});

describe("suppressions API and the Resend webhook refuse hostile input with 4xx problem+json and store nothing", () => {
  const stored = async () => Promise.all([getDb().emailSuppression.count(), getDb().emailEvent.count(), getDb().auditLog.count()]);

  it("every hostile value in the address and note of a suppression create; hostile ids and removal reasons", async () => {
    let refused = 0;
    for (const field of ["address", "note"]) {
      for (const value of HOSTILE_VALUES) {
        const label = `suppressions.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        const json = { address: `hostile.${Math.random().toString(36).slice(2, 8)}@example.test`, note: "n", [field]: value };
        const before = await stored();
        const response = await callApi("POST", "/api/v1/suppressions", { token, json });
        if (response.status === 201) continue;
        refused++;
        const body = await expectRefusal(response, "4xx", label);
        if (response.status === 422) expect(Object.keys(body.errors ?? {}), label).toEqual([field]);
        expect(await stored(), label).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(15);
    for (const id of ["%00", "x".repeat(5000), "' OR 1=1 --", "{id}"]) {
      await expectRefusal(await callApi("GET", `/api/v1/suppressions/${id}`, { token }), 404, `GET ${id.slice(0, 20)}`);
      await expectRefusal(await callApi("DELETE", `/api/v1/suppressions/${id}?reason=x`, { token }), 404, `DELETE ${id.slice(0, 20)}`);
    }
    const created = await (await callApi("POST", "/api/v1/suppressions", { token, json: { address: "keep.me@example.test" } })).json();
    const before = await stored();
    for (const [query, status] of [["", 422], ["?reason=", 422], ["?reason=%00", 422], [`?reason=${"r".repeat(501)}`, 422], ["?reason=a&reason=b", 400], ["?why=x", 400]] as const) {
      await expectRefusal(await callApi("DELETE", `/api/v1/suppressions/${created.id}${query}`, { token }), status, `DELETE ${query.slice(0, 30)}`);
    }
    for (const [url, field] of [["/api/v1/suppressions?q=a%00b", "q"], ["/api/v1/suppressions?reason=NOPE", "reason"], ["/api/v1/suppressions?updatedSince=2026-01-01T00:00:00Z", "updatedSince"]]) {
      const body = await expectRefusal(await callApi("GET", url, { token }), 400, url);
      expect(Object.keys(body.errors ?? {})).toContain(field);
    }
    expect(await stored()).toEqual(before);
  });

  it("webhook: hostile headers and bodies are 4xx (never a 500) and store no event", async () => {
    const { default: resendWebhook } = await import("@/pages/api/webhooks/resend");
    const { sendRequest, serveNodeHandler } = await import("../support/serve-node-handler");
    const { signResendWebhook, TEST_RESEND_WEBHOOK_SECRET } = await import("../support/sign-resend-webhook");
    vi.stubEnv("RESEND_WEBHOOK_SECRET", TEST_RESEND_WEBHOOK_SECRET);
    const event = JSON.stringify({ type: "email.delivered", created_at: new Date().toISOString(), data: { email_id: "x", from: "a@b.test", to: ["c@d.test"] } });
    const good = signResendWebhook(event);
    const notUtf8 = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const cases: Array<[string, string | Uint8Array, Record<string, string>]> = [
      ["a 100 KB signature header", event, { ...good, "svix-signature": `v1,${"A".repeat(100_000)}` }],
      ["a Latin-1 svix-id", event, { ...good, "svix-id": "msg_\u00e9\u00ff" }],
      ["a 10 KB svix-id", event, { ...good, "svix-id": "m".repeat(10_000) }],
      ["a negative timestamp", event, { ...good, "svix-timestamp": "-1" }],
      ["a huge timestamp", event, { ...good, "svix-timestamp": "9".repeat(30) }],
      ["v2 signatures only", event, { ...good, "svix-signature": good["svix-signature"].replace(/v1,/g, "v2,") }],
      ["bytes that are not UTF-8, signed as text", notUtf8, signResendWebhook(Buffer.from(notUtf8).toString("utf8"))],
      ["a JSON array, signed", "[1,2]", signResendWebhook("[1,2]")],
      ["JSON null, signed", "null", signResendWebhook("null")],
      ["an event without created_at, signed", '{"type":"email.sent","data":{}}', signResendWebhook('{"type":"email.sent","data":{}}')],
      ["a date that is not a date, signed", '{"type":"x.y","created_at":"2026-13-45","data":{}}', signResendWebhook('{"type":"x.y","created_at":"2026-13-45","data":{}}')],
      ["a NUL in the type, signed", '{"type":"email.\\u0000","created_at":"2026-01-01T00:00:00Z","data":{}}', signResendWebhook('{"type":"email.\\u0000","created_at":"2026-01-01T00:00:00Z","data":{}}')],
      ["a declared length over 1 MB", event, { ...good, "content-length": String(2 * 1024 * 1024) }],
    ];
    const before = await stored();
    const route = await serveNodeHandler(resendWebhook);
    try {
      for (const [label, body, headers] of cases) {
        const response = await sendRequest(route.url, { headers: { "content-type": "application/json", ...headers }, body });
        await expectRefusal(response, "4xx", label);
      }
    } finally {
      await route.close();
    }
    expect((await stored())[1]).toEqual(before[1]);
    vi.unstubAllEnvs();
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "1000000");
  });
});

describe("campaigns API refuses hostile input with 4xx problem+json and stores nothing", () => {
  // Segments have no API routes (only the "Save as segment" form action, see bad-input).
  const stored = async () => Promise.all([getDb().campaign.count(), getDb().emailMessage.count(), getDb().job.count(), getDb().auditLog.count()]);
  const campaignRow = (id: string) => getDb().campaign.findUnique({ where: { id }, select: { name: true, templateId: true, segmentId: true, split: true, status: true, scheduledAt: true, updatedAt: true } });
  const BAD_IDS = ["%00", "x".repeat(5000), "' OR 1=1 --", "{id}", "..%2F..%2Fetc"];
  let valid: Record<string, unknown>;

  beforeAll(async () => {
    const { createSegment } = await import("@/server/services/segments/create-segment");
    const template = await (await callApi("POST", "/api/v1/templates", { token, json: { name: "Campaign hostile template", subject: "Hi {{ firstName }}", body: "Hello", variants: [{ label: "B", subject: "B", body: "b" }] } })).json();
    // Matches nobody, so no send below can start.
    const segment = await createSegment(admin, { name: "Hostile audience", kind: "LEADS", filters: { q: "no-lead-matches-this-hostile-audience" } });
    valid = { name: "Hostile campaign", templateId: template.id, segmentId: segment.id, split: [{ label: "A", percent: 50 }, { label: "B", percent: 50 }] };
  });

  it("every hostile value in every field of a create and a PATCH, and broken splits by field", async () => {
    let refused = 0;
    const draft = await (await callApi("POST", "/api/v1/campaigns", { token, json: valid })).json();
    for (const field of Object.keys(valid)) {
      for (const value of HOSTILE_VALUES) {
        const label = `campaigns.${field}=${JSON.stringify(value)?.slice(0, 30)}`;
        const before = await stored();
        const created = await callApi("POST", "/api/v1/campaigns", { token, json: { ...valid, [field]: value } });
        if (created.status === 201) {
          expect((await created.json())[field], label).toEqual(value);
        } else {
          refused++;
          const body = await expectRefusal(created, "4xx", `POST ${label}`);
          if (created.status === 422) expect(Object.keys(body.errors ?? {}).length, label).toBeGreaterThan(0);
          expect(await stored(), `POST ${label}`).toEqual(before);
        }
        const row = await campaignRow(draft.id);
        const patched = await callApi("PATCH", `/api/v1/campaigns/${draft.id}`, { token, json: { [field]: value } });
        if (patched.status === 200) {
          expect((await patched.json())[field], label).toEqual(value);
          expect((await callApi("PATCH", `/api/v1/campaigns/${draft.id}`, { token, json: { [field]: valid[field] } })).status).toBe(200);
          continue;
        }
        await expectRefusal(patched, "4xx", `PATCH ${label}`);
        expect(await campaignRow(draft.id), `PATCH ${label}`).toEqual(row);
      }
    }
    expect(refused).toBeGreaterThan(40);
    const before = await stored();
    const splits: Array<[unknown, string]> = [
      [[{ label: "A", percent: 60 }, { label: "B", percent: 50 }], "split"],
      [[{ label: "A", percent: 50 }, { label: "A", percent: 50 }], "split"],
      [[{ label: "C", percent: 100 }], "split"],
      [[{ label: "A", percent: 99.5 }, { label: "B", percent: 0.5 }], "split.0.percent"],
      [[{ label: "<script>", percent: 100 }], "split.0.label"],
      [[{ label: "A", percent: "1e3" }], "split.0.percent"],
      [Array.from({ length: 5 }, (_, i) => ({ label: "ABCD"[i % 4], percent: 20 })), "split"],
      [[{ label: "A", percent: 100, extra: { $gt: "" } }, null], "split.1"],
    ];
    for (const [split, field] of splits) {
      const label = JSON.stringify(split).slice(0, 60);
      const body = await expectRefusal(await callApi("POST", "/api/v1/campaigns", { token, json: { ...valid, split } }), 422, label);
      expect(Object.keys(body.errors ?? {}), label).toContain(field);
      await expectRefusal(await callApi("PATCH", `/api/v1/campaigns/${draft.id}`, { token, json: { split } }), 422, `PATCH ${label}`);
    }
    for (const json of [{ templateId: "nosuchtemplate" }, { segmentId: "nosuchsegment" }, { name: "x", status: "SENT" }, { name: "x", jobId: "x" }]) {
      await expectRefusal(await callApi("POST", "/api/v1/campaigns", { token, json: { ...valid, ...json } }), "4xx", JSON.stringify(json));
    }
    expect(await stored()).toEqual(before);
  });

  it("hostile ids on every campaign route", async () => {
    const before = await stored();
    for (const id of BAD_IDS) {
      const label = id.slice(0, 20);
      for (const method of ["GET", "PATCH", "DELETE"]) await expectRefusal(await callApi(method, `/api/v1/campaigns/${id}`, { token, json: method === "PATCH" ? { name: "x" } : undefined }), 404, `${method} ${label}`);
      for (const action of ["audience-preview", "send", "pause", "resume", "cancel"]) await expectRefusal(await callApi("POST", `/api/v1/campaigns/${id}/${action}`, { token, json: {} }), 404, `${action} ${label}`);
      await expectRefusal(await callApi("GET", `/api/v1/campaigns/${id}/stats`, { token }), 404, `stats ${label}`);
    }
    expect(await stored()).toEqual(before);
  });

  it("hostile send bodies, actions out of turn and list query strings", async () => {
    const draft = await (await callApi("POST", "/api/v1/campaigns", { token, json: valid })).json();
    const row = await campaignRow(draft.id);
    const before = await stored();
    for (const value of HOSTILE_VALUES) {
      // null means "send now": the audience is empty, so that is refused too.
      await expectRefusal(await callApi("POST", `/api/v1/campaigns/${draft.id}/send`, { token, json: { sendAt: value } }), "4xx", `sendAt=${JSON.stringify(value)?.slice(0, 30)}`);
    }
    for (const json of [{ sendAt: "2020-01-01T09:30" }, { sendAt: "2099-02-30T09:30" }, { sendAt: "2099-03-10T25:61" }, { sendAt: "2099-03-10T09:30:00Z" }, { sendAt: "2099-03-10T09:30", extra: 1 }, {}]) {
      await expectRefusal(await callApi("POST", `/api/v1/campaigns/${draft.id}/send`, { token, json }), "4xx", JSON.stringify(json));
    }
    for (const action of ["pause", "resume", "cancel"]) await expectRefusal(await callApi("POST", `/api/v1/campaigns/${draft.id}/${action}`, { token, json: {} }), 409, `${action} a draft`);
    for (const [url, field] of [
      ["/api/v1/campaigns?status=NOPE", "status"],
      ["/api/v1/campaigns?q=a%00b", "q"],
      ["/api/v1/campaigns?sort=name", "sort"],
      ["/api/v1/campaigns?limit=0", "limit"],
      ["/api/v1/campaigns?limit=1e9", "limit"],
      ["/api/v1/campaigns?cursor=%27%20OR%201%3D1", "cursor"],
      ["/api/v1/campaigns?updatedSince=yesterday", "updatedSince"],
      [`/api/v1/campaigns?q=${"q".repeat(5000)}`, "q"],
    ]) {
      const body = await expectRefusal(await callApi("GET", url, { token }), 400, url.slice(0, 60));
      expect(Object.keys(body.errors ?? {}), url.slice(0, 60)).toContain(field);
    }
    expect(await stored()).toEqual(before);
    expect(await campaignRow(draft.id)).toEqual(row);
  });
});

describe("metrics API refuses hostile query strings with 400 problem+json", () => {
  it("every hostile value in every parameter of /metrics/mrr and /metrics/funnel", async () => {
    for (const [path, params] of [["/api/v1/metrics/mrr", ["months", "currency"]], ["/api/v1/metrics/funnel", ["from", "to"]]] as const) {
      for (const param of params) {
        for (const value of HOSTILE_VALUES) {
          // A query value is text: objects have no form there, and 42 is a valid month count.
          if (value === null || typeof value === "object" || (param === "months" && value === 42)) continue;
          const url = `${path}?${param}=${encodeURIComponent(String(value))}`;
          await expectRefusal(await callApi("GET", url, { token }), 400, url.slice(0, 80));
        }
      }
      for (const query of ["?unknown=1", `?${params[0]}=1&${params[0]}=2`, `?${params[0]}=%00`]) await expectRefusal(await callApi("GET", `${path}${query}`, { token }), 400, `${path}${query}`);
    }
  });
});
