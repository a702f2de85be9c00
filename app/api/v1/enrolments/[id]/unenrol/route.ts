import { apiRoute } from "@/server/api/api-route";
import { sequenceOperations } from "@/server/api/resources/sequences";

// /api/v1/enrolments/:id/unenrol: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const POST = apiRoute(sequenceOperations.unenrol);
