import { Badge } from "@/components/ui/badge";
import { enumLabel, type CompanyStatus } from "@/lib/enums";

const tone = { PROSPECT: "sky", CLIENT: "green", PARTNER: "amber", CHURNED: "red" } as const;

export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  return <Badge tone={tone[status]}>{enumLabel(status)}</Badge>;
}
