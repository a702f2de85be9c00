import { apiRoute } from "@/server/api/api-route";
import { campaignOperations } from "@/server/api/resources/campaigns";

// /api/v1/campaigns/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(campaignOperations.get);
export const PATCH = apiRoute(campaignOperations.update);
export const DELETE = apiRoute(campaignOperations.remove);
