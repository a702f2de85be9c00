import { apiRoute } from "@/server/api/api-route";
import { scoringRuleOperations } from "@/server/api/resources/scoring-rules";

// /api/v1/scoring-rules/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(scoringRuleOperations.get);
export const PATCH = apiRoute(scoringRuleOperations.update);
export const DELETE = apiRoute(scoringRuleOperations.remove);
