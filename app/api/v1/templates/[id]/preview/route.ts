import { apiRoute } from "@/server/api/api-route";
import { templateOperations } from "@/server/api/resources/templates";

// /api/v1/templates/:id/preview: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(templateOperations.preview);
