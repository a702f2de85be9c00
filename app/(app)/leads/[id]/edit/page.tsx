import type { Metadata } from "next";
import { LeadForm } from "@/components/leads/LeadForm";
import { leadFormDefaults } from "@/components/leads/lead-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { getLead } from "@/server/services/leads/get-lead";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Edit lead" };

export default async function EditLeadPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const lead = await orNotFound(getLead(id));
  const [stages, users] = await Promise.all([listLeadStages(), listUsers()]);
  return (
    <>
      <PageHeader title={`Edit ${lead.name}`} />
      <LeadForm leadId={lead.id} defaults={leadFormDefaults(lead, user.timeZone)} stages={stages} users={users} viewerRole={user.role} />
    </>
  );
}
