import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/** A refusal as an RFC 9457 problem-details response (the shape server/http.ts answers with). */
function problem(status: 401 | 503, title: string, detail: string): Response {
  return Response.json(
    { type: "about:blank", title, status, detail },
    {
      status,
      headers: {
        "content-type": "application/problem+json",
        "cache-control": "no-store",
        ...(status === 401 ? { "www-authenticate": 'Bearer realm="cron"' } : {}),
      },
    },
  );
}

/** SHA-256 of a string: both sides of the comparison become 32 bytes, whatever their length. */
function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * Checks that a cron call carries `Authorization: Bearer $CRON_SECRET` (what Vercel Cron sends
 * when the project has CRON_SECRET set). The token is compared in constant time: both sides are
 * hashed to equal-length SHA-256 digests and compared with timingSafeEqual, so neither the
 * content nor the length of the secret leaks through timing. The scheme is case-insensitive
 * (RFC 9110 §11.1).
 *
 * A cron route is never open, in any NODE_ENV:
 * - no `Bearer` credentials, or the wrong token → 401 (problem+json, `WWW-Authenticate: Bearer`);
 * - credentials while CRON_SECRET is unset or empty → 503: the deployment is misconfigured, not
 *   the caller, and a 503 in the cron log says so (it is also logged). A call without
 *   credentials still gets 401, so an anonymous caller learns nothing about the configuration.
 * @param request - the incoming request (only its Authorization header is read).
 * @param env - where CRON_SECRET is read from (tests pass their own).
 * @returns null when the call is authorised, else the response to send.
 */
export function authorizeCron(request: Request, env: NodeJS.ProcessEnv = process.env): Response | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) return problem(401, "Unauthorized", "Send Authorization: Bearer <CRON_SECRET>");
  const secret = env.CRON_SECRET;
  if (!secret) {
    console.error("cron: CRON_SECRET is not set, so every cron route refuses its calls");
    return problem(503, "Service Unavailable", "Cron routes are disabled: CRON_SECRET is not set on the server");
  }
  if (!timingSafeEqual(digest(match[1]), digest(secret))) return problem(401, "Unauthorized", "Wrong cron secret");
  return null;
}
