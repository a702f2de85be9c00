import { apiRoute } from "@/server/api/api-route";
import { scoringRuleOperations } from "@/server/api/resources/scoring-rules";

// /api/v1/scoring-rules: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(scoringRuleOperations.list);
export const POST = apiRoute(scoringRuleOperations.create);
