import type { Metadata } from "next";
import { SequenceBuilder } from "@/components/sequences/SequenceBuilder";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";

export const metadata: Metadata = { title: "New sequence" };

export default async function NewSequencePage() {
  await requireUser();
  const [templates, stages] = await Promise.all([listEmailTemplates(), listLeadStages()]);
  return (
    <>
      <PageHeader title="New sequence" description="A draft: activate it on its page once it is ready; enrol leads from the leads list or a lead's page." />
      <Card className="max-w-4xl p-5">
        <SequenceBuilder templates={templates} stages={stages.filter((s) => s.kind === "OPEN")} />
      </Card>
    </>
  );
}
