import { Card, CardHeader } from "@/components/ui/card";
import type { Role } from "@/lib/enums";
import { listRecordEnrolments } from "@/server/services/sequences/list-enrolments";
import { EnrolInSequenceButton } from "./EnrolInSequenceButton";
import { EnrolmentList } from "./EnrolmentList";

/**
 * A lead's or contact's page card: its sequence enrolments (status, next step or exit reason, open
 * task links, Unenrol) and "Enrol in sequence…".
 */
export async function RecordSequencesCard({ record, viewer }: { record: { leadId: string } | { contactId: string }; viewer: { id: string; role: Role; timeZone: string } }) {
  const rows = await listRecordEnrolments(record);
  return (
    <Card role="region" aria-label="Sequences">
      <CardHeader
        title="Sequences"
        actions={<EnrolInSequenceButton label="Enrol…" leadIds={"leadId" in record ? [record.leadId] : []} contactIds={"contactId" in record ? [record.contactId] : []} />}
      />
      <EnrolmentList rows={rows} viewer={viewer} show="sequence" />
    </Card>
  );
}
