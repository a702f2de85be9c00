// Campaigns (issue 10 §3): segments and their audience, sending through the durable queue to the
// fake Resend API (batches, Idempotency-Key, 429, 5xx), pause / resume / cancel, stats with the
// A/B z-test, permissions and the REST API. Runs on SQLite and PostgreSQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/server/errors";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { cancelCampaign, pauseCampaign, resumeCampaign } from "@/server/services/campaigns/change-campaign-state";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { deleteCampaign } from "@/server/services/campaigns/delete-campaign";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { getCampaignStats } from "@/server/services/campaigns/get-campaign-stats";
import { previewCampaignAudience } from "@/server/services/campaigns/preview-campaign-audience";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { testSendCampaign } from "@/server/services/campaigns/test-send-campaign";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { createSegment } from "@/server/services/segments/create-segment";
import { createTemplate } from "@/server/services/templates/create-template";
import { apiToken, callApi, readJson } from "../support/api-client";

/** The JSON body of an API answer. */
const bodyOf = async <T = Record<string, unknown>>(response: Response) => (await readJson(response)).body as T;
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";
import { createTestUser, uniqueTag, type TestActor } from "../support/factories";

let fake: FakeResend;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = "re_test";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.UNSUBSCRIBE_SECRET ??= "campaign-test-secret";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  process.env.EMAIL_FROM = "Leadwell <campaigns@example.com>";
});

afterAll(async () => {
  await fake.close();
  process.env = savedEnv;
});

afterEach(() => {
  fake.reset();
  fake.setRateLimit(2);
});

/** Leads with `niche` (the segment's filter), one per email (null: none). */
async function makeLeads(niche: string, emails: Array<string | null>): Promise<void> {
  const stageId = await firstLeadStageId();
  const rows = emails.map((email, i) => ({ name: `Biz ${i}`, contactName: `Person${i} Smith`, email, niche, stageId, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) }));
  for (let i = 0; i < rows.length; i += 500) await getDb().lead.createMany({ data: rows.slice(i, i + 500) });
}

async function makeTemplate(actor: TestActor, variants = false) {
  return createTemplate(actor, {
    name: `Campaign ${uniqueTag()}`,
    category: "EMAIL",
    subcategory: "COLD_OUTREACH",
    subject: "Hi {{ businessName }}",
    body: 'Hello {{ firstName | default: "there" }}',
    variants: variants ? [{ label: "B", subject: "Hey {{ businessName }}", body: "Hey {{ firstName }}" }] : [],
  });
}

/** A draft campaign to the leads of `niche`. */
async function makeCampaign(actor: TestActor, niche: string, split: Array<{ label: "A" | "B"; percent: number }> = [{ label: "A", percent: 100 }]) {
  const template = await makeTemplate(actor, split.length > 1);
  const segment = await createSegment(actor, { name: `Niche ${niche}`, kind: "LEADS", filters: { niche } });
  const campaign = await createCampaign(actor, { name: `Campaign ${niche}`, templateId: template.id, segmentId: segment.id, split });
  return { ...campaign, segmentId: segment.id, templateId: template.id };
}

/** Runs due jobs until the campaign's job stops (or the budget runs out). */
async function drain(budgetMs = 25_000) {
  return runDueJobs({ budgetMs, concurrency: 1 });
}

const addresses = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`);

describe("segments and the audience preview", () => {
  it("count each address once and leave out suppressed, unsubscribed, no-email, invalid and repeated addresses", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    await makeLeads(niche, ["a@example.com", "A@Example.com ", null, "", "not-an-address", "b@example.com", "bounced@example.com", "gone@example.com", "c@example.com"]);
    await getDb().emailSuppression.createMany({
      data: [
        { address: "bounced@example.com", reason: "HARD_BOUNCE" },
        { address: "gone@example.com", reason: "UNSUBSCRIBED" },
      ],
    });
    const { id } = await makeCampaign(admin, niche);
    const preview = await previewCampaignAudience(id);
    expect(preview.matched).toBe(9);
    expect(preview.recipients).toBe(3);
    expect(preview.first.map((r) => r.address)).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
    expect(preview.leftOut).toEqual({ suppressed: 1, unsubscribed: 1, noEmail: 2, invalid: 1, duplicate: 1 });
  });

  it("store the list's filters (owner 'me' as the saver) and add 'has email' and 'no touch for N days'", async () => {
    const sales = await createTestUser("SALES");
    const niche = uniqueTag();
    await makeLeads(niche, ["x@example.com", null, "touched@example.com"]);
    const touched = await getDb().lead.findFirstOrThrow({ where: { niche, email: "touched@example.com" }, select: { id: true } });
    await getDb().activity.create({ data: { type: "EMAIL", direction: "OUTBOUND", leadId: touched.id, occurredAt: new Date(), authorId: sales.id } });
    const { id } = await createSegment(sales, { name: "Fresh", kind: "LEADS", filters: { niche, owner: "me", hasEmail: "yes", noTouchDays: "30", page: "3", bogus: "x" } });
    const segment = await getDb().segment.findUniqueOrThrow({ where: { id }, select: { filters: true, createdById: true } });
    expect(segment.filters).toEqual({ view: "active", niche, owner: sales.id, hasEmail: "yes", noTouchDays: 30 });
    await getDb().lead.updateMany({ where: { niche }, data: { ownerId: sales.id } });
    const template = await makeTemplate(sales);
    const campaign = await createCampaign(sales, { name: "Fresh", templateId: template.id, segmentId: id });
    const preview = await previewCampaignAudience(campaign.id);
    expect(preview).toMatchObject({ matched: 1, recipients: 1, leftOut: { noEmail: 0 } });
    expect(preview.first[0].address).toBe("x@example.com");
  });
});

describe("sending a campaign", () => {
  it("refuses an empty audience and one that is all suppressed, and stores nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const empty = await makeCampaign(admin, uniqueTag());
    await expect(sendCampaign(admin, empty.id, {})).rejects.toThrow(/audience is empty/);
    const niche = uniqueTag();
    await makeLeads(niche, ["s1@example.com", null]);
    await getDb().emailSuppression.create({ data: { address: "s1@example.com", reason: "COMPLAINT" } });
    const suppressed = await makeCampaign(admin, niche);
    const error = await sendCampaign(admin, suppressed.id, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/suppressed/);
    expect((await getCampaign(suppressed.id)).status).toBe("DRAFT");
    expect(await getDb().emailMessage.count({ where: { campaignId: { in: [empty.id, suppressed.id] } } })).toBe(0);
  });

  it("sends each recipient exactly one email in batches of at most 100 with a key per batch, through a 429 and a 5xx", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    const to = addresses(250, `r-${niche}-`);
    await makeLeads(niche, [...to, "bad address@example", "suppressed@example.com"]);
    await getDb().emailSuppression.create({ data: { address: "suppressed@example.com", reason: "MANUAL" } });
    const { id } = await makeCampaign(admin, niche, [
      { label: "A", percent: 50 },
      { label: "B", percent: 50 },
    ]);
    await sendCampaign(admin, id, {});
    // The fake allows 1 request a second while the pacer sends 2: 429s with retry-after. The first batch's first try gets a 500.
    fake.setRateLimit(1);
    fake.failNext(1, 500);
    await drain();
    const campaign = await getCampaign(id);
    expect(campaign.status).toBe("SENT");
    expect(campaign.job).toMatchObject({ status: "SUCCEEDED", processed: 252, total: 252 });
    for (const address of to) expect(fake.sentTo(address), address).toBe(1);
    expect(fake.sent).toHaveLength(250);
    const batchRequests = fake.requests.filter((r) => r.path === "/emails/batch");
    expect(batchRequests.some((r) => r.status === 429)).toBe(true);
    expect(batchRequests.some((r) => r.status === 500)).toBe(true);
    const accepted = batchRequests.filter((r) => r.status === 200);
    expect(accepted.map((r) => r.headers["idempotency-key"])).toEqual([1, 2, 3].map((n) => `campaign/${id}/batch/${n}`));
    expect(accepted.map((r) => (r.body as unknown[]).length)).toEqual([100, 100, 50]);
    const first = fake.sent[0];
    expect(first.headers?.["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/api\/unsubscribe\/.+>$/);
    expect(first.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(first.html).toMatch(/href="https?:\/\/[^"]+\/unsubscribe\/[^"]+"[^>]*>Unsubscribe/);

    const messages = await getDb().emailMessage.findMany({ where: { campaignId: id }, select: { toAddress: true, status: true, providerId: true, error: true, variantLabel: true } });
    const bad = messages.find((m) => m.toAddress === "bad address@example")!;
    expect(bad).toMatchObject({ status: "FAILED", providerId: null });
    expect(bad.error).toMatch(/Not a valid email address/);
    expect(messages.find((m) => m.toAddress === "suppressed@example.com")).toMatchObject({ status: "SUPPRESSED", error: "Suppressed: added by hand" });
    const sent = messages.filter((m) => m.status === "SENT");
    expect(sent).toHaveLength(250);
    expect(new Set(sent.map((m) => m.providerId)).size).toBe(250);
    expect(sent.filter((m) => m.variantLabel === "A")).toHaveLength(125);

    const stats = await getCampaignStats(id);
    expect(stats.counts).toMatchObject({ recipients: 252, sent: 250, suppressed: 1, failed: 1, queued: 0 });
    expect(stats.variants.map((v) => [v.label, v.counts.sent])).toEqual([["A", 125], ["B", 125]]);
  });

  it("sends again a batch the provider took but the job did not record, with the same key, so nobody gets two", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    const to = addresses(120, `k-${niche}-`);
    await makeLeads(niche, to);
    const { id } = await makeCampaign(admin, niche);
    await sendCampaign(admin, id, {});
    await drain();
    const replayKey = `campaign/${id}/batch/1`;
    const before = fake.sent.length;
    // Replaying the recorded batch request with its key sends nothing new (what a resumed job relies on).
    const request = fake.requests.find((r) => r.headers["idempotency-key"] === replayKey && r.status === 200)!;
    const replay = await fetch(`${fake.url}/emails/batch`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer re_test", "idempotency-key": replayKey }, body: request.rawBody });
    expect(replay.status).toBe(200);
    expect(fake.sent.length).toBe(before);
    for (const address of to) expect(fake.sentTo(address)).toBe(1);
  });

  it("pauses between batches, resumes at the next unsent batch, and cancels for good", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    // Ten batches at 2 requests a second: a pause after the first has seconds to take effect.
    const to = addresses(1000, `p-${niche}-`);
    await makeLeads(niche, to);
    const { id } = await makeCampaign(admin, niche);
    await sendCampaign(admin, id, {});
    const running = drain();
    // Pause once the first batch is recorded.
    for (let i = 0; i < 200 && (await getDb().emailMessage.count({ where: { campaignId: id, status: "SENT" } })) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await pauseCampaign(admin, id);
    await running;
    const paused = await getCampaign(id);
    expect(paused.status).toBe("PAUSED");
    expect(paused.job?.status).toBe("CANCELLED");
    const sentAtPause = await getDb().emailMessage.count({ where: { campaignId: id, status: "SENT" } });
    expect(sentAtPause).toBeGreaterThanOrEqual(100);
    expect(sentAtPause).toBeLessThan(1000);
    expect(sentAtPause % 100).toBe(0);
    expect(fake.sent).toHaveLength(sentAtPause);
    await expect(pauseCampaign(admin, id)).rejects.toBeInstanceOf(ConflictError);

    await resumeCampaign(admin, id);
    await drain();
    const resumed = await getCampaign(id);
    expect(resumed.status).toBe("SENT");
    expect(resumed.job).toMatchObject({ status: "SUCCEEDED", processed: 1000 });
    for (const address of to) expect(fake.sentTo(address)).toBe(1);

    // Cancel: a scheduled campaign never sends.
    const later = await makeCampaign(admin, niche);
    await sendCampaign({ ...admin, timeZone: "Europe/Nicosia" }, later.id, { sendAt: "2099-06-01T09:30" });
    const scheduled = await getCampaign(later.id);
    expect(scheduled).toMatchObject({ status: "SCHEDULED", timeZone: "Europe/Nicosia" });
    expect(scheduled.scheduledAt?.toISOString()).toBe("2099-06-01T06:30:00.000Z");
    await cancelCampaign(admin, later.id);
    expect(await getCampaign(later.id)).toMatchObject({ status: "CANCELLED", job: { status: "CANCELLED" } });
    await expect(resumeCampaign(admin, later.id)).rejects.toBeInstanceOf(ConflictError);
  }, 60_000);

  it("goes to the outbox without RESEND_API_KEY, storing each rendered email", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    await makeLeads(niche, ["o1@example.com", "o2@example.com"]);
    const { id } = await makeCampaign(admin, niche);
    delete process.env.RESEND_API_KEY;
    try {
      await sendCampaign(admin, id, {});
      await drain();
    } finally {
      process.env.RESEND_API_KEY = "re_test";
    }
    const messages = await getDb().emailMessage.findMany({ where: { campaignId: id }, select: { outbox: true, status: true, html: true, text: true, subject: true, fromAddress: true, sentAt: true, providerId: true } });
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.outbox && m.status === "SENT" && m.html?.includes("Unsubscribe") && m.text?.includes("Unsubscribe") && m.subject.startsWith("Hi Biz ") && m.fromAddress && m.providerId === null)).toBe(true);
    // Written as SQL (markBatchSent): the instants read back as dates and compare as Prisma's own do.
    expect(messages.every((m) => m.sentAt instanceof Date && Math.abs(m.sentAt.getTime() - Date.now()) < 60_000)).toBe(true);
    expect(await getDb().emailMessage.count({ where: { campaignId: id, sentAt: { gte: new Date(Date.now() - 60_000) }, status: "SENT" } })).toBe(2);
    expect(fake.sent).toHaveLength(0);
  });

  it("sends a test to yourself only", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    await makeLeads(niche, ["first@example.com"]);
    const { id } = await makeCampaign(admin, niche);
    const result = await testSendCampaign(admin, id, { variant: "A" });
    expect(result.to).toBe(admin.email);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0].subject).toBe("[Test] Hi Biz 0");
    expect(fake.sentTo("first@example.com")).toBe(0);
  });
});

describe("campaign stats", () => {
  it("count milestones per variant and name a leader only when the z-test says the difference is significant", async () => {
    const admin = await createTestUser("ADMIN");
    const niche = uniqueTag();
    const { id } = await makeCampaign(admin, niche, [
      { label: "A", percent: 50 },
      { label: "B", percent: 50 },
    ]);
    const at = new Date();
    const rows = (label: string, n: number, clicked: number) =>
      Array.from({ length: n }, (_, i) => ({ campaignId: id, toAddress: `${label}${i}-${niche}@example.com`, variantLabel: label, status: "DELIVERED" as const, sentAt: at, deliveredAt: at, openedAt: i < clicked * 2 ? at : null, clickedAt: i < clicked ? at : null }));
    await getDb().emailMessage.createMany({ data: [...rows("A", 200, 40), ...rows("B", 200, 20)] });
    const stats = await getCampaignStats(id);
    expect(stats.counts).toMatchObject({ sent: 400, delivered: 400, clicked: 60, opened: 120 });
    expect(stats.rates.click).toBeCloseTo(0.15);
    expect(stats.verdict).toMatchObject({ metric: "click", leader: "A", compared: ["A", "B"] });
    expect(stats.verdict!.test.pValue).toBeLessThan(0.05);

    // 22 against 20 clicks of 200: no significant difference yet.
    await getDb().emailMessage.updateMany({ where: { campaignId: id, variantLabel: "A", toAddress: { in: Array.from({ length: 18 }, (_, i) => `A${i + 22}-${niche}@example.com`) } }, data: { clickedAt: null } });
    const close = await getCampaignStats(id);
    expect(close.variants.find((v) => v.label === "A")!.counts.clicked).toBe(22);
    expect(close.verdict).toMatchObject({ metric: "click", leader: null });
  });
});

describe("campaign permissions and state rules", () => {
  it("let only the creator, a manager or an admin change a campaign, and only a draft be edited or deleted", async () => {
    const owner = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const niche = uniqueTag();
    await makeLeads(niche, ["perm@example.com"]);
    const campaign = await makeCampaign(owner, niche);
    const input = { name: "Renamed", templateId: campaign.templateId, segmentId: campaign.segmentId, split: [{ label: "A" as const, percent: 100 }] };
    await expect(updateCampaign(other, campaign.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendCampaign(other, campaign.id, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteCampaign(other, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await updateCampaign(manager, campaign.id, input);
    expect((await getCampaign(campaign.id)).name).toBe("Renamed");
    await expect(updateCampaign(owner, campaign.id, { ...input, split: [{ label: "A", percent: 60 }, { label: "B", percent: 30 }] })).rejects.toBeInstanceOf(ValidationError);
    const noVariant = await updateCampaign(owner, campaign.id, { ...input, split: [{ label: "A", percent: 50 }, { label: "B", percent: 50 }] }).catch((e: unknown) => e);
    expect((noVariant as ValidationError).fieldErrors).toEqual({ split: ["The template has no variant B"] });
    await sendCampaign(owner, campaign.id, { sendAt: "2099-01-01T10:00" });
    await expect(updateCampaign(owner, campaign.id, input)).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteCampaign(owner, campaign.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(pauseCampaign(other, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await cancelCampaign(manager, campaign.id);
  });
});

describe("/api/v1/campaigns", () => {
  it("creates, previews, sends and reports a campaign; a READ key cannot send", async () => {
    const admin = await createTestUser("ADMIN");
    const token = await apiToken(admin, "READ_WRITE");
    const readOnly = await apiToken(admin, "READ");
    const niche = uniqueTag();
    await makeLeads(niche, ["api1@example.com", "api2@example.com", null]);
    const template = await makeTemplate(admin);
    const segment = await createSegment(admin, { name: "API", kind: "LEADS", filters: { niche } });
    const created = await callApi("POST", "/api/v1/campaigns", { token, json: { name: "API campaign", templateId: template.id, segmentId: segment.id } });
    expect(created.status).toBe(201);
    const campaign = await bodyOf<{ id: string; status: string; split: unknown }>(created);
    expect(campaign).toMatchObject({ status: "DRAFT", split: [{ label: "A", percent: 100 }] });

    const patched = await callApi("PATCH", `/api/v1/campaigns/${campaign.id}`, { token, json: { name: "API campaign 2" } });
    expect(patched.status).toBe(200);
    expect((await bodyOf<{ name: string }>(patched)).name).toBe("API campaign 2");

    const preview = await callApi("POST", `/api/v1/campaigns/${campaign.id}/audience-preview`, { token });
    expect(preview.status).toBe(200);
    expect(await bodyOf(preview)).toMatchObject({ matched: 3, recipients: 2, leftOut: { noEmail: 1 } });

    expect((await callApi("POST", `/api/v1/campaigns/${campaign.id}/send`, { token: readOnly, json: {} })).status).toBe(403);
    const sent = await callApi("POST", `/api/v1/campaigns/${campaign.id}/send`, { token, json: {} });
    expect(sent.status).toBe(200);
    expect((await bodyOf<{ status: string }>(sent)).status).toBe("SENDING");
    expect((await callApi("DELETE", `/api/v1/campaigns/${campaign.id}`, { token })).status).toBe(409);
    await drain();
    const stats = await callApi("GET", `/api/v1/campaigns/${campaign.id}/stats`, { token: readOnly });
    expect(stats.status).toBe(200);
    expect(await bodyOf(stats)).toMatchObject({ counts: { sent: 2, recipients: 2 } });
    expect((await callApi("POST", `/api/v1/campaigns/${campaign.id}/pause`, { token })).status).toBe(409);
    const list = await bodyOf<{ data: Array<{ id: string; sent: number }> }>(await callApi("GET", "/api/v1/campaigns?status=SENT", { token }));
    expect(list.data.find((c) => c.id === campaign.id)?.sent).toBe(2);
    expect((await callApi("GET", "/api/v1/campaigns/nope!", { token })).status).toBe(404);
  });
});
