import { apiRoute } from "@/server/api/api-route";
import { taskOperations } from "@/server/api/resources/tasks";

// /api/v1/tasks/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(taskOperations.get);
export const PATCH = apiRoute(taskOperations.update);
export const DELETE = apiRoute(taskOperations.remove);
