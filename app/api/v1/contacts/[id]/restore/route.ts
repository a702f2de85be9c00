import { apiRoute } from "@/server/api/api-route";
import { contactOperations } from "@/server/api/resources/contacts";

// /api/v1/contacts/:id/restore: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(contactOperations.restore);
