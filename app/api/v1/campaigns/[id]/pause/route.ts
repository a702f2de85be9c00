import { apiRoute } from "@/server/api/api-route";
import { campaignOperations } from "@/server/api/resources/campaigns";

// /api/v1/campaigns/:id/pause: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(campaignOperations.pause);
