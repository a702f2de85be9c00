import type { AnyApiOperation } from "./api-operation";
import { activityOperations } from "./resources/activities";
import { campaignOperations } from "./resources/campaigns";
import { companyOperations } from "./resources/companies";
import { contactOperations } from "./resources/contacts";
import { dealOperations } from "./resources/deals";
import { jobOperations } from "./resources/jobs";
import { leadGenerationJobOperations } from "./resources/lead-generation-jobs";
import { leadOperations } from "./resources/leads";
import { metricsOperations } from "./resources/metrics";
import { pipelineOperations } from "./resources/pipelines";
import { projectOperations } from "./resources/projects";
import { recurringLineOperations } from "./resources/recurring-lines";
import { scoringRuleOperations } from "./resources/scoring-rules";
import { sequenceOperations } from "./resources/sequences";
import { suppressionOperations } from "./resources/suppressions";
import { taskOperations } from "./resources/tasks";
import { templateOperations } from "./resources/templates";

/** Every operation of REST API v1 that needs a key, in the order the document and /api-docs list them. */
export const API_OPERATIONS: AnyApiOperation[] = [
  leadOperations,
  companyOperations,
  contactOperations,
  dealOperations,
  projectOperations,
  recurringLineOperations,
  activityOperations,
  taskOperations,
  pipelineOperations,
  jobOperations,
  leadGenerationJobOperations,
  templateOperations,
  scoringRuleOperations,
  suppressionOperations,
  campaignOperations,
  sequenceOperations,
  metricsOperations,
].flatMap((group) => Object.values(group));
