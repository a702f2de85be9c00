import type { ActivityType, Direction, OutreachOutcome, StageKind } from "@/lib/enums";
import { DEFAULT_LEAD_STAGES } from "@/lib/leads/default-pipeline";
import { REPLY_TYPES } from "./activity-types";

export type RuleStage = { id: string; name: string; kind: StageKind; position: number };

/** The open stages the rules know by role, in pipeline order (their default names are New, Contacted, Replied). */
const OPEN_ROLES = ["NEW", "CONTACTED", "REPLIED"] as const;
type OpenRole = (typeof OPEN_ROLES)[number];

/**
 * The lead stage playing an open role. An admin may rename or reorder stages, so a role is the
 * open stage still carrying its default name (any case), else the open stage at the role's default
 * place (1st, 2nd, 3rd open stage by position).
 */
function openStageFor<S extends RuleStage>(stages: readonly S[], role: OpenRole): S | null {
  const open = stages.filter((s) => s.kind === "OPEN").sort((a, b) => a.position - b.position);
  const index = OPEN_ROLES.indexOf(role);
  const defaultName = DEFAULT_LEAD_STAGES.filter((s) => s.kind === "OPEN")[index].name.toLowerCase();
  return open.find((s) => s.name.trim().toLowerCase() === defaultName) ?? open[index] ?? null;
}

/** The lead stage playing the Replied role (see openStageFor), or null when the pipeline has none. */
export function repliedStage<S extends RuleStage>(stages: readonly S[]): S | null {
  return openStageFor(stages, "REPLIED");
}

/** The first stage (by position) of a closed kind. */
function closedStageFor(stages: readonly RuleStage[], kind: "WON" | "LOST"): RuleStage | null {
  return [...stages].sort((a, b) => a.position - b.position).find((s) => s.kind === kind) ?? null;
}

/**
 * Where logging an activity moves a lead (issue 4), or null to leave it. Only a lead in an OPEN
 * stage moves; the first rule that applies wins:
 * 1. outcome CLOSED_WON → the first WON stage; CLOSED_LOST → the first LOST stage;
 * 2. a reply — an INBOUND email, call, DM, SMS or WhatsApp — or the outcome BOOKED_CALL (they
 *    answered) moves a lead in New or Contacted to Replied;
 * 3. outcome CONTACTED moves a lead in New to Contacted.
 * Stages are found by role (see openStageFor), so renamed stages keep working.
 * @param stages - the stages of the lead's pipeline.
 */
export function leadStageAfterActivity(
  stages: readonly RuleStage[],
  currentStageId: string,
  activity: { type: ActivityType; direction: Direction | null; outcome: OutreachOutcome | null },
): RuleStage | null {
  const current = stages.find((s) => s.id === currentStageId);
  if (!current || current.kind !== "OPEN") return null;
  const isCurrent = (role: OpenRole) => openStageFor(stages, role)?.id === current.id;
  let target: RuleStage | null = null;
  if (activity.outcome === "CLOSED_WON") target = closedStageFor(stages, "WON");
  else if (activity.outcome === "CLOSED_LOST") target = closedStageFor(stages, "LOST");
  else if ((activity.direction === "INBOUND" && REPLY_TYPES.includes(activity.type)) || activity.outcome === "BOOKED_CALL") {
    if (isCurrent("NEW") || isCurrent("CONTACTED")) target = openStageFor(stages, "REPLIED");
  } else if (activity.outcome === "CONTACTED" && isCurrent("NEW")) target = openStageFor(stages, "CONTACTED");
  return target && target.id !== current.id ? target : null;
}
