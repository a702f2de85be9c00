import type { Metadata } from "next";
import { LeadForm } from "@/components/leads/LeadForm";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "New lead" };

export default async function NewLeadPage() {
  const user = await requireUser();
  const [stages, users] = await Promise.all([listLeadStages(), listUsers()]);
  return (
    <>
      <PageHeader title="New lead" />
      <LeadForm
        defaults={{ name: "", stageId: stages[0]?.id, ownerId: user.id, temperature: "COLD", score: 0, currency: "EUR", websiteIssues: [], tags: [], demoSiteBuilt: false }}
        stages={stages}
        users={users}
        viewerRole={user.role}
      />
    </>
  );
}
