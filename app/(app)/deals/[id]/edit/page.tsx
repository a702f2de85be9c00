import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DealForm } from "@/components/deals/DealForm";
import { dealFormDefaults } from "@/components/deals/deal-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { dealFormChoices } from "@/server/services/deals/deal-form-choices";
import { getDeal } from "@/server/services/deals/get-deal";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Edit deal" };

export default async function EditDealPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const deal = await orNotFound(getDeal(id));
  if (!canEdit(user, deal)) redirect(`/deals/${deal.id}`);
  const [users, choices] = await Promise.all([listUsers(), dealFormChoices({ companyId: deal.companyId, contactId: deal.contactId })]);
  return (
    <>
      <PageHeader title={`Edit ${deal.title}`} />
      <DealForm
        dealId={deal.id}
        defaults={dealFormDefaults(deal, user.timeZone)}
        pipelines={[]}
        stageProbability={deal.stage.probability}
        company={choices.company}
        contacts={choices.contacts}
        lead={deal.lead}
        users={users}
        viewerRole={user.role}
      />
    </>
  );
}
