import type { Metadata } from "next";
import { SequenceBuilder } from "@/components/sequences/SequenceBuilder";
import { Card, PageHeader } from "@/components/ui/card";
import { sequenceFormValues } from "@/lib/sequences/step-input";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { getSequence } from "@/server/services/sequences/get-sequence";

export const metadata: Metadata = { title: "Edit sequence" };

export default async function EditSequencePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const sequence = await orNotFound(getSequence(id));
  const [templates, stages] = await Promise.all([listEmailTemplates(), listLeadStages()]);
  return (
    <>
      <PageHeader title={`Edit ${sequence.name}`} description="Steps keep their place: active enrolments go on at the step number they are at." />
      <Card className="max-w-4xl p-5">
        <SequenceBuilder
          templates={templates}
          stages={stages.filter((s) => s.kind === "OPEN")}
          sequenceId={sequence.id}
          initial={sequenceFormValues(sequence)}
        />
      </Card>
    </>
  );
}
