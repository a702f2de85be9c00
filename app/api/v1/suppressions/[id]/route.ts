import { apiRoute } from "@/server/api/api-route";
import { suppressionOperations } from "@/server/api/resources/suppressions";

// /api/v1/suppressions/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(suppressionOperations.get);
export const DELETE = apiRoute(suppressionOperations.remove);
