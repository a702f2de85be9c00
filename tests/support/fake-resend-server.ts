import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake of the parts of Resend's API that Leadwell calls, as a real HTTP server on 127.0.0.1,
 * for tests, e2e and benchmarks: point the resend SDK at it with RESEND_BASE_URL (or
 * createResendClient's env) and it answers like Resend:
 * - `POST /emails` → `{ id }`; `POST /emails/batch` (1 to 100 emails, strict validation: one
 *   invalid email refuses the batch) → `{ data: [{ id }, …] }`;
 *   https://resend.com/docs/api-reference/emails/send-email and …/send-batch-emails;
 * - errors as Resend's `{ statusCode, name, message }` body (https://resend.com/docs/api-reference/errors);
 * - a rate limit (default 2 requests a second, https://resend.com/docs/api-reference/rate-limit)
 *   with `ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` on every answer and
 *   `retry-after` on a 429 `rate_limit_exceeded`. It is a token bucket holding one second's worth
 *   of requests, refilled at the rate: evenly paced clients never trip it, bursts do;
 * - `Idempotency-Key` (https://resend.com/docs/dashboard/emails/idempotency-keys): the same key
 *   and payload get the first answer again and send nothing; the same key with another payload
 *   is a 409 `invalid_idempotent_request`; while the first request is still being answered, a
 *   409 `concurrent_idempotent_requests`. Keys are kept until close() or reset(). A failed
 *   request (4xx, 5xx) does not use its key up;
 * - faults on demand: failNext (the next N requests get a status, sending nothing) and setDelay
 *   (answers come N ms late; the emails are sent at once, as when a response is lost on the way).
 * A process that does not hold the FakeResend object (a `next start` under e2e) can read what
 * was sent from `GET /_fake/sent` (SentEmail[] as JSON; not rate limited, not recorded).
 */
export interface FakeResendOptions {
  /** Requests a second before 429s (default 2); null or 0 turns the limit off. */
  requestsPerSecond?: number | null;
  /** When set, any other bearer token gets 403 `invalid_api_key`. */
  apiKey?: string;
  /** Delay every answer by this many ms (default 0). */
  delayMs?: number;
  /** Port on 127.0.0.1 (default 0: a free one). Fix it when another process must know the URL in advance. */
  port?: number;
}

/** One HTTP request as it reached the fake. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** By lower-cased name. */
  headers: Record<string, string>;
  /** The JSON body parsed, or undefined when it was not JSON. */
  body: unknown;
  rawBody: string;
  /** The status it was answered with. */
  status: number;
}

/** One email the fake accepted as sent (once, however often its request was replayed). */
export interface SentEmail {
  id: string;
  from: string;
  /** Bare addresses, lower-cased. */
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  html?: string;
  text?: string;
  replyTo?: string | string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  idempotencyKey: string | null;
  /** `/emails` or `/emails/batch`. */
  endpoint: string;
}

export interface FakeResend {
  /** Base URL for RESEND_BASE_URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every request received, in order (replays and refusals included). */
  requests: RecordedRequest[];
  /** Every email sent, in order. */
  sent: SentEmail[];
  /** How many sent emails had `address` among their recipients (to, cc or bcc; case-insensitive). */
  sentTo(address: string): number;
  /** Answer the next `count` requests with `status` (default 500) and send nothing. */
  failNext(count: number, status?: number): void;
  /** Delay every later answer by `ms` (0 to stop). */
  setDelay(ms: number): void;
  /** Change the rate limit (null or 0: none); the bucket starts full. */
  setRateLimit(requestsPerSecond: number | null): void;
  /** Forget requests, sent emails, idempotency keys and pending faults. */
  reset(): void;
  /** Stops the server, dropping open connections and pending answers. */
  close(): Promise<void>;
}

const MAX_BATCH = 100;
const MAX_RECIPIENTS = 50;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const TAG_PART = /^[A-Za-z0-9_-]{1,256}$/;

const ERROR_NAMES: Record<number, string> = {
  400: "validation_error",
  401: "missing_api_key",
  403: "invalid_api_key",
  404: "not_found",
  405: "method_not_allowed",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
};

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

class InvalidEmail extends Error {}

function errorAnswer(status: number, message: string, name = ERROR_NAMES[status] ?? (status >= 500 ? "application_error" : "validation_error")): Answer {
  return { status, body: { statusCode: status, name, message } };
}

/** The bare, lower-cased address of "Name <a@b.c>" or "a@b.c", or null when it is not one. */
function bareAddress(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /<([^<>]+)>\s*$/.exec(value);
  const address = (match ? match[1] : value).trim().toLowerCase();
  return ADDRESS.test(address) ? address : null;
}

function addressList(value: unknown, field: string, required: boolean): string[] {
  if (value === undefined || value === null) {
    if (required) throw new InvalidEmail(`Missing \`${field}\` field.`);
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  if (required && list.length === 0) throw new InvalidEmail(`Missing \`${field}\` field.`);
  if (list.length > MAX_RECIPIENTS) throw new InvalidEmail(`Too many recipients in \`${field}\`: at most ${MAX_RECIPIENTS}.`);
  return list.map((entry) => {
    const address = bareAddress(entry);
    if (!address) throw new InvalidEmail(`Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`);
    return address;
  });
}

/** Checks one email like Resend's validation does, to the depth the tests need. */
function readEmail(value: unknown, idempotencyKey: string | null, endpoint: string): SentEmail {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidEmail("An email must be an object.");
  const email = value as Record<string, unknown>;
  if (typeof email.from !== "string" || !bareAddress(email.from)) throw new InvalidEmail("Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
  const to = addressList(email.to, "to", true);
  const cc = addressList(email.cc, "cc", false);
  const bcc = addressList(email.bcc, "bcc", false);
  if (email.reply_to !== undefined) addressList(email.reply_to, "reply_to", false);
  if (typeof email.subject !== "string" || email.subject.length === 0) throw new InvalidEmail("Missing `subject` field.");
  if (typeof email.html !== "string" && typeof email.text !== "string") throw new InvalidEmail("Missing `html` or `text` field.");
  if (email.headers !== undefined && (typeof email.headers !== "object" || email.headers === null || Object.values(email.headers).some((v) => typeof v !== "string"))) {
    throw new InvalidEmail("Invalid `headers` field: an object of strings.");
  }
  if (email.tags !== undefined) {
    const valid = Array.isArray(email.tags) && email.tags.every((tag) => typeof tag === "object" && tag !== null && TAG_PART.test(String(tag.name)) && TAG_PART.test(String(tag.value)));
    if (!valid) throw new InvalidEmail("Invalid `tags` field: names and values may only contain ASCII letters, numbers, underscores or dashes.");
  }
  return {
    id: randomUUID(),
    from: email.from,
    to,
    cc,
    bcc,
    subject: email.subject,
    ...(typeof email.html === "string" ? { html: email.html } : {}),
    ...(typeof email.text === "string" ? { text: email.text } : {}),
    ...(email.reply_to === undefined ? {} : { replyTo: email.reply_to as string | string[] }),
    ...(email.headers === undefined ? {} : { headers: email.headers as Record<string, string> }),
    ...(email.tags === undefined ? {} : { tags: email.tags as { name: string; value: string }[] }),
    idempotencyKey,
    endpoint,
  };
}

/** JSON with sorted keys, so the same payload hashes the same whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** A token bucket of `rate` tokens refilled at `rate` a second. */
class RateLimiter {
  private tokens: number;
  private last = performance.now();
  constructor(readonly rate: number) {
    this.tokens = rate;
  }
  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
  /** Takes a token; returns the headers to answer with and whether the request may go on. */
  take(): { allowed: boolean; headers: Record<string, string> } {
    this.refill();
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const headers: Record<string, string> = {
      "ratelimit-limit": String(this.rate),
      "ratelimit-remaining": String(Math.floor(this.tokens)),
      "ratelimit-reset": String(Math.ceil((this.rate - this.tokens) / this.rate)),
    };
    if (!allowed) headers["retry-after"] = String(Math.max(1, Math.ceil((1 - this.tokens) / this.rate)));
    return { allowed, headers };
  }
}

type IdempotencyEntry = { payloadHash: string; answer: Answer; done: boolean };

/**
 * Starts a fake Resend API on 127.0.0.1 at a free port.
 * @param options - rate limit, expected API key, answer delay (see FakeResendOptions).
 * @returns the running fake (see FakeResend); call close() when done.
 */
export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const requests: RecordedRequest[] = [];
  const sent: SentEmail[] = [];
  const idempotency = new Map<string, IdempotencyEntry>();
  const timers = new Set<NodeJS.Timeout>();
  let limiter = options.requestsPerSecond === null || options.requestsPerSecond === 0 ? null : new RateLimiter(options.requestsPerSecond ?? 2);
  let delayMs = options.delayMs ?? 0;
  let failures: { remaining: number; status: number } = { remaining: 0, status: 500 };

  function handle(request: IncomingMessage, rawBody: string, tooLarge: boolean): { answer: Answer; onAnswered?: () => void } {
    const path = new URL(request.url ?? "/", "http://fake").pathname.replace(/\/+$/, "");
    if (failures.remaining > 0) {
      failures.remaining -= 1;
      const message = failures.status >= 500 ? "Internal server error. We are unable to process your request right now, please try again later." : "Failed on demand (fake Resend failNext).";
      return { answer: errorAnswer(failures.status, message) };
    }
    const limit = limiter?.take();
    if (limit && !limit.allowed) {
      return { answer: { ...errorAnswer(429, `Too many requests. You can only make ${limiter?.rate} requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.`), headers: limit.headers } };
    }
    const withLimit = (answer: Answer): Answer => (limit ? { ...answer, headers: { ...answer.headers, ...limit.headers } } : answer);

    if (path !== "/emails" && path !== "/emails/batch") return { answer: withLimit(errorAnswer(404, "The requested endpoint does not exist.")) };
    if (request.method !== "POST") return { answer: withLimit(errorAnswer(405, "Method is not allowed for the requested path.")) };
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (!token) return { answer: withLimit(errorAnswer(401, "Missing API key in the authorization header.")) };
    if (options.apiKey !== undefined && token !== options.apiKey) return { answer: withLimit(errorAnswer(403, "API key is invalid.")) };
    if (tooLarge) return { answer: withLimit(errorAnswer(413, "The request body is too large.", "validation_error")) };

    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { answer: withLimit(errorAnswer(400, "The request body is not valid JSON.")) };
    }

    const keyHeader = request.headers["idempotency-key"];
    const key = typeof keyHeader === "string" ? keyHeader : null;
    if (key !== null && (key.length === 0 || key.length > 256)) return { answer: withLimit(errorAnswer(400, "The key must be between 1-256 chars.", "invalid_idempotency_key")) };
    const scopedKey = key === null ? null : `${path} ${key}`;
    const payloadHash = createHash("sha256").update(canonical(body)).digest("hex");
    const previous = scopedKey === null ? undefined : idempotency.get(scopedKey);
    if (previous) {
      if (previous.payloadHash !== payloadHash) {
        return { answer: withLimit(errorAnswer(409, "Same idempotency key used with a different request payload. Change your idempotency key or payload.", "invalid_idempotent_request")) };
      }
      if (!previous.done) {
        return { answer: withLimit(errorAnswer(409, "Same idempotency key used while original request is still in progress. Try the request again later.", "concurrent_idempotent_requests")) };
      }
      return { answer: withLimit(previous.answer) };
    }

    let answer: Answer;
    try {
      if (path === "/emails/batch") {
        if (!Array.isArray(body)) throw new InvalidEmail("The request body must be an array of emails.");
        if (body.length === 0) throw new InvalidEmail("The batch must contain at least 1 email.");
        if (body.length > MAX_BATCH) throw new InvalidEmail(`Too many emails in the batch: at most ${MAX_BATCH}, got ${body.length}.`);
        const emails = body.map((email, index) => {
          try {
            return readEmail(email, key, path);
          } catch (error) {
            throw new InvalidEmail(`emails[${index}]: ${(error as Error).message}`);
          }
        });
        sent.push(...emails);
        answer = { status: 200, body: { data: emails.map((email) => ({ id: email.id })) } };
      } else {
        const email = readEmail(body, key, path);
        sent.push(email);
        answer = { status: 200, body: { id: email.id } };
      }
    } catch (error) {
      if (error instanceof InvalidEmail) return { answer: withLimit(errorAnswer(422, error.message)) };
      throw error;
    }
    if (scopedKey === null) return { answer: withLimit(answer) };
    const entry: IdempotencyEntry = { payloadHash, answer, done: false };
    idempotency.set(scopedKey, entry);
    return { answer: withLimit(answer), onAnswered: () => (entry.done = true) };
  }

  function respond(response: ServerResponse, answer: Answer): void {
    if (response.destroyed || response.writableEnded) return;
    response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/_fake/sent") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(sent));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let result: ReturnType<typeof handle>;
      try {
        result = handle(request, rawBody, size > MAX_BODY_BYTES);
      } catch (error) {
        result = { answer: errorAnswer(500, `The fake failed: ${(error as Error).message}`) };
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawBody);
      } catch {
        parsed = undefined;
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]));
      requests.push({ method: request.method ?? "", path: new URL(request.url ?? "/", "http://fake").pathname, headers, body: parsed, rawBody, status: result.answer.status });
      const finish = () => {
        respond(response, result.answer);
        result.onAnswered?.();
      };
      if (delayMs <= 0) return finish();
      const timer = setTimeout(() => {
        timers.delete(timer);
        finish();
      }, delayMs);
      timers.add(timer);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent,
    sentTo(address) {
      const wanted = address.trim().toLowerCase();
      return sent.filter((email) => email.to.includes(wanted) || email.cc.includes(wanted) || email.bcc.includes(wanted)).length;
    },
    failNext(count, status = 500) {
      failures = { remaining: count, status };
    },
    setDelay(ms) {
      delayMs = ms;
    },
    setRateLimit(requestsPerSecond) {
      limiter = requestsPerSecond ? new RateLimiter(requestsPerSecond) : null;
    },
    reset() {
      requests.length = 0;
      sent.length = 0;
      idempotency.clear();
      failures = { remaining: 0, status: 500 };
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
