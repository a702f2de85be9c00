import { apiRoute } from "@/server/api/api-route";
import { companyOperations } from "@/server/api/resources/companies";

// /api/v1/companies/:id/restore: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(companyOperations.restore);
