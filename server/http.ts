import "server-only";
import { NextResponse } from "next/server";
import { ServiceError, ValidationError } from "@/server/errors";

/**
 * Maps an error to an RFC 9457 problem-details response; ServiceErrors keep their status,
 * anything else is logged and answered with a generic 500.
 */
export function problemResponse(error: unknown): NextResponse {
  if (error instanceof ServiceError) {
    return NextResponse.json(
      {
        type: "about:blank",
        title: error.name.replace(/Error$/, ""),
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
