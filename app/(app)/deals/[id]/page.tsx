import type { Metadata } from "next";
import Link from "next/link";
import { RecordTimeline } from "@/components/activities/RecordTimeline";
import { AttachmentsPanel } from "@/components/attachments/AttachmentsPanel";
import { SendEmailButton } from "@/components/email/SendEmailButton";
import { DealActions } from "@/components/deals/DealActions";
import { DealStageControls } from "@/components/deals/DealStageControls";
import { DealStatusBadge } from "@/components/deals/DealStatusBadge";
import { RecordHeader, RecordPage } from "@/components/shared/RecordPage";
import { RecordTasks } from "@/components/tasks/RecordTasks";
import { Badge, StageBadge } from "@/components/ui/badge";
import { Card, CardHeader, DetailItem } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { canEdit } from "@/lib/permissions";
import { parseTimelineQuery } from "@/lib/validation/activity";
import { personName } from "@/lib/validation/contact";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { getDeal } from "@/server/services/deals/get-deal";
import { dealProjectOffer } from "@/server/services/revenue/deal-project-offer";
import { getRecordPanels } from "@/server/services/records/get-record-panels";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Deal" };

const link = "text-brand-700 hover:underline";

export default async function DealPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const deal = await orNotFound(getDeal(id));
  const timelineQuery = parseTimelineQuery(await searchParams);
  const { timeline, tasks, attachments } = await getRecordPanels({ kind: "deal", id: deal.id }, timelineQuery);
  const editable = canEdit(user, deal);
  const closed = deal.stage.kind !== "OPEN";
  const projectOffer = editable && !closed ? await dealProjectOffer(deal) : null;

  return (
    <RecordPage
      header={
        <RecordHeader
          crumbs={[{ href: "/deals", label: "Deals" }, ...(deal.company ? [{ href: `/companies/${deal.company.id}`, label: deal.company.name }] : [])]}
          title={deal.title}
          badges={
            <>
              <StageBadge name={deal.stage.name} color={deal.stage.color} />
              {closed && deal.stage.name.toLowerCase() !== deal.stage.kind.toLowerCase() ? <DealStatusBadge kind={deal.stage.kind} /> : null}
              <Badge>{formatMoney(deal.value, deal.currency)}</Badge>
            </>
          }
          tags={deal.tags}
          actions={
            <div className="flex flex-wrap items-start gap-2">
              <SendEmailButton record={{ dealId: deal.id }} name={deal.title} providerConfigured={isEmailProviderConfigured()} />
              {editable ? <DealActions dealId={deal.id} /> : null}
            </div>
          }
        />
      }
      timeline={<RecordTimeline subject={{ kind: "deal", id: deal.id }} timeline={timeline} query={timelineQuery} viewer={user} />}
    >
      <Card>
        <CardHeader title={`Pipeline: ${deal.pipeline.name}`} />
        <DealStageControls dealId={deal.id} stageId={deal.stage.id} stages={deal.pipeline.stages} editable={editable} projectOffer={projectOffer} />
        {closed ? (
          <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-700" data-testid="deal-outcome">
            {deal.stage.kind === "WON" ? "Won" : "Lost"}
            {deal.closedAt ? ` on ${formatInZone(deal.closedAt, user.timeZone)}` : ""}
            {deal.closeReason ? `: ${deal.closeReason}` : ""}
          </p>
        ) : null}
      </Card>

      <Card>
        <CardHeader title="Details" />
        <dl className="grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <DetailItem label="Value">{formatMoney(deal.value, deal.currency)}</DetailItem>
          <DetailItem label="Probability">
            {deal.probability}% <span className="text-xs text-slate-500">{deal.probabilityOverridden ? "(set on this deal)" : "(stage default)"}</span>
          </DetailItem>
          <DetailItem label="Weighted value">{formatMoney(deal.weightedValue, deal.currency)}</DetailItem>
          <DetailItem label="Expected close">{deal.expectedCloseAt ? formatInZone(deal.expectedCloseAt, user.timeZone, "EEE d MMM yyyy") : null}</DetailItem>
          <DetailItem label="In stage since">{formatInZone(deal.stageChangedAt, user.timeZone)}</DetailItem>
          <DetailItem label="Owner">{deal.owner?.name}</DetailItem>
          <DetailItem label="Company">
            {deal.company ? (
              <Link className={link} href={`/companies/${deal.company.id}`}>
                {deal.company.name}
              </Link>
            ) : null}
          </DetailItem>
          <DetailItem label="Contact">
            {deal.contact ? (
              <Link className={link} href={`/contacts/${deal.contact.id}`}>
                {personName(deal.contact)}
              </Link>
            ) : null}
          </DetailItem>
          <DetailItem label="Source lead">
            {deal.lead ? (
              <Link className={link} href={`/leads/${deal.lead.id}`}>
                {deal.lead.name}
              </Link>
            ) : null}
          </DetailItem>
          <DetailItem label="Created">{formatInZone(deal.createdAt, user.timeZone)}</DetailItem>
          <DetailItem label="Updated">{formatInZone(deal.updatedAt, user.timeZone)}</DetailItem>
          {deal.externalId ? <DetailItem label="External id">{deal.externalId}</DetailItem> : null}
        </dl>
      </Card>
      <RecordTasks link={{ field: "dealId", id: deal.id }} tasks={tasks.rows} total={tasks.total} viewer={user} />
      <AttachmentsPanel recordType="deal" record={deal} attachments={attachments} user={user} />
    </RecordPage>
  );
}
