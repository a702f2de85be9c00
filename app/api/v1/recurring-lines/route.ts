import { apiRoute } from "@/server/api/api-route";
import { recurringLineOperations } from "@/server/api/resources/recurring-lines";

// /api/v1/recurring-lines: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(recurringLineOperations.list);
export const POST = apiRoute(recurringLineOperations.create);
