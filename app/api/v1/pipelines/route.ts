import { apiRoute } from "@/server/api/api-route";
import { pipelineOperations } from "@/server/api/resources/pipelines";

// /api/v1/pipelines: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(pipelineOperations.list);
export const POST = apiRoute(pipelineOperations.create);
