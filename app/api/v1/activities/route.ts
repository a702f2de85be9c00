import { apiRoute } from "@/server/api/api-route";
import { activityOperations } from "@/server/api/resources/activities";

// /api/v1/activities: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(activityOperations.list);
export const POST = apiRoute(activityOperations.create);
