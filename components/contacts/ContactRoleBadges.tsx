import { Badge } from "@/components/ui/badge";
import { enumLabel, type ContactRole } from "@/lib/enums";

/** "Primary" for a company's primary contact, plus the contact's role unless that says the same. */
export function ContactRoleBadges({ isPrimary, role }: { isPrimary: boolean; role: ContactRole | null }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {isPrimary ? <Badge tone="green">Primary</Badge> : null}
      {role && !(isPrimary && role === "PRIMARY") ? <Badge tone="sky">{enumLabel(role)}</Badge> : null}
    </span>
  );
}
