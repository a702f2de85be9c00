import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { isUniqueViolation } from "@/server/services/unique-violation";
import { BadRequestError } from "./request-errors";

/** How long a key's first answer is replayed (ms): 24 hours. Older records are pruned by the queue's maintenance job. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** An Idempotency-Key: 1–255 visible ASCII characters (a UUID is typical). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

type Claim = { recordId: string } | { replay: Response };

/**
 * Claims `key` for this request, or finds its earlier use.
 * @returns the new record's id, or the stored answer to replay.
 * @throws ValidationError (422) when the key was used with another method, path or body;
 *   ConflictError (409) while the first request with it is still running.
 */
async function claimKey(apiKeyId: string, key: string, request: { method: string; path: string; requestHash: string }, now: Date): Promise<Claim> {
  const db = getDb();
  for (;;) {
    try {
      const record = await db.apiIdempotencyRecord.create({ data: { apiKeyId, key, ...request, createdAt: now }, select: { id: true } });
      return { recordId: record.id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const earlier = await db.apiIdempotencyRecord.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
    if (!earlier) continue; // removed meanwhile (a failed first try): claim again
    if (earlier.createdAt.getTime() <= now.getTime() - IDEMPOTENCY_TTL_MS) {
      await db.apiIdempotencyRecord.deleteMany({ where: { id: earlier.id, createdAt: earlier.createdAt } });
      continue;
    }
    if (earlier.method !== request.method || earlier.path !== request.path || earlier.requestHash !== request.requestHash) {
      throw new ValidationError("This Idempotency-Key was used with a different request", {
        "Idempotency-Key": ["Already used with another method, path or body; use a new key for a new request"],
      });
    }
    if (earlier.status === null) throw new ConflictError("A request with this Idempotency-Key is still being processed; retry later");
    return {
      replay: new Response(earlier.body, {
        status: earlier.status,
        headers: { "content-type": earlier.status >= 400 ? "application/problem+json" : "application/json", "idempotent-replayed": "true" },
      }),
    };
  }
}

/**
 * Runs a POST at most once per `Idempotency-Key` (IETF draft "The Idempotency-Key HTTP Header
 * Field"): the first request with a key runs `run` and its status and body are stored; a retry
 * with the same key, method, path (with query) and body within 24 hours gets that answer again
 * (header `Idempotent-Replayed: true`) and runs nothing. A retry while the first is still running
 * gets 409, the same key with another request 422. An answer with status 500 or more is not kept,
 * so the request may be retried. Without the header, `run` simply runs.
 * @param bodyBytes - the request body as read (its SHA-256 is compared).
 * @param now - the clock.
 * @throws BadRequestError for a malformed key; ValidationError (422), ConflictError (409) as above.
 */
export async function runIdempotent(apiKeyId: string, request: Request, bodyBytes: Uint8Array, run: () => Promise<Response>, now: Date): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key === null) return run();
  if (!KEY_PATTERN.test(key)) throw new BadRequestError("Not a valid Idempotency-Key", { "Idempotency-Key": ["1–255 visible ASCII characters, e.g. a UUID"] });
  const url = new URL(request.url);
  const claim = await claimKey(apiKeyId, key, { method: request.method, path: url.pathname + url.search, requestHash: sha256(bodyBytes) }, now);
  if ("replay" in claim) return claim.replay;
  const db = getDb();
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await db.apiIdempotencyRecord.delete({ where: { id: claim.recordId } });
    throw error;
  }
  if (response.status >= 500) {
    await db.apiIdempotencyRecord.delete({ where: { id: claim.recordId } });
  } else {
    const body = response.status === 204 ? null : await response.clone().text();
    await db.apiIdempotencyRecord.update({ where: { id: claim.recordId }, data: { status: response.status, body } });
  }
  return response;
}
