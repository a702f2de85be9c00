import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/CampaignForm";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { listSegments } from "@/server/services/segments/list-segments";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  await requireUser();
  const [templates, segments] = await Promise.all([listEmailTemplates(), listSegments()]);
  return (
    <>
      <PageHeader title="New campaign" description="A draft: preview its audience and send a test before sending it." />
      <Card className="max-w-2xl p-5">
        <CampaignForm templates={templates} segments={segments} />
      </Card>
    </>
  );
}
