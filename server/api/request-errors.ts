import type { FieldErrors } from "@/lib/validation/zod-errors";
import { RateLimitError, ServiceError, ValidationError } from "@/server/errors";

/**
 * The request itself is malformed (not valid JSON, an unknown or malformed query parameter, a bad
 * cursor, a bad header): 400, with field errors naming the parameter. A ValidationError, so
 * problemResponse lists its `errors`; services raise 422 ValidationErrors for well-formed input
 * they refuse.
 */
export class BadRequestError extends ValidationError {
  override readonly status = 400;
  constructor(message: string, fieldErrors: FieldErrors = {}) {
    super(message, fieldErrors);
  }
}

/** The body is not of a media type the operation accepts (e.g. JSON sent as text/plain): 415. */
export class UnsupportedMediaTypeError extends ServiceError {
  constructor(expected: string) {
    super(`Send the body as ${expected}`, 415);
  }
}

/** The body is larger than the operation accepts: 413. */
export class PayloadTooLargeError extends ServiceError {
  constructor(maxBytes: number) {
    super(`The body is larger than ${maxBytes.toLocaleString("en")} bytes`, 413);
  }
}

/** A key's per-minute request limit is spent: 429, with the seconds until it refills (Retry-After). */
export class ApiRateLimitError extends RateLimitError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Rate limit exceeded; retry in ${retryAfterSeconds} s`);
    this.name = "RateLimitError"; // the problem's title: "RateLimit", as for the other limits
  }
}
