import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { requireUser } from "@/server/auth/session";
import { previewDailySummary } from "@/server/services/daily-summary/preview-daily-summary";

export const metadata: Metadata = { title: "Daily summary preview" };

/**
 * /settings/profile/daily-summary: today's daily summary of the signed-in user as the email would
 * be, rendered in a sandboxed iframe (no scripts, no same-origin access), with its subject.
 */
export default async function DailySummaryPreviewPage() {
  const user = await requireUser();
  const preview = await previewDailySummary(user);
  return (
    <>
      <PageHeader title="Daily summary preview" description={`Today's summary for ${user.email}, as it would be sent now. Nothing is sent.`} actions={<LinkButton href="/settings/profile">Back to profile</LinkButton>} />
      <Card className="max-w-3xl">
        <p className="border-b border-slate-100 px-4 py-3 text-sm">
          <span className="text-slate-500">Subject: </span>
          <span className="font-medium" data-testid="summary-subject">
            {preview.subject}
          </span>
        </p>
        <iframe title="Daily summary email" sandbox="" srcDoc={preview.html} className="h-[64rem] w-full rounded-b-lg bg-slate-50" />
      </Card>
    </>
  );
}
