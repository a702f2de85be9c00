import { describe, expect, it } from "vitest";
import { classifyResendError, DEFAULT_RATE_LIMIT_WAIT_MS, readRetryAfterMs } from "@/server/email/resend-send-failure";

const now = Date.parse("2026-03-10T12:00:00Z");

describe("readRetryAfterMs", () => {
  it("reads retry-after as seconds or as an HTTP date", () => {
    expect(readRetryAfterMs({ "retry-after": "2" }, now)).toBe(2000);
    expect(readRetryAfterMs({ "retry-after": "0.25" }, now)).toBe(250);
    expect(readRetryAfterMs({ "retry-after": "Tue, 10 Mar 2026 12:00:03 GMT" }, now)).toBe(3000);
    expect(readRetryAfterMs({ "retry-after": "Tue, 10 Mar 2026 11:59:00 GMT" }, now)).toBe(0);
  });

  it("falls back to ratelimit-reset, then to nothing", () => {
    expect(readRetryAfterMs({ "ratelimit-reset": "1" }, now)).toBe(1000);
    expect(readRetryAfterMs({ "retry-after": "soon", "ratelimit-reset": "3" }, now)).toBe(3000);
    expect(readRetryAfterMs({ "retry-after": "5", "ratelimit-reset": "1" }, now)).toBe(5000);
    expect(readRetryAfterMs({ "ratelimit-reset": "-1" }, now)).toBeNull();
    expect(readRetryAfterMs({}, now)).toBeNull();
    expect(readRetryAfterMs(null, now)).toBeNull();
  });
});

describe("classifyResendError", () => {
  const limitHeaders = { "ratelimit-limit": "2", "ratelimit-remaining": "0", "ratelimit-reset": "1" };

  it("a 429 rate_limit_exceeded waits as the headers say, or a second", () => {
    expect(classifyResendError({ error: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many" }, headers: { ...limitHeaders, "retry-after": "4" }, now })).toMatchObject({
      kind: "rate_limited",
      retryable: true,
      retryAfterMs: 4000,
    });
    expect(classifyResendError({ error: { statusCode: 429, name: "rate_limit_exceeded" }, headers: {}, now })).toMatchObject({ kind: "rate_limited", retryAfterMs: DEFAULT_RATE_LIMIT_WAIT_MS });
  });

  it("an exhausted daily or monthly quota is permanent: waiting seconds will not help", () => {
    for (const name of ["daily_quota_exceeded", "monthly_quota_exceeded"]) {
      expect(classifyResendError({ error: { statusCode: 429, name, message: "quota" }, headers: limitHeaders, now })).toMatchObject({ kind: "permanent", retryable: false, code: name, message: "quota" });
    }
  });

  it("5xx, 408 and a concurrent idempotent request are transient; other 4xx permanent", () => {
    const kind = (statusCode: number, name: string) => classifyResendError({ error: { statusCode, name, message: "m" }, headers: {}, now }).kind;
    expect(kind(500, "internal_server_error")).toBe("transient");
    expect(kind(503, "application_error")).toBe("transient");
    expect(kind(408, "application_error")).toBe("transient");
    expect(kind(409, "concurrent_idempotent_requests")).toBe("transient");
    expect(kind(409, "invalid_idempotent_request")).toBe("permanent");
    expect(kind(422, "validation_error")).toBe("permanent");
    expect(kind(400, "invalid_idempotency_key")).toBe("permanent");
    expect(kind(401, "missing_api_key")).toBe("permanent");
    expect(kind(403, "invalid_api_key")).toBe("permanent");
  });

  it("an error body without statusCode is judged by its name", () => {
    expect(classifyResendError({ error: { name: "rate_limit_exceeded" }, headers: {}, now })).toMatchObject({ kind: "rate_limited", statusCode: 429 });
    expect(classifyResendError({ error: { name: "validation_error", message: "bad to" }, headers: {}, now })).toMatchObject({ kind: "permanent", message: "bad to" });
    expect(classifyResendError({ error: { name: "something_new" }, headers: {}, now })).toMatchObject({ kind: "transient", statusCode: null });
  });

  it("no response at all is a network error; our deadline and the caller's abort are named", () => {
    const sdkNetworkError = { name: "application_error", statusCode: null, message: "Unable to fetch data. The request could not be resolved." };
    expect(classifyResendError({ error: sdkNetworkError, headers: null, now })).toMatchObject({ kind: "transient", code: "network_error", statusCode: null });
    expect(classifyResendError({ error: sdkNetworkError, headers: null, timedOut: true, now })).toMatchObject({ kind: "transient", code: "timeout" });
    expect(classifyResendError({ error: sdkNetworkError, headers: null, aborted: true, now })).toMatchObject({ kind: "transient", code: "aborted" });
  });
});
