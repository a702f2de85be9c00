import { apiRoute } from "@/server/api/api-route";
import { leadOperations } from "@/server/api/resources/leads";

// /api/v1/leads: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(leadOperations.list);
export const POST = apiRoute(leadOperations.create);
