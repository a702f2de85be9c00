import { apiRoute } from "@/server/api/api-route";
import { leadOperations } from "@/server/api/resources/leads";

// /api/v1/leads/import: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(leadOperations.import);
