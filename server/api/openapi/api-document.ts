import { API_OPERATIONS } from "../api-operations";
import { createApiDocument } from "./create-api-document";

let cached: ReturnType<typeof createApiDocument> | undefined;

/** The OpenAPI document of this server, built once per process (it depends only on code and API_RATE_LIMIT_PER_MINUTE). */
export function apiDocument(): ReturnType<typeof createApiDocument> {
  cached ??= createApiDocument(API_OPERATIONS);
  return cached;
}
