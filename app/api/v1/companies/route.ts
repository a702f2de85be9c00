import { apiRoute } from "@/server/api/api-route";
import { companyOperations } from "@/server/api/resources/companies";

// /api/v1/companies: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(companyOperations.list);
export const POST = apiRoute(companyOperations.create);
