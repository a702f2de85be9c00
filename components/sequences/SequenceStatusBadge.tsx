import { Badge } from "@/components/ui/badge";

const tones = { DRAFT: "slate", ACTIVE: "green", PAUSED: "amber", ARCHIVED: "slate", COMPLETED: "sky", EXITED: "red" } as const;

/** A sequence's or an enrolment's status as a coloured badge. */
export function SequenceStatusBadge({ status }: { status: keyof typeof tones }) {
  return <Badge tone={tones[status]}>{status.charAt(0) + status.slice(1).toLowerCase()}</Badge>;
}
