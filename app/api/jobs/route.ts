import { sessionOrApiKeyRoute } from "@/server/api/session-or-key-route";
import { leadGenerationJobOperations } from "@/server/api/resources/lead-generation-jobs";

// /api/jobs: lead-generation jobs for the session or an API key (server/api/resources/lead-generation-jobs.ts).
export const POST = sessionOrApiKeyRoute(leadGenerationJobOperations.create);
export const GET = sessionOrApiKeyRoute(leadGenerationJobOperations.list);
