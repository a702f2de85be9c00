import { sessionOrApiKeyRoute } from "@/server/api/session-or-key-route";
import { leadGenerationJobOperations } from "@/server/api/resources/lead-generation-jobs";

// /api/jobs/stats: leads created, contacted, replied and converted per lead-generation source.
export const GET = sessionOrApiKeyRoute(leadGenerationJobOperations.stats);
