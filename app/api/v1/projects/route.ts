import { apiRoute } from "@/server/api/api-route";
import { projectOperations } from "@/server/api/resources/projects";

// /api/v1/projects: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(projectOperations.list);
export const POST = apiRoute(projectOperations.create);
