import { Badge } from "@/components/ui/badge";
import type { SuppressionReason } from "@/lib/enums";

const REASONS: Record<SuppressionReason, { label: string; tone: "slate" | "red" | "amber" | "sky" }> = {
  UNSUBSCRIBED: { label: "Unsubscribed", tone: "slate" },
  HARD_BOUNCE: { label: "Hard bounce", tone: "red" },
  COMPLAINT: { label: "Complaint", tone: "amber" },
  MANUAL: { label: "Manual", tone: "sky" },
};

/** The label of a suppression reason ("Hard bounce"). */
export function suppressionReasonLabel(reason: SuppressionReason): string {
  return REASONS[reason].label;
}

/** Why an address is suppressed, as a coloured badge. */
export function SuppressionReasonBadge({ reason }: { reason: SuppressionReason }) {
  return <Badge tone={REASONS[reason].tone}>{REASONS[reason].label}</Badge>;
}
