import { STATUS_CODES } from "node:http";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import { ServiceError, ValidationError } from "@/server/errors";

/** An RFC 9457 problem-details body. */
export type ProblemDetails = { type: "about:blank"; title: string; status: number; detail?: string; errors?: FieldErrors };

/**
 * Maps an error to an RFC 9457 problem: ServiceErrors keep their status, anything else is logged
 * and becomes a generic 500. The title is the status's reason phrase, as RFC 9457 §4.2.1 asks of
 * `about:blank` problems (not the error class's name, which a production build minifies); the
 * detail says what went wrong. Sent as `application/problem+json` by problemResponse (route
 * handlers) and sendProblem (Node handlers).
 */
export function problemDetails(error: unknown): ProblemDetails {
  if (error instanceof ServiceError) {
    return {
      type: "about:blank",
      title: STATUS_CODES[error.status] ?? "Error",
      status: error.status,
      detail: error.message,
      ...(error instanceof ValidationError ? { errors: error.fieldErrors } : {}),
    };
  }
  console.error(error);
  return { type: "about:blank", title: "Internal Server Error", status: 500 };
}
