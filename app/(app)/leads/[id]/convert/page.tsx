import type { Metadata } from "next";
import Link from "next/link";
import { ConvertLeadForm } from "@/components/leads/ConvertLeadForm";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { toMajorUnits } from "@/lib/money";
import { canEdit } from "@/lib/permissions";
import { splitPersonName } from "@/lib/validation/contact";
import { requireUser } from "@/server/auth/session";
import { findMatchingCompanies } from "@/server/services/companies/find-matching-companies";
import { getLead } from "@/server/services/leads/get-lead";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Convert lead" };

/** Converting a lead into a company and contact; the lead page's "Convert" button and a won status lead here. */
export default async function ConvertLeadPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const lead = await orNotFound(getLead(id));
  const title = `Convert ${lead.name}`;
  const back = (
    <LinkButton href={`/leads/${lead.id}`} className="self-start">
      Back to the lead
    </LinkButton>
  );

  if (lead.convertedAt) {
    return (
      <>
        <PageHeader title={title} />
        <Card className="flex flex-col gap-3 p-4 text-sm text-slate-700">
          <p>
            This lead was converted on {formatInZone(lead.convertedAt, user.timeZone)}
            {lead.company ? (
              <>
                {" into "}
                <Link className="text-brand-700 hover:underline" href={`/companies/${lead.company.id}`}>
                  {lead.company.name}
                </Link>
              </>
            ) : null}
            .
          </p>
          {back}
        </Card>
      </>
    );
  }
  if (!canEdit(user, lead)) {
    return (
      <>
        <PageHeader title={title} />
        <Card className="flex flex-col gap-3 p-4 text-sm text-slate-700">
          <p>Only the lead&apos;s owner, a manager or an admin can convert this lead.</p>
          {back}
        </Card>
      </>
    );
  }

  const defaultPipelineId = await ensureDealPipeline();
  const [matches, pipelines] = await Promise.all([findMatchingCompanies(lead), listDealPipelines()]);
  const person = splitPersonName(lead.contactName);
  const dealPipeline = pipelines.find((p) => p.id === defaultPipelineId) ?? pipelines[0];
  return (
    <>
      <PageHeader
        title={title}
        description="Creates or links a company and a contact, and optionally a deal, in one step. The lead is marked converted and keeps its history, which then also shows on the company and the contact."
      />
      <ConvertLeadForm
        lead={{ id: lead.id, name: lead.name }}
        matches={matches}
        pipelines={pipelines}
        defaults={{
          leadId: lead.id,
          companyId: null,
          companyName: lead.name,
          contactId: null,
          contactFirstName: person.firstName,
          contactLastName: person.lastName,
          contactEmail: lead.email,
          createDeal: false,
          dealTitle: lead.name,
          dealValue: lead.estimatedValue !== null ? toMajorUnits(lead.estimatedValue) : null,
          dealCurrency: lead.currency,
          dealStageId: dealPipeline?.stages.find((s) => s.kind === "OPEN")?.id ?? null,
        }}
      />
    </>
  );
}
