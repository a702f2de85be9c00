import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import type { AnyApiOperation } from "../api-operation";
import { apiRateLimitPerMinute } from "../take-api-rate-limit";

/** What every problem answer holds (RFC 9457), with the field errors of 400 and 422. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field (or parameter) → messages" }),
  })
  .meta({ id: "Problem" });

const PROBLEM_TEXT: Record<number, string> = {
  400: "Malformed request: bad JSON, an unknown or malformed query parameter or header (field errors name them)",
  401: "No valid API key (missing, unknown, revoked or expired)",
  403: "The key's scope or its user's role does not allow this",
  404: "No such record",
  409: "Conflicts with the record's state, or the same Idempotency-Key is still in flight",
  413: "The body is too large",
  415: "The body is not of the media type the operation takes",
  422: "The body is well-formed but not valid (field errors name the fields), or an Idempotency-Key reused with another request",
  429: "The key's rate limit is spent: retry after Retry-After seconds",
};

const idempotencyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: "Makes a retried POST safe: within 24 h the same key and request answer the first result again and change nothing." }),
});

/** The responses of one operation: its successes and its problems, 401 and 429 included. */
function responsesOf(operation: AnyApiOperation): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, doc] of Object.entries(operation.responses)) {
    responses[status as `2${string}`] = {
      description: doc.description,
      ...(doc.headers ? { headers: z.object(doc.headers) } : {}),
      ...(doc.schema ? { content: { "application/json": { schema: doc.schema } } } : {}),
    };
  }
  for (const status of [...new Set([...operation.problems, 401, 429])].sort()) {
    responses[String(status) as `4${string}`] = {
      description: PROBLEM_TEXT[status] ?? "Problem",
      ...(status === 429 ? { headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds" }) }) } : {}),
      content: { "application/problem+json": { schema: problemSchema } },
    };
  }
  return responses;
}

function operationObject(operation: AnyApiOperation): ZodOpenApiOperationObject {
  const scope = [
    operation.scope === "write" ? "Needs a READ_WRITE key." : "Any key (READ or READ_WRITE).",
    operation.session ? "Also answers the signed-in user's session (the app's own pages call it so)." : "",
  ].join(" ").trim();
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: [operation.description, scope].filter(Boolean).join("\n\n"),
    tags: [operation.tag],
    requestParams: {
      ...(operation.pathParams ? { path: operation.pathParams } : {}),
      ...(operation.query && Object.keys(operation.query.schema.shape).length ? { query: operation.query.schema } : {}),
      ...(operation.method === "post" ? { header: idempotencyHeader } : {}),
    },
    ...(operation.body
      ? { requestBody: { required: operation.body.required, content: { [operation.body.contentType]: { schema: operation.body.schema } } } }
      : {}),
    responses: responsesOf(operation),
  };
}

/**
 * The OpenAPI 3.1 document of REST API v1, generated (zod-openapi createDocument) from the
 * operations' own zod schemas — the UI forms' input schemas, the UI lists' filter schemas and the
 * response schemas the tests hold every answer to — plus the document's own public route.
 */
export function createApiDocument(operations: AnyApiOperation[]): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    (paths[`${operation.root ?? "/api/v1"}${operation.path}`] ??= {})[operation.method] = operationObject(operation);
  }
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      description: "Public: no key needed. A readable version is the page /api-docs.",
      tags: ["Meta"],
      security: [],
      responses: { 200: { description: "The OpenAPI 3.1 document", content: { "application/json": { schema: z.object({ openapi: z.string() }).loose() } } } },
    },
  };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Leadwell REST API",
      version: "1.0.0",
      description: [
        "JSON over HTTPS with an API key (Profile → API keys): `Authorization: Bearer lw_…`. A key acts as its user, with that user's role: the same permissions and validation as the app.",
        `Each key may make ${apiRateLimitPerMinute()} requests a minute (RateLimit-* headers on every answer; 429 with Retry-After beyond).`,
        "Lists are pages of `{ data, nextCursor }` in (createdAt, id) order; pass `nextCursor` as `cursor` for the next page.",
        "Errors are RFC 9457 problem details (`application/problem+json`) with field errors for 400 and 422.",
        "Money: inputs in major units (12.5 = €12.50), answers in minor units (cents). Days (`…Day`) and wall-clock times are in the key owner's time zone; instants are UTC.",
      ].join("\n\n"),
    },
    servers: [{ url: "/", description: "This Leadwell server" }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: lw_ followed by 43 characters" } } },
    paths,
  });
}
