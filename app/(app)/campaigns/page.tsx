import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { formatRate } from "@/lib/campaigns/format-rate";
import { campaignListQuerySchema } from "@/lib/validation/campaign";
import { requireUser } from "@/server/auth/session";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const rows = await listCampaigns(campaignListQuerySchema.parse(await searchParams));
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Email a segment of leads or contacts, with A/B variants, through the job queue."
        actions={
          <span className="flex gap-2">
            <LinkButton href="/campaigns/segments" variant="secondary">
              Segments
            </LinkButton>
            <LinkButton href="/campaigns/new" variant="primary">
              New campaign
            </LinkButton>
          </span>
        }
      />
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="p-3">Name</th>
              <th>Status</th>
              <th>Recipients</th>
              <th>Sent</th>
              <th>Delivered</th>
              <th>Opened</th>
              <th>Clicked</th>
              <th>Bounced</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <td className="p-3">
                  <Link href={`/campaigns/${row.id}`} className="font-medium text-sky-700 hover:underline">
                    {row.name}
                  </Link>
                </td>
                <td>
                  <Badge>{row.status.toLowerCase()}</Badge>
                </td>
                <td className="tabular-nums">{row.recipients.toLocaleString("en")}</td>
                <td className="tabular-nums">{row.sent.toLocaleString("en")}</td>
                <td className="tabular-nums">{formatRate(row.rates.delivery)}</td>
                <td className="tabular-nums">{formatRate(row.rates.open)}</td>
                <td className="tabular-nums">{formatRate(row.rates.click)}</td>
                <td className="tabular-nums">{formatRate(row.rates.bounce)}</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="p-6 text-center text-slate-500">
                  No campaigns yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
    </>
  );
}
