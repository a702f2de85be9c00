import { apiRoute } from "@/server/api/api-route";
import { jobOperations } from "@/server/api/resources/jobs";

// /api/v1/jobs: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(jobOperations.list);
