import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import resendWebhook from "@/pages/api/webhooks/resend";
import { getDb, isPostgres } from "@/server/db";
import { claimJobs } from "@/server/jobs/claim-jobs";
import { runJobNow } from "@/server/jobs/run-job-now";
import { emailEventsJob } from "@/server/services/email-events/email-events-job";
import { drainEmailEvents, EMAIL_EVENT_BATCH_SIZE } from "@/server/services/email-events/drain-email-events";
import { EMAIL_EVENTS_BATCH_WINDOW_MS } from "@/server/services/email-events/queue-email-events-job";
import { storeEmailEvent } from "@/server/services/email-events/store-email-event";
import { getLastWebhook, resetLastWebhookThrottle } from "@/server/services/email-events/last-webhook";
import { createContact } from "@/server/services/contacts/create-contact";
import { createLead } from "@/server/services/leads/create-lead";
import { createTestUser, leadStages, type TestActor } from "../support/factories";
import { receivedEmailEvent, resendFixture, type ResendFixtureEvent } from "../support/resend-webhook-fixtures";
import { sendRequest, serveNodeHandler, type ServedHandler } from "../support/serve-node-handler";
import { signResendWebhook, TEST_RESEND_WEBHOOK_SECRET } from "../support/sign-resend-webhook";

const OTHER_SECRET = `whsec_${Buffer.from("not-the-endpoint-secret").toString("base64")}`;

let sales: TestActor;
let route: ServedHandler;

beforeAll(async () => {
  route = await serveNodeHandler(resendWebhook);
  sales = await createTestUser("SALES");
  await createTestUser("ADMIN");
});

beforeEach(() => {
  vi.stubEnv("RESEND_WEBHOOK_SECRET", TEST_RESEND_WEBHOOK_SECRET);
  resetLastWebhookThrottle();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => route.close());

/** Posts `body` with `headers` to the route, served over HTTP as `next start` serves it. */
function post(body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return sendRequest(route.url, { headers: { "content-type": "application/json", ...headers }, body });
}

/** Posts an event signed with the test secret (or `options`), optionally under a given svix-id. */
function postSigned(event: unknown, options: Parameters<typeof signResendWebhook>[1] = {}): Promise<Response> {
  const body = JSON.stringify(event);
  return post(body, signResendWebhook(body, options));
}

/** Runs the EMAIL_EVENTS jobs the webhooks queued, as a worker would, without waiting out their batch window. */
async function processEvents(): Promise<void> {
  await getDb().job.updateMany({ where: { type: "EMAIL_EVENTS", status: "QUEUED" }, data: { runAt: new Date() } });
  const jobs = await getDb().job.findMany({ where: { type: "EMAIL_EVENTS", status: "QUEUED" }, select: { id: true } });
  for (const job of jobs) expect(await runJobNow(emailEventsJob, job.id, { pollMs: 20 })).toBe("SUCCEEDED");
}

async function counts() {
  const db = getDb();
  const [events, jobs, suppressions, activities] = await Promise.all([db.emailEvent.count(), db.job.count(), db.emailSuppression.count(), db.activity.count()]);
  return { events, jobs, suppressions, activities };
}

/** An email Leadwell sent through Resend to a new lead (with a contact-free lead unless `contact`). */
async function sentEmail({ toAddress = `${randomUUID().slice(0, 8)}@example.test` }: { toAddress?: string } = {}) {
  const lead = await createLead(sales, { name: `Lead ${toAddress}`, email: toAddress });
  const providerId = randomUUID();
  const message = await getDb().emailMessage.create({
    data: { providerId, toAddress, subject: "Your new website", status: "SENT", sentAt: new Date(), leadId: lead.id, sentById: sales.id },
    select: { id: true },
  });
  return { leadId: lead.id, messageId: message.id, providerId, toAddress };
}

const event = (type: string, providerId: string, data: Record<string, unknown> = {}, createdAt?: Date): ResendFixtureEvent =>
  resendFixture(type, { data: { email_id: providerId, ...data }, createdAt });

async function expectProblem(response: Response, status: number, label: string): Promise<void> {
  expect(response.status, label).toBe(status);
  expect(response.headers.get("content-type"), label).toContain("application/problem+json");
  expect((await response.json()).status, label).toBe(status);
}

describe("POST /api/webhooks/resend refuses bad input and stores nothing", () => {
  it("bad or missing signatures, stale or future timestamps, oversized bodies, invalid JSON: 401/413/400, nothing stored, the refusal recorded", async () => {
    const { providerId } = await sentEmail();
    const body = JSON.stringify(event("email.delivered", providerId));
    const good = signResendWebhook(body);
    const without = (name: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== name));
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    const big = JSON.stringify({ ...event("email.delivered", providerId), padding: "x".repeat(1024 * 1024) });
    const cases: Array<[string, string, Record<string, string>, number, string]> = [
      ["signed with another secret", body, signResendWebhook(body, { secret: OTHER_SECRET }), 401, "bad_signature"],
      ["body changed after signing", body.replace("delivered@", "attacker@"), good, 401, "bad_signature"],
      ["signature of another svix-id", body, { ...good, "svix-id": "msg_other" }, 401, "bad_signature"],
      ["no headers", body, {}, 401, "missing_headers"],
      ["no svix-id", body, without("svix-id"), 401, "missing_headers"],
      ["no svix-timestamp", body, without("svix-timestamp"), 401, "missing_headers"],
      ["no svix-signature", body, without("svix-signature"), 401, "missing_headers"],
      ["a timestamp that is not a number", body, { ...good, "svix-timestamp": "yesterday" }, 401, "malformed_headers"],
      ["signed 6 minutes ago", body, signResendWebhook(body, { timestamp: minutes(-6) }), 401, "timestamp_too_old"],
      ["signed 6 minutes ahead", body, signResendWebhook(body, { timestamp: minutes(6) }), 401, "timestamp_too_new"],
      ["a body over 1 MB, signed", big, signResendWebhook(big), 413, "body_too_large"],
      ["a body over 1 MB without a length (chunked), signed", big, { ...signResendWebhook(big), "transfer-encoding": "chunked" }, 413, "body_too_large"],
      ["invalid JSON, signed", "{not json", signResendWebhook("{not json"), 400, "invalid_json"],
      ["an empty body, signed", "", signResendWebhook(""), 400, "invalid_json"],
      ["JSON that is not an event, signed", '{"test": 2432232314}', signResendWebhook('{"test": 2432232314}'), 400, "invalid_event"],
      ["a clicked event without its click, signed", JSON.stringify({ ...event("email.opened", providerId), type: "email.clicked" }), {}, 400, "invalid_event"],
    ];
    const before = await counts();
    for (const [label, payload, headers, status, reason] of cases) {
      const signed = label.startsWith("a clicked event") ? signResendWebhook(payload as string) : headers;
      resetLastWebhookThrottle();
      await expectProblem(await post(payload, signed), status, label);
      expect(await getLastWebhook(), label).toMatchObject({ verified: false, reason });
    }
    expect(await counts()).toEqual(before);
  });

  it("answers any method but POST with 405 and Allow: POST; nothing stored", async () => {
    const before = await counts();
    const body = JSON.stringify(resendFixture("email.delivered"));
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const response = await sendRequest(route.url, { method, headers: { "content-type": "application/json", ...signResendWebhook(body) }, body: method === "GET" ? undefined : body });
      await expectProblem(response, 405, method);
      expect(response.headers.get("allow"), method).toBe("POST");
    }
    expect(await counts()).toEqual(before);
  });

  it("answers 503 while RESEND_WEBHOOK_SECRET is unset, but 401 to an unsigned caller; nothing stored", async () => {
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "");
    const before = await counts();
    const body = JSON.stringify(resendFixture("email.delivered"));
    await expectProblem(await post(body, signResendWebhook(body)), 503, "signed");
    expect(await getLastWebhook()).toMatchObject({ verified: false, reason: "secret_not_configured" });
    await expectProblem(await post(body), 401, "unsigned");
    expect(await counts()).toEqual(before);
  });

  it("a replayed svix-id is a 200 that stores and changes nothing, also when two deliveries race", async () => {
    const { providerId, messageId } = await sentEmail();
    const id = `msg_${randomUUID()}`;
    const first = await postSigned(event("email.delivered", providerId), { id });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    expect(await getLastWebhook()).toMatchObject({ verified: true });
    const after = await counts();

    // Resend's retry, and an attacker replaying a captured request with another payload under the same id.
    const replay = await postSigned(event("email.delivered", providerId), { id });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    expect((await postSigned(event("email.bounced", providerId), { id })).status).toBe(200);
    expect(await counts()).toEqual(after);

    const raceId = `msg_${randomUUID()}`;
    const racing = await Promise.all(Array.from({ length: 5 }, () => postSigned(event("email.opened", providerId), { id: raceId })));
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await Promise.all(racing.map((r) => r.json()))).filter((b) => !b.duplicate)).toHaveLength(1);
    expect(await getDb().emailEvent.count({ where: { svixId: raceId } })).toBe(1);

    await processEvents();
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, bouncedAt: true } });
    expect(message).toEqual({ status: "OPENED", bouncedAt: null });
  });

  it("a webhook that arrives while a transaction holds the database is stored, once, when it ends", async () => {
    const { providerId } = await sentEmail();
    const id = `msg_${randomUUID()}`;
    let response: Promise<Response> | undefined;
    await getDb().$transaction(async (tx) => {
      await tx.setting.upsert({ where: { key: "held" }, create: { key: "held", value: 1 }, update: { value: 2 } });
      response = postSigned(event("email.delivered", providerId), { id });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // SQLite: the event's fast write found the database locked and waits its turn through Prisma.
      if (!isPostgres()) expect(await tx.emailEvent.count({ where: { svixId: id } })).toBe(0);
    });
    expect((await response!).status).toBe(200);
    expect(await getDb().emailEvent.count({ where: { svixId: id } })).toBe(1);
    await processEvents();
    expect(await getDb().emailEvent.findUniqueOrThrow({ where: { svixId: id }, select: { outcome: true } })).toEqual({ outcome: "PROCESSED" });
  });

  it("stores an unknown event type and ignores it; keeps an event about an unknown email as an orphan", async () => {
    const before = await counts();
    const unknownType = { type: "contact.created", created_at: new Date().toISOString(), data: { id: randomUUID(), email: "someone@example.test" } };
    const futureType = { type: "email.teleported", created_at: new Date().toISOString(), data: { email_id: randomUUID() } };
    const orphanId = randomUUID();
    for (const payload of [unknownType, futureType, event("email.delivered", orphanId), event("email.bounced", orphanId)]) {
      expect((await postSigned(payload)).status).toBe(200);
    }
    await processEvents();
    const stored = await getDb().emailEvent.findMany({ where: { type: { in: ["contact.created", "email.teleported"] } }, select: { outcome: true, processedAt: true } });
    expect(stored.map((e) => e.outcome)).toEqual(["IGNORED", "IGNORED"]);
    const orphans = await getDb().emailEvent.findMany({ where: { providerEmailId: orphanId }, select: { outcome: true, messageId: true, processedAt: true } });
    expect(orphans).toHaveLength(2);
    for (const orphan of orphans) expect(orphan).toMatchObject({ outcome: "ORPHAN", messageId: null, processedAt: expect.any(Date) });
    const after = await counts();
    // Nothing but the four events and the job that processed them: no suppression for the orphan bounce.
    expect({ ...after, jobs: before.jobs }).toEqual({ ...before, events: before.events + 4 });
  });
});

describe("EMAIL_EVENTS processing", () => {
  it("moves the status only forward whatever the order, and sets each milestone once, to the earliest instant", async () => {
    const { providerId, messageId } = await sentEmail();
    const t = (s: number) => new Date(Date.UTC(2026, 4, 4, 10, 0, s));
    for (const [type, at] of [["email.opened", t(30)], ["email.delivered", t(10)], ["email.sent", t(0)], ["email.opened", t(40)], ["email.delivery_delayed", t(5)]] as const) {
      expect((await postSigned(event(type, providerId, {}, at))).status).toBe(200);
    }
    await processEvents();
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, deliveredAt: true, openedAt: true, statusAt: true } });
    expect(message).toEqual({ status: "OPENED", deliveredAt: t(10), openedAt: t(30), statusAt: t(30) });

    // A late delivered arriving in a later batch, after the open was applied: still OPENED.
    expect((await postSigned(event("email.delivered", providerId, {}, t(50)))).status).toBe(200);
    await processEvents();
    expect(await getDb().emailMessage.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, deliveredAt: true } })).toEqual({ status: "OPENED", deliveredAt: t(10) });
    const outcomes = await getDb().emailEvent.findMany({ where: { providerEmailId: providerId }, select: { outcome: true, messageId: true } });
    expect(outcomes.every((e) => e.outcome === "PROCESSED" && e.messageId === messageId)).toBe(true);
  });

  it("writes the first open, each click with its link and a bounce on the lead's timeline; a soft bounce does not suppress", async () => {
    const { providerId, messageId, leadId, toAddress } = await sentEmail();
    await postSigned(event("email.opened", providerId));
    await postSigned(event("email.opened", providerId));
    await postSigned(event("email.clicked", providerId, { click: { ipAddress: "122.115.53.11", link: "https://example.test/offer", timestamp: "2026-05-04T10:00:00.000Z", userAgent: "Mozilla/5.0" } }));
    await postSigned(event("email.bounced", providerId, { bounce: { type: "Transient", subType: "MailboxFull", message: "Mailbox full" } }));
    await processEvents();
    const activities = await getDb().activity.findMany({
      where: { leadId, emailMessageId: messageId },
      orderBy: { type: "asc" },
      select: { type: true, subject: true, body: true, data: true, authorId: true, occurredAt: true },
    });
    expect(activities.map((a) => a.type).sort()).toEqual(["EMAIL_BOUNCED", "EMAIL_CLICKED", "EMAIL_OPENED"]);
    const click = activities.find((a) => a.type === "EMAIL_CLICKED");
    expect(click).toMatchObject({ subject: "Your new website", data: { kind: "clicked", link: "https://example.test/offer" }, authorId: null, occurredAt: new Date("2026-05-04T10:00:00.000Z") });
    expect(click?.body).toContain("https://example.test/offer");
    expect(activities.find((a) => a.type === "EMAIL_BOUNCED")?.body).toContain("Mailbox full");
    expect(await getDb().emailSuppression.findUnique({ where: { address: toAddress } })).toBeNull();
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, clickedAt: true, openedAt: true, bouncedAt: true } });
    expect(message.status).toBe("BOUNCED");
    expect(message.clickedAt && message.openedAt && message.bouncedAt).toBeTruthy();
  });

  it("a hard bounce (Resend's documented example) and a complaint suppress the address, once", async () => {
    const bounced = await sentEmail({ toAddress: `Hard.Bounce.${randomUUID().slice(0, 6)}@Example.test`.toLowerCase() });
    const complained = await sentEmail();
    await postSigned(event("email.bounced", bounced.providerId));
    await postSigned(event("email.bounced", bounced.providerId));
    await postSigned(event("email.complained", complained.providerId));
    await processEvents();
    const hard = await getDb().emailSuppression.findUniqueOrThrow({ where: { address: bounced.toAddress }, select: { reason: true, messageId: true, note: true } });
    expect(hard).toMatchObject({ reason: "HARD_BOUNCE", messageId: bounced.messageId });
    expect(hard.note).toContain("suppression list");
    expect(await getDb().emailSuppression.findUniqueOrThrow({ where: { address: complained.toAddress }, select: { reason: true, messageId: true } })).toEqual({ reason: "COMPLAINT", messageId: complained.messageId });
    expect(await getDb().emailMessage.findUniqueOrThrow({ where: { id: complained.messageId }, select: { status: true } })).toEqual({ status: "COMPLAINED" });
    expect(await getDb().activity.count({ where: { emailMessageId: bounced.messageId, type: "EMAIL_BOUNCED" } })).toBe(2);
  });

  it("failed and suppressed events set the status with Resend's reason", async () => {
    const failed = await sentEmail();
    const suppressed = await sentEmail();
    await postSigned(event("email.failed", failed.providerId));
    await postSigned(event("email.suppressed", suppressed.providerId));
    await processEvents();
    expect(await getDb().emailMessage.findUniqueOrThrow({ where: { id: failed.messageId }, select: { status: true, error: true } })).toEqual({ status: "FAILED", error: "reached_daily_quota" });
    const row = await getDb().emailMessage.findUniqueOrThrow({ where: { id: suppressed.messageId }, select: { status: true, error: true } });
    expect(row.status).toBe("SUPPRESSED");
    expect(row.error).toContain("OnAccountSuppressionList");
  });

  it("email.received from a lead's address is an inbound EMAIL that moves the lead to Replied; from a contact's, on the contact; from a stranger, an orphan", async () => {
    const stages = await leadStages();
    const { leadId, toAddress } = await sentEmail();
    const contactAddress = `${randomUUID().slice(0, 8)}@client.test`;
    const contact = await createContact(sales, { firstName: "Maria", lastName: "Ioannou", email: contactAddress });
    await postSigned(receivedEmailEvent({ from: `Latchi Tavern <${toAddress.toUpperCase()}>`, subject: "Re: Your new website" }));
    await postSigned(receivedEmailEvent({ from: contactAddress, subject: "Question" }));
    const stranger = receivedEmailEvent({ from: "nobody@unknown.test" });
    await postSigned(stranger);
    await processEvents();

    const reply = await getDb().activity.findFirstOrThrow({ where: { leadId, type: "EMAIL" }, select: { direction: true, subject: true, authorId: true } });
    expect(reply).toEqual({ direction: "INBOUND", subject: "Re: Your new website", authorId: sales.id });
    const lead = await getDb().lead.findUniqueOrThrow({ where: { id: leadId }, select: { stageId: true } });
    expect(lead.stageId).toBe(stages.Replied);
    expect(await getDb().activity.count({ where: { leadId, type: "STAGE_CHANGED" } })).toBe(1);
    expect(await getDb().activity.count({ where: { contactId: contact.id, type: "EMAIL", direction: "INBOUND" } })).toBe(1);
    const orphan = await getDb().emailEvent.findFirstOrThrow({ where: { providerEmailId: stranger.data.email_id }, select: { outcome: true } });
    expect(orphan.outcome).toBe("ORPHAN");
  });

  it("an event that arrived before its send stored Resend's id is adopted by the next drain", async () => {
    const providerId = randomUUID();
    await postSigned(event("email.sent", providerId));
    await processEvents();
    expect((await getDb().emailEvent.findFirstOrThrow({ where: { providerEmailId: providerId }, select: { outcome: true } })).outcome).toBe("ORPHAN");
    const message = await getDb().emailMessage.create({ data: { providerId, toAddress: "late@example.test", status: "QUEUED" }, select: { id: true } });
    await postSigned(event("email.delivered", providerId));
    await processEvents();
    const events = await getDb().emailEvent.findMany({ where: { providerEmailId: providerId }, select: { outcome: true, messageId: true } });
    expect(events).toEqual([
      { outcome: "PROCESSED", messageId: message.id },
      { outcome: "PROCESSED", messageId: message.id },
    ]);
    expect(await getDb().emailMessage.findUniqueOrThrow({ where: { id: message.id }, select: { status: true, sentAt: true } })).toMatchObject({ status: "DELIVERED", sentAt: expect.any(Date) });
  });

  it("the drain finds recent orphans through the (outcome, processedAt) index, not by reading every event processed in the window", async () => {
    // adoptOrphanEvents' query; the (processedAt, receivedAt) index alone would read all of the last 10 minutes' events.
    const where = `"outcome" = 'ORPHAN' AND "processedAt" >= ${isPostgres() ? "now()" : "0"} AND "providerEmailId" IS NOT NULL AND "type" <> 'email.received'`;
    const sql = `SELECT "id", "providerEmailId" FROM "EmailEvent" WHERE ${where} ORDER BY "processedAt" DESC LIMIT 500`;
    const plan = isPostgres()
      ? await getDb().$transaction(async (tx) => {
          // The test database is small enough for a sequential scan to win; what matters is that the index serves the query.
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          return JSON.stringify(await tx.$queryRawUnsafe(`EXPLAIN (FORMAT JSON) ${sql}`));
        })
      : (await getDb().$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`)).map((step) => step.detail).join("\n");
    expect(plan).toContain("EmailEvent_outcome_processedAt_idx");
  });

  it("a long drain pauses between its batches: an event stored while it runs is written before it ends", async () => {
    const { providerId } = await sentEmail();
    const store = () => storeEmailEvent({ svixId: randomUUID(), event: event("email.delivered", providerId) as never });
    await Promise.all(Array.from({ length: EMAIL_EVENT_BATCH_SIZE * 4 }, store));
    let drained = false;
    const drain = drainEmailEvents({ addProgress: async () => undefined }).then((count) => {
      drained = true;
      return count;
    });
    // On SQLite a batch runs synchronously: without the pause, this store's write (after a turn of
    // the event loop) would wait until the last batch had committed.
    expect(await store()).toBe(true);
    expect(drained).toBe(false);
    expect(await drain).toBe(EMAIL_EVENT_BATCH_SIZE * 4 + 1);
    expect(await getDb().emailEvent.count({ where: { processedAt: null } })).toBe(0);
  });

  it("one queued job serves a burst; a webhook stored while the job runs queues the next one, so none is left unprocessed", async () => {
    const { providerId } = await sentEmail();
    await getDb().job.deleteMany({ where: { type: "EMAIL_EVENTS" } });
    const firstStored = Date.now();
    for (let i = 0; i < 5; i++) await postSigned(event("email.delivered", providerId));
    expect(await getDb().job.count({ where: { type: "EMAIL_EVENTS", status: "QUEUED" } })).toBe(1);
    const [job] = await getDb().job.findMany({ where: { type: "EMAIL_EVENTS" }, select: { id: true, runAt: true } });
    // It runs once the batch window after the first event has passed, for every event stored meanwhile.
    expect(job.runAt.getTime()).toBeGreaterThanOrEqual(firstStored + EMAIL_EVENTS_BATCH_WINDOW_MS);
    expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now() + EMAIL_EVENTS_BATCH_WINDOW_MS);
    expect(await claimJobs({ workerId: "test", now: new Date(), leaseMs: 60_000, limit: 10, types: [emailEventsJob] })).toEqual([]);
    // The job takes its lease and gives up its key; a webhook arriving now queues a second job.
    await getDb().job.update({ where: { id: job.id }, data: { status: "RUNNING", uniqueKey: null, leaseOwner: "elsewhere", leaseUntil: new Date(Date.now() + 60_000) } });
    await postSigned(event("email.opened", providerId));
    expect(await getDb().job.count({ where: { type: "EMAIL_EVENTS", status: "QUEUED" } })).toBe(1);
    await getDb().job.update({ where: { id: job.id }, data: { status: "SUCCEEDED", leaseOwner: null, leaseUntil: null } });
    await processEvents();
    expect(await getDb().emailEvent.count({ where: { processedAt: null } })).toBe(0);
    // The handler gave its key up as it started (a finished job that kept it would show it here).
    const keys = await getDb().job.findMany({ where: { type: "EMAIL_EVENTS" }, select: { uniqueKey: true } });
    expect(keys.map((k) => k.uniqueKey)).toEqual([null, null]);
  });
});
