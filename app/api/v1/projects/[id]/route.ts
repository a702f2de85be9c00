import { apiRoute } from "@/server/api/api-route";
import { projectOperations } from "@/server/api/resources/projects";

// /api/v1/projects/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(projectOperations.get);
export const PATCH = apiRoute(projectOperations.update);
export const DELETE = apiRoute(projectOperations.remove);
