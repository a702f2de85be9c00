import type { z } from "zod";
import type { ApiActor, ApiPrincipal } from "./authenticate-api-key";

export type HttpMethod = "get" | "post" | "patch" | "delete";

/** What an operation's handler gets: who calls, the path parameters, the parsed query and body. */
export type ApiCall<Query, Body> = {
  actor: ApiActor;
  /** The API key that authenticated the call; null when a signed-in session called (operations with `session`). */
  principal: ApiPrincipal | null;
  params: Record<string, string>;
  query: Query;
  body: Body;
  request: Request;
  /** The request's clock (one instant for the whole request). */
  now: Date;
};

/** What a handler answers: a status, a JSON body (none for 204) and extra headers. */
export type ApiResult = { status: number; body?: unknown; headers?: Record<string, string> };

/** A response an operation documents: its description and, unless empty, its JSON schema. */
export type ApiResponseDoc = { description: string; schema?: z.ZodType; headers?: Record<string, z.ZodType> };

/**
 * One operation of the REST API: what the route handler runs (handle), how its query and body
 * are read, and what the OpenAPI document says about it — one definition, so the document
 * cannot drift from the handlers.
 */
export type ApiOperation<Query = unknown, Body = unknown> = {
  method: HttpMethod;
  /** The OpenAPI path under `root`, e.g. "/leads/{id}". */
  path: string;
  /** Where the path lives: "/api/v1" (default) or "/api" for the routes that also take a session (e.g. /api/jobs). */
  root?: "/api/v1" | "/api";
  /** Also answers a signed-in session without a key (sessionOrApiKeyRoute); said in the document. */
  session?: boolean;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** "write" needs a READ_WRITE key (a READ key gets 403). */
  scope: "read" | "write";
  /** Path parameters, for the document (ids are shape-checked by the services: 404). */
  pathParams?: z.ZodObject;
  /** The query string: its schema (for the document) and its parser (throws BadRequestError). */
  query?: { schema: z.ZodObject; parse: (url: URL) => Query };
  /**
   * The request body: media type, largest size in bytes, schema (for the document) and parser
   * (from the bytes read; throws BadRequestError, UnsupportedMediaTypeError, ValidationError).
   */
  body?: { contentType: string; maxBytes: number; schema: z.ZodType; required: boolean; parse: (bytes: Uint8Array, contentType: string | null, url: URL) => Body };
  /** Successful responses by status. */
  responses: Record<number, ApiResponseDoc>;
  /** Problem statuses the operation may answer besides 401 and 429 (which every one may). */
  problems: number[];
  handle: (call: ApiCall<Query, Body>) => Promise<ApiResult>;
};

/** An operation with its types erased, as route handlers and the document hold them. */
export type AnyApiOperation = ApiOperation<unknown, unknown>;

/** Keeps an operation's query and body types for its handler while listing it with the others. */
export function defineOperation<Query, Body>(operation: ApiOperation<Query, Body>): AnyApiOperation {
  return operation as unknown as AnyApiOperation;
}
