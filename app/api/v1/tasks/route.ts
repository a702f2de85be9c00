import { apiRoute } from "@/server/api/api-route";
import { taskOperations } from "@/server/api/resources/tasks";

// /api/v1/tasks: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(taskOperations.list);
export const POST = apiRoute(taskOperations.create);
