import { Badge } from "@/components/ui/badge";
import { enumLabel, type TaskPriority } from "@/lib/enums";

const priorityTone = { URGENT: "red", HIGH: "amber", MEDIUM: "slate", LOW: "sky" } as const;

/** A task's priority as a coloured badge (urgent red, high amber). */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  return <Badge tone={priorityTone[priority]}>{enumLabel(priority)}</Badge>;
}
