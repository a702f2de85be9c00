import { sessionOrApiKeyRoute } from "@/server/api/session-or-key-route";
import { leadGenerationJobOperations } from "@/server/api/resources/lead-generation-jobs";

// /api/jobs/:id: a job's status and counts (polled by the import progress page), and DELETE = cancel.
export const GET = sessionOrApiKeyRoute(leadGenerationJobOperations.get);
export const DELETE = sessionOrApiKeyRoute(leadGenerationJobOperations.cancel);
