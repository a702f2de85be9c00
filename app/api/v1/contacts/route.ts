import { apiRoute } from "@/server/api/api-route";
import { contactOperations } from "@/server/api/resources/contacts";

// /api/v1/contacts: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(contactOperations.list);
export const POST = apiRoute(contactOperations.create);
