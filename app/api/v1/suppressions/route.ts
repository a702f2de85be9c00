import { apiRoute } from "@/server/api/api-route";
import { suppressionOperations } from "@/server/api/resources/suppressions";

// /api/v1/suppressions: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(suppressionOperations.list);
export const POST = apiRoute(suppressionOperations.create);
