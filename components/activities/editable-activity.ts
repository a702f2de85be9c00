import type { LoggableActivityType } from "@/lib/activities/activity-types";
import type { Direction, OutreachOutcome } from "@/lib/enums";

/** What the edit form of a timeline entry starts from. */
export type EditableActivity = {
  id: string;
  type: LoggableActivityType;
  direction: Direction | null;
  outcome: OutreachOutcome | null;
  subject: string | null;
  body: string | null;
  occurredAt: Date;
  durationSeconds: number | null;
};
