import { Badge } from "@/components/ui/badge";
import { outcomeLabel } from "@/lib/activities/activity-types";
import type { Direction, OutreachOutcome } from "@/lib/enums";

const OUTCOME_TONE: Record<OutreachOutcome, "slate" | "sky" | "green" | "red" | "amber"> = {
  CONTACTED: "sky",
  BOOKED_CALL: "green",
  NO_RESPONSE: "slate",
  CLOSED_WON: "green",
  CLOSED_LOST: "red",
  FOLLOW_UP_SET: "amber",
};

/** The direction of a touch as a small badge: "↗ Outbound" or "↙ Inbound". */
export function DirectionBadge({ direction }: { direction: Direction }) {
  return direction === "INBOUND" ? <Badge tone="amber">↙ Inbound</Badge> : <Badge>↗ Outbound</Badge>;
}

/** An outreach outcome as a coloured badge. */
export function OutcomeBadge({ outcome }: { outcome: OutreachOutcome }) {
  return <Badge tone={OUTCOME_TONE[outcome]}>{outcomeLabel(outcome)}</Badge>;
}
