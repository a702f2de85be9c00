import { Badge } from "@/components/ui/badge";
import type { StageKind } from "@/lib/enums";

/** "Open", "Won" or "Lost": the kind of a deal's stage. */
export function DealStatusBadge({ kind }: { kind: StageKind }) {
  if (kind === "WON") return <Badge tone="green">Won</Badge>;
  if (kind === "LOST") return <Badge tone="red">Lost</Badge>;
  return <Badge tone="sky">Open</Badge>;
}
