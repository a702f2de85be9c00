import "server-only";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import type { AnyApiOperation } from "./api-operation";
import { apiProblem } from "./api-problem";
import { apiRoute, toResponse, type ApiRouteHandler, type RouteContext } from "./api-route";
import { noQuery } from "./list-query";
import { readRequestBody } from "./read-request-body";

/**
 * The route handler of an operation that the app's own pages and API clients both call (the
 * /api/jobs routes): a request with an Authorization header goes through apiRoute (API key, rate
 * limit, scope, Idempotency-Key); one without is answered for the signed-in session's user — the
 * same query and body parsing, service call and problem+json errors, with no key limits. Neither:
 * 401. Answers are never cached.
 */
export function sessionOrApiKeyRoute(operation: AnyApiOperation): ApiRouteHandler {
  const withKey = apiRoute(operation);
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    if (request.headers.has("authorization")) return withKey(request, context);
    let response: Response;
    try {
      const user = await getCurrentUser();
      if (!user) throw new UnauthorizedError("Sign in, or send Authorization: Bearer <API key>");
      const url = new URL(request.url);
      const query = (operation.query ?? noQuery).parse(url);
      const params = await context.params;
      const bytes = operation.body ? await readRequestBody(request, operation.body.maxBytes) : new Uint8Array(0);
      const body = operation.body ? operation.body.parse(bytes, request.headers.get("content-type"), url) : undefined;
      response = toResponse(await operation.handle({ actor: user, principal: null, params, query, body, request, now: new Date() }));
    } catch (error) {
      response = apiProblem(error);
    }
    response.headers.set("cache-control", "no-store");
    return response;
  };
  return Object.assign(handler, { operation });
}
