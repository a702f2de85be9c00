import "server-only";
import { NextResponse } from "next/server";
import { problemDetails } from "@/server/problem-details";

/**
 * Maps an error to an RFC 9457 problem-details response (problemDetails): ServiceErrors keep
 * their status, anything else is logged and answered with a generic 500.
 */
export function problemResponse(error: unknown): NextResponse {
  const problem = problemDetails(error);
  return NextResponse.json(problem, { status: problem.status, headers: { "content-type": "application/problem+json" } });
}
