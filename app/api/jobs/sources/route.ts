import { sessionOrApiKeyRoute } from "@/server/api/session-or-key-route";
import { leadGenerationJobOperations } from "@/server/api/resources/lead-generation-jobs";

// /api/jobs/sources: the lead-generation sources and whether each is configured.
export const GET = sessionOrApiKeyRoute(leadGenerationJobOperations.sources);
