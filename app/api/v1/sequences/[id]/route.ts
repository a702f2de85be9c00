import { apiRoute } from "@/server/api/api-route";
import { sequenceOperations } from "@/server/api/resources/sequences";

// /api/v1/sequences/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(sequenceOperations.get);
export const PATCH = apiRoute(sequenceOperations.update);
