import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/CampaignForm";
import { CampaignSendPanel } from "@/components/campaigns/CampaignSendPanel";
import { CampaignStatsChart } from "@/components/campaigns/CampaignStatsChart";
import { JobProgress } from "@/components/jobs/JobStatus";
import { RefreshWhileActive } from "@/components/jobs/RefreshWhileActive";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { formatRate } from "@/lib/campaigns/format-rate";
import { formatInZone } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { getCampaignStats } from "@/server/services/campaigns/get-campaign-stats";
import { previewCampaignAudience, type AudiencePreview } from "@/server/services/campaigns/preview-campaign-audience";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { orNotFound } from "@/server/page";
import { listSegments } from "@/server/services/segments/list-segments";

export const metadata: Metadata = { title: "Campaign" };

const LEFT_OUT = { suppressed: "suppressed", unsubscribed: "unsubscribed", noEmail: "without an email", invalid: "invalid address", duplicate: "repeated address" } as const;

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const campaign = await orNotFound(getCampaign(id));
  const isDraft = campaign.status === "DRAFT";
  const [stats, templates, segments, audience] = await Promise.all([
    getCampaignStats(campaign.id),
    isDraft ? listEmailTemplates() : [],
    isDraft ? listSegments() : [],
    isDraft && campaign.segmentId ? previewCampaignAudience(campaign.id).catch((): AudiencePreview | null => null) : null,
  ]);
  const active = campaign.status === "SENDING" || campaign.status === "SCHEDULED" || campaign.job?.status === "RUNNING";
  const variants = campaign.split.map((s) => s.label);
  const rows = [
    { label: "Recipients", key: "recipients" },
    { label: "Sent", key: "sent", rate: null },
    { label: "Delivered", key: "delivered", rate: "delivery" },
    { label: "Opened", key: "opened", rate: "open" },
    { label: "Clicked", key: "clicked", rate: "click" },
    { label: "Bounced", key: "bounced", rate: "bounce" },
    { label: "Complained", key: "complained", rate: "complaint" },
    { label: "Unsubscribed", key: "unsubscribed", rate: "unsubscribe" },
    { label: "Suppressed (not sent)", key: "suppressed" },
    { label: "Failed", key: "failed" },
    { label: "Not sent yet", key: "queued" },
  ] as const;
  return (
    <>
      <RefreshWhileActive active={active} />
      <PageHeader title={campaign.name} description={<span className="flex items-center gap-2"><Badge>{campaign.status.toLowerCase()}</Badge> {campaign.template?.name ?? "no template"} → {campaign.segment?.name ?? "no segment"}</span>} />
      {!isEmailProviderConfigured() ? <p className="mb-4 text-sm text-amber-700">RESEND_API_KEY is not set: emails go to the local outbox (/outbox), not to the recipients.</p> : null}
      <div className={isDraft ? "grid gap-4 lg:grid-cols-2" : "grid gap-4"}>
        <Card className="space-y-4 p-5">
          <h2 className="text-base font-semibold">Send</h2>
          {campaign.scheduledAt ? <p className="text-sm text-slate-600">Scheduled for {formatInZone(campaign.scheduledAt, campaign.timeZone, "d MMM yyyy HH:mm")} ({campaign.timeZone})</p> : null}
          {campaign.job ? (
            <div aria-label="Sending progress">
              <JobProgress job={campaign.job} />
              {campaign.job.lastError ? <p className="text-sm text-red-700">{campaign.job.lastError}</p> : null}
            </div>
          ) : null}
          <CampaignSendPanel campaignId={campaign.id} status={campaign.status} variants={variants} timeZone={user.timeZone} />
        </Card>
        {isDraft ? (
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold">Audience</h2>
            {audience ? (
              <>
                <p className="text-sm" data-testid="audience-count">
                  <strong>{audience.recipients.toLocaleString("en")}</strong> recipients of {audience.matched.toLocaleString("en")} matched
                </p>
                <p className="text-sm text-slate-600">
                  Left out: {Object.entries(LEFT_OUT).map(([key, label]) => `${audience.leftOut[key as keyof typeof LEFT_OUT]} ${label}`).join(", ")}
                </p>
                <ul className="text-sm text-slate-700">
                  {audience.first.map((r) => (
                    <li key={r.address}>
                      {r.name} &lt;{r.address}&gt;
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="text-sm text-slate-500">Choose a segment to see the audience.</p>
            )}
          </Card>
        ) : null}
      </div>
      {isDraft ? (
        <Card className="mt-4 max-w-2xl p-5">
          <CampaignForm
            campaignId={campaign.id}
            templates={templates}
            segments={segments}
            initial={{ name: campaign.name, templateId: campaign.templateId ?? "", segmentId: campaign.segmentId ?? "", split: campaign.split as never }}
          />
        </Card>
      ) : (
        <Card className="mt-4 space-y-4 p-5">
          <h2 className="text-base font-semibold">Stats</h2>
          <table className="w-full max-w-2xl text-sm" aria-label="Campaign stats">
            <thead>
              <tr className="text-left text-slate-500">
                <th className="py-1"></th>
                <th>All</th>
                {stats.variants.length > 1 ? stats.variants.map((v) => <th key={v.label}>Variant {v.label}</th>) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-t border-slate-100">
                  <td className="py-1">{row.label}</td>
                  {[{ label: "all", counts: stats.counts, rates: stats.rates }, ...(stats.variants.length > 1 ? stats.variants : [])].map((v) => (
                    <td key={v.label} className="tabular-nums">
                      {v.counts[row.key].toLocaleString("en")}
                      {"rate" in row && row.rate ? ` (${formatRate(v.rates[row.rate])})` : ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {stats.verdict ? (
            <p className="text-sm" data-testid="ab-verdict">
              A/B by {stats.verdict.metric} rate:{" "}
              {stats.verdict.leader
                ? `variant ${stats.verdict.leader} leads (p = ${stats.verdict.test.pValue.toFixed(3)}, two-proportion z-test)`
                : "no significant difference yet (two-proportion z-test, α = 0.05)"}
            </p>
          ) : null}
          {stats.variants.length ? <CampaignStatsChart variants={stats.variants} /> : null}
        </Card>
      )}
    </>
  );
}
