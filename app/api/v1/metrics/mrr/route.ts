import { apiRoute } from "@/server/api/api-route";
import { metricsOperations } from "@/server/api/resources/metrics";

// /api/v1/metrics/mrr: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(metricsOperations.mrr);
