import "server-only";
import { STATUS_CODES } from "node:http";
import { NextResponse } from "next/server";
import { ServiceError, ValidationError } from "@/server/errors";

/**
 * Maps an error to an RFC 9457 problem-details response; ServiceErrors keep their status,
 * anything else is logged and answered with a generic 500. The title is the status's reason
 * phrase, as RFC 9457 §4.2.1 asks of `about:blank` problems (not the error class's name, which a
 * production build minifies); the detail says what went wrong.
 */
export function problemResponse(error: unknown): NextResponse {
  if (error instanceof ServiceError) {
    return NextResponse.json(
      {
        type: "about:blank",
        title: STATUS_CODES[error.status] ?? "Error",
        status: error.status,
        detail: error.message,
        ...(error instanceof ValidationError ? { errors: error.fieldErrors } : {}),
      },
      { status: error.status, headers: { "content-type": "application/problem+json" } },
    );
  }
  console.error(error);
  return NextResponse.json(
    { type: "about:blank", title: "Internal Server Error", status: 500 },
    { status: 500, headers: { "content-type": "application/problem+json" } },
  );
}
