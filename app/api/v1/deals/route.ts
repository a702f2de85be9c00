import { apiRoute } from "@/server/api/api-route";
import { dealOperations } from "@/server/api/resources/deals";

// /api/v1/deals: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(dealOperations.list);
export const POST = apiRoute(dealOperations.create);
