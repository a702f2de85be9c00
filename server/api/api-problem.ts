import "server-only";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { ApiRateLimitError } from "./request-errors";

/**
 * An error as the API's RFC 9457 problem response (problemResponse), with the headers its status
 * calls for: `WWW-Authenticate: Bearer` on 401 (RFC 6750) and `Retry-After` (seconds) on 429.
 * Anything that is not a ServiceError is a bug: logged, answered 500.
 */
export function apiProblem(error: unknown): Response {
  const response = problemResponse(error);
  if (error instanceof UnauthorizedError) response.headers.set("www-authenticate", 'Bearer realm="leadwell-api"');
  if (error instanceof ApiRateLimitError) response.headers.set("retry-after", String(error.retryAfterSeconds));
  return response;
}
