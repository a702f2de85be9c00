import type { ServerResponse } from "node:http";
import { problemDetails } from "@/server/problem-details";

/** Answers a Node.js request with `body` as JSON (`application/json` unless `headers` says otherwise). */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json");
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(JSON.stringify(body));
}

/** Answers a Node.js request with the RFC 9457 problem for `error` (problemDetails), as problemResponse does for route handlers. */
export function sendProblem(response: ServerResponse, error: unknown, headers: Record<string, string> = {}): void {
  const problem = problemDetails(error);
  sendJson(response, problem.status, problem, { "content-type": "application/problem+json", ...headers });
}
