import "server-only";
import { ForbiddenError } from "@/server/errors";
import type { AnyApiOperation, ApiResult } from "./api-operation";
import { apiProblem } from "./api-problem";
import { authenticateApiKey } from "./authenticate-api-key";
import { noQuery } from "./list-query";
import { readRequestBody } from "./read-request-body";
import { ApiRateLimitError } from "./request-errors";
import { runIdempotent } from "./run-idempotent";
import { takeApiRateLimit } from "./take-api-rate-limit";

/** The second argument Next passes to a route handler. */
export type RouteContext = { params: Promise<Record<string, string>> };

/** A route handler made by apiRoute, carrying the operation it serves (the tests check the pairing). */
export type ApiRouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { operation: AnyApiOperation };

/** A handler's result as a Response: JSON, or no body (204). */
export function toResponse({ status, body, headers }: ApiResult): Response {
  return body === undefined ? new Response(null, { status, headers }) : Response.json(body, { status, headers });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * The route handler of one API operation. Each request, in order:
 * 1. authenticates its bearer key (401 without a valid one; authenticateApiKey);
 * 2. counts against the key's rate limit (429 with Retry-After; every answer carries RateLimit-*);
 * 3. checks the key's scope (403 for a write with a READ key);
 * 4. parses the query (400 for unknown or malformed parameters) and reads the body (413, 415, 400);
 * 5. runs the operation as the key's user — the same service functions, permissions and zod
 *    schemas as the UI — inside runIdempotent for POST (Idempotency-Key);
 * 6. answers JSON, or a problem+json for a ServiceError (its status; field errors listed).
 * Answers are never cached (`Cache-Control: no-store`).
 */
export function apiRoute(operation: AnyApiOperation): ApiRouteHandler {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const now = new Date();
    const headers: Record<string, string> = { "cache-control": "no-store" };
    try {
      const principal = await authenticateApiKey(request, now);
      const limit = await takeApiRateLimit(principal.keyId, now);
      Object.assign(headers, limit.headers);
      if (!limit.allowed) throw new ApiRateLimitError(limit.retryAfterSeconds);
      if (operation.scope === "write" && principal.scope !== "READ_WRITE") throw new ForbiddenError("This API key may only read (scope READ); create a read and write key");
      const url = new URL(request.url);
      const query = (operation.query ?? noQuery).parse(url);
      const params = await context.params;
      const bytes = operation.body ? await readRequestBody(request, operation.body.maxBytes) : new Uint8Array(0);
      const run = async () => {
        try {
          const body = operation.body ? operation.body.parse(bytes, request.headers.get("content-type"), url) : undefined;
          return toResponse(await operation.handle({ actor: principal.actor, principal, params, query, body, request, now }));
        } catch (error) {
          return apiProblem(error);
        }
      };
      const response = operation.method === "post" ? await runIdempotent(principal.keyId, request, bytes, run, now) : await run();
      return withHeaders(response, headers);
    } catch (error) {
      return withHeaders(apiProblem(error), headers);
    }
  };
  return Object.assign(handler, { operation });
}
