import { apiRoute } from "@/server/api/api-route";
import { dealOperations } from "@/server/api/resources/deals";

// /api/v1/deals/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(dealOperations.get);
export const PATCH = apiRoute(dealOperations.update);
export const DELETE = apiRoute(dealOperations.remove);
