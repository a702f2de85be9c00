import { apiDocument } from "@/server/api/openapi/api-document";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of REST API v1, generated from the operations' zod schemas. Public: it holds no data. */
export function GET(): Response {
  return Response.json(apiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
