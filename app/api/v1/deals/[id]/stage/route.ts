import { apiRoute } from "@/server/api/api-route";
import { dealOperations } from "@/server/api/resources/deals";

// /api/v1/deals/:id/stage: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(dealOperations.stage);
