import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Resend } from "resend";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OutgoingEmail } from "@/server/email/resend-call";
import { createResendClient, isEmailProviderConfigured } from "@/server/email/resend-client";
import { createRequestPacer } from "@/server/email/resend-request-pacer";
import { sendEmail } from "@/server/email/send-email";
import { MAX_EMAILS_PER_BATCH, sendEmailBatch } from "@/server/email/send-email-batch";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend-server";

const API_KEY = "re_test_key";

function email(to: string, extra: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    from: "Leadwell <outreach@leadwell.test>",
    to,
    subject: `Hello ${to}`,
    html: `<p>Hello ${to}</p>`,
    text: `Hello ${to}`,
    ...extra,
  };
}

const batchOf = (count: number, prefix = "r") => Array.from({ length: count }, (_, i) => email(`${prefix}${i}@example.com`));

let fake: FakeResend;
let client: Resend;

beforeEach(async () => {
  fake = await startFakeResend({ requestsPerSecond: null, apiKey: API_KEY });
  client = createResendClient({ RESEND_API_KEY: API_KEY, RESEND_BASE_URL: fake.url })!;
});

afterEach(async () => {
  await fake.close();
});

describe("createResendClient", () => {
  it("builds no client without an API key, so callers use the local outbox", () => {
    expect(isEmailProviderConfigured({})).toBe(false);
    expect(isEmailProviderConfigured({ RESEND_API_KEY: "  " })).toBe(false);
    expect(createResendClient({ RESEND_BASE_URL: fake.url })).toBeNull();
    expect(isEmailProviderConfigured({ RESEND_API_KEY: API_KEY })).toBe(true);
  });

  it("points the SDK at RESEND_BASE_URL (trailing slash or not) and refuses a non-http URL", async () => {
    const withSlash = createResendClient({ RESEND_API_KEY: API_KEY, RESEND_BASE_URL: `${fake.url}/` })!;
    expect(withSlash.baseUrl).toBe(fake.url);
    expect(createResendClient({ RESEND_API_KEY: API_KEY })!.baseUrl).toBe("https://api.resend.com");
    expect(() => createResendClient({ RESEND_API_KEY: API_KEY, RESEND_BASE_URL: "not a url" })).toThrow(/RESEND_BASE_URL/);
    expect(() => createResendClient({ RESEND_API_KEY: API_KEY, RESEND_BASE_URL: "ftp://127.0.0.1" })).toThrow(/http/);
    const result = await sendEmail({ client: withSlash, email: email("a@example.com"), pacer: null });
    expect(result).toMatchObject({ ok: true });
    expect(fake.requests[0].path).toBe("/emails");
  });

  it("the SDK itself reads RESEND_BASE_URL from the environment when it is built", async () => {
    vi.stubEnv("RESEND_BASE_URL", fake.url);
    try {
      const sdk = new Resend(API_KEY);
      const { data, error } = await sdk.emails.send({ from: "a@leadwell.test", to: "b@example.com", subject: "s", html: "<p>x</p>" });
      expect(error).toBeNull();
      expect(data?.id).toBe(fake.sent[0].id);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("sendEmailBatch through the real SDK and the fake Resend", () => {
  it("sends the batch in one call and returns the ids in the order of the emails", async () => {
    const emails = [
      email("ann@example.com", {
        replyTo: "owner@leadwell.test",
        headers: { "List-Unsubscribe": "<https://crm.test/u/tok>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        tags: [{ name: "campaign", value: "c1" }],
      }),
      email("Bob <BOB@example.com>"),
      email("cy@example.com"),
    ];
    const result = await sendEmailBatch({ client, emails, idempotencyKey: "campaign-c1/batch-0", pacer: null });
    if (!result.ok) throw new Error(`${result.kind}: ${result.message}`);
    expect(result.ids).toEqual(fake.sent.map((sent) => sent.id));
    expect(fake.sent.map((sent) => sent.to)).toEqual([["ann@example.com"], ["bob@example.com"], ["cy@example.com"]]);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails/batch", status: 200 });
    expect(request.headers["idempotency-key"]).toBe("campaign-c1/batch-0");
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers["x-batch-validation"]).toBe("strict");
    expect((request.body as unknown[])[0]).toMatchObject({
      from: "Leadwell <outreach@leadwell.test>",
      to: "ann@example.com",
      subject: "Hello ann@example.com",
      html: "<p>Hello ann@example.com</p>",
      text: "Hello ann@example.com",
      reply_to: "owner@leadwell.test",
      headers: { "List-Unsubscribe": "<https://crm.test/u/tok>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      tags: [{ name: "campaign", value: "c1" }],
    });
    expect(fake.sent[0].headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("sends a full batch of 100 in one call", async () => {
    const result = await sendEmailBatch({ client, emails: batchOf(MAX_EMAILS_PER_BATCH), idempotencyKey: "full", pacer: null });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.ids).toHaveLength(100);
    expect(fake.requests).toHaveLength(1);
    expect(fake.sentTo("r99@example.com")).toBe(1);
  });

  it("refuses more than 100 emails before calling Resend; Resend itself answers 422", async () => {
    await expect(sendEmailBatch({ client, emails: batchOf(101), idempotencyKey: "too-many", pacer: null })).rejects.toThrow(RangeError);
    await expect(sendEmailBatch({ client, emails: [], idempotencyKey: "none", pacer: null })).rejects.toThrow(RangeError);
    expect(fake.requests).toHaveLength(0);

    const { data, error } = await client.batch.send(batchOf(101).map((e) => ({ from: e.from, to: e.to, subject: e.subject, html: e.html })));
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(fake.sent).toHaveLength(0);
  });

  it("a retried batch with the same Idempotency-Key gets the same ids and sends nothing twice", async () => {
    const emails = batchOf(5);
    const first = await sendEmailBatch({ client, emails, idempotencyKey: "campaign-c2/batch-3", pacer: null });
    const again = await sendEmailBatch({ client, emails, idempotencyKey: "campaign-c2/batch-3", pacer: null });
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(fake.requests).toHaveLength(2);
    expect(fake.sent).toHaveLength(5);
    for (let i = 0; i < 5; i++) expect(fake.sentTo(`r${i}@example.com`)).toBe(1);

    // Another batch under another key is sent.
    expect(await sendEmailBatch({ client, emails, idempotencyKey: "campaign-c2/batch-4", pacer: null })).toMatchObject({ ok: true });
    expect(fake.sentTo("r0@example.com")).toBe(2);
  });

  it("the same key with other emails is a permanent 409", async () => {
    await sendEmailBatch({ client, emails: batchOf(2), idempotencyKey: "k", pacer: null });
    const result = await sendEmailBatch({ client, emails: batchOf(2, "other"), idempotencyKey: "k", pacer: null });
    expect(result).toMatchObject({ ok: false, kind: "permanent", retryable: false, statusCode: 409, code: "invalid_idempotent_request" });
    expect(fake.sentTo("other0@example.com")).toBe(0);
  });

  it("a 429 is rate_limited with the wait from retry-after, and holds the pacer that long", async () => {
    fake.setRateLimit(2);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await sendEmailBatch({ client, emails: batchOf(1, `b${i}-`), idempotencyKey: `rl-${i}`, pacer: null }));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ ok: false, kind: "rate_limited", retryable: true, statusCode: 429, code: "rate_limit_exceeded", retryAfterMs: 1000 });
    expect(fake.sentTo("b2-0@example.com")).toBe(0);

    const pacer = createRequestPacer({ requestsPerSecond: 100 });
    const limited = await sendEmailBatch({ client, emails: batchOf(1), idempotencyKey: "rl-3", pacer });
    expect(limited).toMatchObject({ kind: "rate_limited" });
    expect(pacer.reserve()).toBeGreaterThan(900);
  });

  it("answers with Resend's rate limit headers", async () => {
    fake.setRateLimit(2);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await client.emails.send({ from: "a@leadwell.test", to: `x${i}@example.com`, subject: "s", html: "h" }));
    expect(answers[0].headers).toMatchObject({ "ratelimit-limit": "2", "ratelimit-remaining": "1" });
    expect(answers[2].error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(answers[2].headers).toMatchObject({ "ratelimit-limit": "2", "ratelimit-remaining": "0", "ratelimit-reset": expect.stringMatching(/^\d+$/), "retry-after": "1" });
  });

  it("paced at the fake's limit, a run of batches meets no 429", async () => {
    fake.setRateLimit(10);
    const pacer = createRequestPacer({ requestsPerSecond: 10 });
    const started = performance.now();
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await sendEmailBatch({ client, emails: batchOf(3, `p${i}-`), idempotencyKey: `paced-${i}`, pacer }));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    expect(fake.sent).toHaveLength(24);
    // 8 requests 100 ms apart.
    expect(performance.now() - started).toBeGreaterThanOrEqual(690);
  });

  it("5xx on demand is transient and retryable; the retry with the same key sends once", async () => {
    fake.failNext(2, 500);
    const emails = batchOf(2);
    const first = await sendEmailBatch({ client, emails, idempotencyKey: "flaky", pacer: null });
    expect(first).toMatchObject({ ok: false, kind: "transient", retryable: true, statusCode: 500 });
    fake.failNext(1, 503);
    expect(await sendEmailBatch({ client, emails, idempotencyKey: "flaky", pacer: null })).toMatchObject({ kind: "transient", statusCode: 503 });
    expect(fake.sent).toHaveLength(0);
    const third = await sendEmailBatch({ client, emails, idempotencyKey: "flaky", pacer: null });
    expect(third).toMatchObject({ ok: true });
    expect(fake.sentTo("r0@example.com")).toBe(1);
  });

  it("a slow answer times out as transient; a retry while the first is running is told to wait; later it gets the first ids", async () => {
    fake.setDelay(800);
    const emails = batchOf(3);
    const timedOut = await sendEmailBatch({ client, emails, idempotencyKey: "slow", pacer: null, timeoutMs: 100 });
    expect(timedOut).toMatchObject({ ok: false, kind: "transient", retryable: true, code: "timeout", statusCode: null });
    // Resend got it and sent it; only the answer was lost.
    expect(fake.sent).toHaveLength(3);

    fake.setDelay(0);
    const meanwhile = await sendEmailBatch({ client, emails, idempotencyKey: "slow", pacer: null });
    expect(meanwhile).toMatchObject({ ok: false, kind: "transient", statusCode: 409, code: "concurrent_idempotent_requests" });

    await new Promise((resolve) => setTimeout(resolve, 850));
    const later = await sendEmailBatch({ client, emails, idempotencyKey: "slow", pacer: null });
    expect(later).toEqual({ ok: true, ids: fake.sent.map((sent) => sent.id) });
    expect(fake.sent).toHaveLength(3);
    expect(fake.sentTo("r2@example.com")).toBe(1);
  });

  it("the caller's abort is transient / aborted", async () => {
    fake.setDelay(300);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await sendEmailBatch({ client, emails: batchOf(1), idempotencyKey: "abort", pacer: null, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, kind: "transient", code: "aborted" });
  });

  it("a network failure is transient", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const nowhere = createResendClient({ RESEND_API_KEY: API_KEY, RESEND_BASE_URL: `http://127.0.0.1:${port}` })!;
    const result = await sendEmailBatch({ client: nowhere, emails: batchOf(1), idempotencyKey: "net", pacer: null });
    expect(result).toMatchObject({ ok: false, kind: "transient", retryable: true, code: "network_error", statusCode: null });
  });

  it("an invalid email refuses the whole batch as permanent, with Resend's message", async () => {
    const result = await sendEmailBatch({ client, emails: [email("ok@example.com"), email("not-an-address")], idempotencyKey: "bad", pacer: null });
    expect(result).toMatchObject({ ok: false, kind: "permanent", retryable: false, statusCode: 422, code: "validation_error" });
    expect(!result.ok && result.message).toMatch(/emails\[1\].*`to`/);
    expect(fake.sent).toHaveLength(0);
  });

  it("a wrong API key is permanent", async () => {
    const wrong = createResendClient({ RESEND_API_KEY: "re_wrong", RESEND_BASE_URL: fake.url })!;
    expect(await sendEmailBatch({ client: wrong, emails: batchOf(1), idempotencyKey: "auth", pacer: null })).toMatchObject({
      kind: "permanent",
      statusCode: 403,
      code: "invalid_api_key",
    });
  });

  it("refuses an Idempotency-Key Resend would refuse", async () => {
    await expect(sendEmailBatch({ client, emails: batchOf(1), idempotencyKey: "", pacer: null })).rejects.toThrow(RangeError);
    await expect(sendEmailBatch({ client, emails: batchOf(1), idempotencyKey: "k".repeat(257), pacer: null })).rejects.toThrow(RangeError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("sendEmail", () => {
  it("sends one email and classifies like the batch; a replay with the key sends nothing", async () => {
    const first = await sendEmail({ client, email: email("solo@example.com"), idempotencyKey: "email/act-1", pacer: null });
    const again = await sendEmail({ client, email: email("solo@example.com"), idempotencyKey: "email/act-1", pacer: null });
    expect(first).toEqual({ ok: true, id: fake.sent[0].id });
    expect(again).toEqual(first);
    expect(fake.sentTo("solo@example.com")).toBe(1);
    expect(fake.requests.map((r) => r.path)).toEqual(["/emails", "/emails"]);

    fake.failNext(1, 502);
    expect(await sendEmail({ client, email: email("solo@example.com"), pacer: null })).toMatchObject({ kind: "transient", statusCode: 502 });
    expect(await sendEmail({ client, email: email("solo@example.com", { subject: "" }), pacer: null })).toMatchObject({ kind: "permanent", statusCode: 422 });
  });
});

describe("the fake Resend", () => {
  it("listens on 127.0.0.1 and answers unknown paths like Resend", async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${fake.url}/domains`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, name: "not_found" });
    const noKey = await fetch(`${fake.url}/emails`, { method: "POST", body: "{}" });
    expect(await noKey.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });
  });

  it("shows what it sent to another process at GET /_fake/sent, outside the log and the limit", async () => {
    fake.setRateLimit(1);
    await sendEmail({ client, email: email("seen@example.com"), pacer: null });
    const response = await fetch(`${fake.url}/_fake/sent`);
    expect(await response.json()).toEqual([expect.objectContaining({ id: fake.sent[0].id, to: ["seen@example.com"], subject: "Hello seen@example.com" })]);
    expect(fake.requests).toHaveLength(1);
  });

  it("reset forgets requests, sends and keys", async () => {
    await sendEmail({ client, email: email("a@example.com"), idempotencyKey: "r", pacer: null });
    fake.reset();
    expect([fake.requests.length, fake.sent.length]).toEqual([0, 0]);
    await sendEmail({ client, email: email("a@example.com"), idempotencyKey: "r", pacer: null });
    expect(fake.sentTo("a@example.com")).toBe(1);
  });
});
