import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isResendEmailEvent } from "@/lib/email/resend-event";
import { RESEND_WEBHOOK_MAX_BODY_BYTES, verifyResendSignature, verifyResendWebhook } from "@/server/email/verify-resend-webhook";
import { TEST_RESEND_WEBHOOK_SECRET, signResendWebhook } from "@/tests/support/sign-resend-webhook";

const dataDir = path.join(import.meta.dirname, "..", "..", "..", "shared", "data", "resend_webhooks");
const eventFiles = readdirSync(dataDir).filter((name) => /^email\.[a-z_]+\.json$/.test(name));
const read = (name: string) => readFileSync(path.join(dataDir, name), "utf8");
const secret = TEST_RESEND_WEBHOOK_SECRET;

function signed(body: string, options: Parameters<typeof signResendWebhook>[1] = {}) {
  return { rawBody: body, headers: signResendWebhook(body, options), secret };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the Svix test vector in shared/data", () => {
  const vector = JSON.parse(read("svix_signature_test_vector.json")) as {
    secret: string;
    headers: Record<string, string>;
    raw_body: string;
  };
  const signedAt = Number(vector.headers["svix-timestamp"]) * 1000;

  it("verifies at its own time with its documented secret", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(signedAt + 60_000);
    const result = verifyResendSignature({ rawBody: vector.raw_body, headers: vector.headers, secret: vector.secret });
    expect(result).toEqual({ ok: true, svixId: "msg_p5jXN8AQM9LWM0D4loKWxJek", payload: { test: 2432232314 } });
    // Signed, but `{"test": …}` is no Resend event.
    expect(verifyResendWebhook({ rawBody: vector.raw_body, headers: vector.headers, secret: vector.secret })).toMatchObject({ ok: false, reason: "invalid_event" });
  });

  it("fails when one byte of the body, the signature or the secret differs", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(signedAt);
    const check = (rawBody: string, headers: Record<string, string>, key: string) => verifyResendSignature({ rawBody, headers, secret: key });
    expect(check(vector.raw_body.replace("2432232314", "2432232315"), vector.headers, vector.secret)).toMatchObject({ ok: false, reason: "bad_signature" });
    expect(check(vector.raw_body, { ...vector.headers, "svix-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OF=" }, vector.secret)).toMatchObject({ ok: false, reason: "bad_signature" });
    expect(check(vector.raw_body, vector.headers, secret)).toMatchObject({ ok: false, reason: "bad_signature" });
  });

  it("is refused today: its 2021 timestamp is far outside the 5-minute tolerance", () => {
    expect(verifyResendSignature({ rawBody: vector.raw_body, headers: vector.headers, secret: vector.secret })).toMatchObject({ ok: false, reason: "timestamp_too_old" });
  });
});

describe("verifyResendWebhook with the real Resend payloads", () => {
  it("has all nine documented email events to test", () => {
    expect(eventFiles).toHaveLength(9);
  });

  it.each(eventFiles)("accepts %s signed with the test secret and parses its envelope", (file) => {
    const body = read(file);
    const expected = JSON.parse(body) as { type: string; created_at: string; data: { email_id: string; to: string[] } };
    const result = verifyResendWebhook(signed(body, { id: `msg_${file}` }));
    if (!result.ok) throw new Error(`${file}: ${result.reason} ${result.message}`);
    expect(result.svixId).toBe(`msg_${file}`);
    expect(result.event.type).toBe(expected.type);
    expect(result.event.created_at).toBe(expected.created_at);
    if (!isResendEmailEvent(result.event)) throw new Error(`${file} is not read as an email event`);
    expect(result.event.data.email_id).toBe(expected.data.email_id);
    expect(result.event.data.to).toEqual(expected.data.to);
    expect(result.event.data.tags).toEqual({ category: "confirm_email" });
  });

  it("reads each event of the combined file, with the fields its type carries", () => {
    const events = JSON.parse(read("all_email_events.json")) as unknown[];
    const byType = new Map<string, unknown>();
    for (const raw of events) {
      const result = verifyResendWebhook(signed(JSON.stringify(raw)));
      if (!result.ok) throw new Error(`${result.reason} ${result.message}`);
      byType.set(result.event.type, result.event);
    }
    expect(byType.size).toBe(9);
    expect(byType.get("email.clicked")).toMatchObject({ data: { click: { link: "https://resend.com", ipAddress: "122.115.53.11" } } });
    expect(byType.get("email.bounced")).toMatchObject({ data: { bounce: { type: "Permanent", subType: "Suppressed" } } });
    expect(byType.get("email.failed")).toMatchObject({ data: { failed: { reason: "reached_daily_quota" } } });
    expect(byType.get("email.suppressed")).toMatchObject({ data: { suppressed: { type: "OnAccountSuppressionList" } } });
  });

  it("accepts the body as bytes and headers as a fetch Headers object", () => {
    const body = read("email.opened.json");
    const headers = new Headers(signResendWebhook(body));
    expect(verifyResendWebhook({ rawBody: new TextEncoder().encode(body), headers, secret })).toMatchObject({ ok: true, event: { type: "email.opened" } });
  });

  it("accepts a rotated secret's signature list when one entry matches", () => {
    const body = read("email.sent.json");
    const headers = signResendWebhook(body);
    const other = signResendWebhook(body, { id: headers["svix-id"], timestamp: new Date(Number(headers["svix-timestamp"]) * 1000), secret: `whsec_${Buffer.from("an older secret").toString("base64")}` });
    const rotated = { ...headers, "svix-signature": `${other["svix-signature"]} ${headers["svix-signature"]}` };
    expect(verifyResendWebhook({ rawBody: body, headers: rotated, secret })).toMatchObject({ ok: true });
  });

  it("accepts an event of a type Leadwell does not handle, data untouched", () => {
    const body = JSON.stringify({ type: "contact.created", created_at: "2026-02-22T23:41:12.126Z", data: { id: "c1", email: "a@example.com" } });
    expect(verifyResendWebhook(signed(body))).toMatchObject({ ok: true, event: { type: "contact.created", data: { id: "c1", email: "a@example.com" } } });
  });

  it("reads tags in the older [{name, value}] form as an object", () => {
    const event = JSON.parse(read("email.delivered.json")) as { data: Record<string, unknown> };
    event.data.tags = [{ name: "campaign", value: "c42" }];
    const result = verifyResendWebhook(signed(JSON.stringify(event)));
    expect(result).toMatchObject({ ok: true, event: { data: { tags: { campaign: "c42" } } } });
  });
});

describe("verifyResendWebhook refuses", () => {
  const body = read("email.delivered.json");

  it("a tampered body", () => {
    const { headers } = signed(body);
    expect(verifyResendWebhook({ rawBody: body.replace("delivered@resend.dev", "someone@resend.dev"), headers, secret })).toMatchObject({ ok: false, reason: "bad_signature" });
  });

  it("a signature made with another secret", () => {
    const headers = signResendWebhook(body, { secret: `whsec_${Buffer.from("not our secret").toString("base64")}` });
    expect(verifyResendWebhook({ rawBody: body, headers, secret })).toMatchObject({ ok: false, reason: "bad_signature" });
  });

  it.each(["svix-id", "svix-timestamp", "svix-signature"])("a request without %s", (name) => {
    const headers: Record<string, string> = { ...signResendWebhook(body) };
    delete headers[name];
    expect(verifyResendWebhook({ rawBody: body, headers, secret })).toMatchObject({ ok: false, reason: "missing_headers" });
    expect(verifyResendWebhook({ rawBody: body, headers: { ...headers, [name]: " " }, secret })).toMatchObject({ ok: false, reason: "missing_headers" });
  });

  it("a timestamp that is not Unix seconds", () => {
    const headers = { ...signResendWebhook(body), "svix-timestamp": "2026-02-22T23:41:12Z" };
    expect(verifyResendWebhook({ rawBody: body, headers, secret })).toMatchObject({ ok: false, reason: "malformed_headers" });
  });

  it("a timestamp over 5 minutes old or ahead, and accepts one inside the tolerance", () => {
    const now = Date.now();
    expect(verifyResendWebhook(signed(body, { timestamp: new Date(now - 5 * 60_000 - 10_000) }))).toMatchObject({ ok: false, reason: "timestamp_too_old" });
    expect(verifyResendWebhook(signed(body, { timestamp: new Date(now + 5 * 60_000 + 10_000) }))).toMatchObject({ ok: false, reason: "timestamp_too_new" });
    expect(verifyResendWebhook(signed(body, { timestamp: new Date(now - 4 * 60_000) }))).toMatchObject({ ok: true });
    expect(verifyResendWebhook(signed(body, { timestamp: new Date(now + 4 * 60_000) }))).toMatchObject({ ok: true });
  });

  it("a correctly signed body that is not JSON, or empty", () => {
    expect(verifyResendWebhook(signed('{"type": "email.sent",'))).toMatchObject({ ok: false, reason: "invalid_json" });
    expect(verifyResendWebhook(signed(""))).toMatchObject({ ok: false, reason: "invalid_json" });
  });

  it("correctly signed JSON that is not a Resend event, or an email event without its fields", () => {
    expect(verifyResendWebhook(signed("[1, 2]"))).toMatchObject({ ok: false, reason: "invalid_event" });
    expect(verifyResendWebhook(signed('{"type": "email.sent", "data": {}}'))).toMatchObject({ ok: false, reason: "invalid_event" });
    const clicked = JSON.parse(read("email.clicked.json")) as { data: Record<string, unknown> };
    delete clicked.data.click;
    expect(verifyResendWebhook(signed(JSON.stringify(clicked)))).toMatchObject({ ok: false, reason: "invalid_event", message: expect.stringContaining("click") });
    const noEmailId = JSON.parse(body) as { data: Record<string, unknown> };
    delete noEmailId.data.email_id;
    expect(verifyResendWebhook(signed(JSON.stringify(noEmailId)))).toMatchObject({ ok: false, reason: "invalid_event" });
  });

  it("a body over 1 MiB before looking at it, and takes one of exactly 1 MiB", () => {
    const event = JSON.parse(body) as { data: Record<string, unknown> };
    event.data.subject = "";
    const base = Buffer.byteLength(JSON.stringify(event));
    event.data.subject = "x".repeat(RESEND_WEBHOOK_MAX_BODY_BYTES - base);
    const atLimit = JSON.stringify(event);
    expect(Buffer.byteLength(atLimit)).toBe(RESEND_WEBHOOK_MAX_BODY_BYTES);
    expect(verifyResendWebhook(signed(atLimit))).toMatchObject({ ok: true });
    const over = atLimit.replace('"subject":"', '"subject":"y');
    expect(verifyResendWebhook(signed(over))).toMatchObject({ ok: false, reason: "body_too_large" });
    // Size is judged in bytes, not characters: 600 KB of "é" is 1.2 MB of UTF-8.
    expect(verifyResendWebhook(signed(JSON.stringify({ note: "é".repeat(600_000) })))).toMatchObject({ ok: false, reason: "body_too_large" });
  });

  it("everything while no usable secret is configured", () => {
    const { rawBody, headers } = signed(body);
    expect(verifyResendWebhook({ rawBody, headers, secret: "" })).toMatchObject({ ok: false, reason: "secret_not_configured" });
    expect(verifyResendWebhook({ rawBody, headers, secret: "whsec_***not base64***" })).toMatchObject({ ok: false, reason: "secret_not_configured" });
  });

  it("reads RESEND_WEBHOOK_SECRET when no secret is passed", () => {
    const { rawBody, headers } = signed(body);
    vi.stubEnv("RESEND_WEBHOOK_SECRET", secret);
    try {
      expect(verifyResendWebhook({ rawBody, headers })).toMatchObject({ ok: true });
      vi.stubEnv("RESEND_WEBHOOK_SECRET", `whsec_${Buffer.from("another").toString("base64")}`);
      expect(verifyResendWebhook({ rawBody, headers })).toMatchObject({ ok: false, reason: "bad_signature" });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
