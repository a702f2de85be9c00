import type { Metadata } from "next";
import { EnrolmentList } from "@/components/sequences/EnrolmentList";
import { SequenceStatsTable } from "@/components/sequences/SequenceStatsTable";
import { SequenceStatusBadge } from "@/components/sequences/SequenceStatusBadge";
import { SequenceStatusButtons } from "@/components/sequences/SequenceStatusButtons";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { describeStep, describeWindow } from "@/lib/sequences/describe-sequence";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { orNotFound } from "@/server/page";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { getSequence } from "@/server/services/sequences/get-sequence";
import { getSequenceStats } from "@/server/services/sequences/get-sequence-stats";
import { listSequenceEnrolments } from "@/server/services/sequences/list-enrolments";

export const metadata: Metadata = { title: "Sequence" };

export default async function SequencePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const sequence = await orNotFound(getSequence(id));
  const [stats, enrolments, templates, stages] = await Promise.all([getSequenceStats(sequence.id), listSequenceEnrolments(sequence.id), listEmailTemplates(), listLeadStages()]);
  const templateName = (templateId: string) => templates.find((t) => t.id === templateId)?.name ?? "(deleted template)";
  const stepNames = sequence.steps.map((step) => describeStep(step, templateName));
  const exitStages = stages.filter((s) => sequence.exitStageIds.includes(s.id)).map((s) => s.name);
  const editable = canEdit(user, { ownerId: sequence.createdById });
  return (
    <>
      <PageHeader
        title={sequence.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SequenceStatusBadge status={sequence.status} /> {describeWindow(sequence)} in each lead&apos;s time zone · up to {sequence.dailyCap} emails per sender a day
            {sequence.spacingMinutes ? ` · ${sequence.spacingMinutes} min apart` : ""}
          </span>
        }
        actions={
          editable ? (
            <>
              <SequenceStatusButtons sequenceId={sequence.id} status={sequence.status} />
              <LinkButton href={`/sequences/${sequence.id}/edit`} size="sm">
                Edit
              </LinkButton>
            </>
          ) : null
        }
      />
      {!isEmailProviderConfigured() ? <p className="mb-4 text-sm text-amber-700">RESEND_API_KEY is not set: automatic emails go to the local outbox (/outbox), not to the recipients.</p> : null}
      {sequence.status === "DRAFT" ? <p className="mb-4 text-sm text-slate-600">A draft runs nothing: activate it to start its enrolments.</p> : null}
      <div className="grid gap-4 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <Card>
          <CardHeader title="Steps" />
          <ol className="space-y-1.5 p-4 text-sm" aria-label="Sequence steps">
            {stepNames.map((name, i) => (
              <li key={sequence.steps[i].id} className="flex gap-2">
                <span className="text-slate-400 tabular-nums">{i + 1}.</span>
                {name}
              </li>
            ))}
          </ol>
          <p className="border-t border-slate-100 px-4 py-3 text-xs text-slate-500">
            Exits on a reply, bounce, complaint, unsubscribe, booked call, Won or Lost{exitStages.length ? `, or reaching ${exitStages.join(", ")}` : ""}.
          </p>
        </Card>
        <Card className="p-4">
          <SequenceStatsTable stats={stats} stepNames={stepNames} />
        </Card>
      </div>
      <Card className="mt-4">
        <CardHeader title={`Enrolments (${stats.funnel.enrolled.toLocaleString("en")})`} />
        <EnrolmentList rows={enrolments} viewer={user} show="record" stepNames={stepNames} />
        {stats.funnel.enrolled > enrolments.length ? <p className="px-4 py-2 text-xs text-slate-500">Showing the newest {enrolments.length}.</p> : null}
      </Card>
    </>
  );
}
