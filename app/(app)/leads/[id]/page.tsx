import type { Metadata } from "next";
import Link from "next/link";
import { RecordTimeline } from "@/components/activities/RecordTimeline";
import { AttachmentsPanel } from "@/components/attachments/AttachmentsPanel";
import { WebsiteAuditCard } from "@/components/audit/WebsiteAuditCard";
import { RelatedDeals } from "@/components/deals/RelatedDeals";
import { SendEmailButton } from "@/components/email/SendEmailButton";
import { LeadActions } from "@/components/leads/LeadActions";
import { LogOutreachButton } from "@/components/outreach/LogOutreachButton";
import { OneClickOutreach } from "@/components/outreach/OneClickOutreach";
import { LeadScoreCard } from "@/components/scoring/LeadScoreCard";
import { RecordSequencesCard } from "@/components/sequences/RecordSequencesCard";
import { RecordHeader, RecordPage } from "@/components/shared/RecordPage";
import { RecordTasks } from "@/components/tasks/RecordTasks";
import { Badge, StageBadge, TemperatureBadge } from "@/components/ui/badge";
import { Card, CardHeader, DetailItem } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import { formatMoney } from "@/lib/money";
import { parseTimelineQuery } from "@/lib/validation/activity";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { getLead } from "@/server/services/leads/get-lead";
import { getLeadScore } from "@/server/services/scoring/get-lead-score";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { getLatestWebsiteAudit } from "@/server/services/website-audit/get-latest-website-audit";
import { getRecordPanels } from "@/server/services/records/get-record-panels";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const lead = await orNotFound(getLead(id));
  const editable = canEdit(user, lead);
  const timelineQuery = parseTimelineQuery(await searchParams);
  const [stages, { timeline, tasks, attachments }, audit, score] = await Promise.all([
    listLeadStages(),
    getRecordPanels({ kind: "lead", id: lead.id }, timelineQuery),
    getLatestWebsiteAudit(lead.id),
    getLeadScore(lead.id),
  ]);

  return (
    <RecordPage
      header={
        <RecordHeader
          crumbs={[{ href: "/leads", label: "Leads" }]}
          title={lead.name}
          badges={
            <>
              <StageBadge name={lead.stage.name} color={lead.stage.color} />
              <TemperatureBadge temperature={lead.temperature} />
              <Badge>Score {lead.score}</Badge>
              {lead.convertedAt ? <Badge tone="green">Converted {formatInZone(lead.convertedAt, user.timeZone)}</Badge> : null}
            </>
          }
          tags={lead.tags}
          actions={
            <div className="flex flex-wrap items-start gap-2">
              <LogOutreachButton leadId={lead.id} name={lead.name} />
              <SendEmailButton record={{ leadId: lead.id }} name={lead.name} providerConfigured={isEmailProviderConfigured()} />
              <OneClickOutreach record={{ leadId: lead.id }} name={lead.name} channels={["WHATSAPP", "SMS", "CALL"]} />
              {editable ? <LeadActions leadId={lead.id} stageId={lead.stage.id} stages={stages} converted={!!lead.convertedAt} /> : null}
            </div>
          }
        />
      }
      timeline={<RecordTimeline subject={{ kind: "lead", id: lead.id }} timeline={timeline} query={timelineQuery} viewer={user} />}
    >
      <Card>
        <CardHeader title="Details" />
        <dl className="grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <DetailItem label="Contact person">{lead.contactName}</DetailItem>
          <DetailItem label="Email">{lead.email ? <a className="text-brand-700 hover:underline" href={`mailto:${lead.email}`}>{lead.email}</a> : null}</DetailItem>
          <DetailItem label="Phone">{lead.phone ? <a className="text-brand-700 hover:underline" href={`tel:${lead.phone}`}>{lead.phone}</a> : null}</DetailItem>
          <DetailItem label="Website">
            {lead.website ? (
              <a className="text-brand-700 hover:underline" href={lead.website} target="_blank" rel="noreferrer noopener">
                {lead.website}
              </a>
            ) : lead.hasWebsite ? "Yes (address unknown)" : "No website"}
          </DetailItem>
          <DetailItem label="Website issues">{lead.websiteIssues.length ? lead.websiteIssues.map((w) => enumLabel(w.issue)).join(", ") : null}</DetailItem>
          <DetailItem label="Demo site built">{lead.demoSiteBuilt ? "Yes" : "No"}</DetailItem>
          <DetailItem label="Niche">{lead.niche}</DetailItem>
          <DetailItem label="Source">{lead.source}</DetailItem>
          <DetailItem label="Address">{[lead.address, lead.city, lead.country].filter(Boolean).join(", ") || null}</DetailItem>
          <DetailItem label="Rating">{lead.rating !== null ? `${lead.rating.toFixed(1)} ★ (${lead.reviewCount ?? 0} reviews)` : null}</DetailItem>
          <DetailItem label="Next action">{lead.nextActionAt ? formatInZone(lead.nextActionAt, user.timeZone, "EEE d MMM yyyy") : null}</DetailItem>
          <DetailItem label="Estimated value">{lead.estimatedValue !== null ? formatMoney(lead.estimatedValue, lead.currency) : null}</DetailItem>
          <DetailItem label="Owner">{lead.owner?.name}</DetailItem>
          <DetailItem label="Maps">{lead.mapsUrl ? <a className="text-brand-700 hover:underline" href={lead.mapsUrl} target="_blank" rel="noreferrer noopener">Open in Maps</a> : null}</DetailItem>
          <DetailItem label="External id">{lead.externalId}</DetailItem>
          {lead.company ? (
            <DetailItem label="Company">
              <Link className="text-brand-700 hover:underline" href={`/companies/${lead.company.id}`}>{lead.company.name}</Link>
            </DetailItem>
          ) : null}
          {lead.contact ? (
            <DetailItem label="Contact">
              <Link className="text-brand-700 hover:underline" href={`/contacts/${lead.contact.id}`}>
                {[lead.contact.firstName, lead.contact.lastName].filter(Boolean).join(" ")}
              </Link>
            </DetailItem>
          ) : null}
          <DetailItem label="Created">{formatInZone(lead.createdAt, user.timeZone)}</DetailItem>
        </dl>
        {lead.notes ? <p className="border-t border-slate-200 p-4 text-sm whitespace-pre-wrap text-slate-700">{lead.notes}</p> : null}
      </Card>
      <LeadScoreCard leadId={lead.id} score={score} editable={editable} timeZone={user.timeZone} />
      <WebsiteAuditCard leadId={lead.id} audit={audit} timeZone={user.timeZone} editable={editable} />
      <RecordTasks link={{ field: "leadId", id: lead.id }} tasks={tasks.rows} total={tasks.total} viewer={user} />
      <RecordSequencesCard record={{ leadId: lead.id }} viewer={user} />
      <RelatedDeals link={{ leadId: lead.id }} timeZone={user.timeZone} />
      <AttachmentsPanel recordType="lead" record={lead} attachments={attachments} user={user} />
    </RecordPage>
  );
}
