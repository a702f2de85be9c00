import { apiRoute } from "@/server/api/api-route";
import { sequenceOperations } from "@/server/api/resources/sequences";

// /api/v1/enrolments/:id: REST API v1 (server/api; the operation defines auth, scope, parsing and the OpenAPI entry).
export const GET = apiRoute(sequenceOperations.enrolment);
