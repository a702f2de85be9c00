import type { Metadata } from "next";
import { DealForm } from "@/components/deals/DealForm";
import { PageHeader } from "@/components/ui/card";
import { toMajorUnits } from "@/lib/money";
import { requireUser } from "@/server/auth/session";
import { NotFoundError } from "@/server/errors";
import { dealFormChoices } from "@/server/services/deals/deal-form-choices";
import { getLead } from "@/server/services/leads/get-lead";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { listDealPipelines } from "@/server/services/pipelines/list-deal-pipelines";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "New deal" };

const param = (value: string | string[] | undefined) => (typeof value === "string" && value ? value.slice(0, 64) : null);

/**
 * /deals/new, optionally ?leadId=… (title, value, company and contact from that lead),
 * ?companyId=… or ?contactId=… (from a company's or contact's page) and ?pipelineId=….
 */
export default async function NewDealPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const defaultPipelineId = await ensureDealPipeline();
  const leadId = param(params.leadId);
  const lead = leadId ? await getLead(leadId).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null;
  const [pipelines, users, choices] = await Promise.all([
    listDealPipelines(),
    listUsers(),
    dealFormChoices({ companyId: param(params.companyId) ?? lead?.company?.id, contactId: param(params.contactId) ?? lead?.contact?.id }),
  ]);
  const pipeline = pipelines.find((p) => p.id === param(params.pipelineId)) ?? pipelines.find((p) => p.id === defaultPipelineId) ?? pipelines[0];
  return (
    <>
      <PageHeader title={lead ? `New deal for ${lead.name}` : choices.company ? `New deal with ${choices.company.name}` : "New deal"} />
      <DealForm
        defaults={{
          title: lead?.name ?? "",
          value: lead?.estimatedValue != null ? toMajorUnits(lead.estimatedValue) : null,
          currency: lead?.currency ?? "EUR",
          probability: null,
          expectedCloseDay: null,
          pipelineId: pipeline?.id ?? null,
          stageId: pipeline?.stages.find((s) => s.kind === "OPEN")?.id ?? null,
          companyId: choices.company?.id ?? null,
          contactId: param(params.contactId) ?? lead?.contact?.id ?? null,
          leadId: lead?.id ?? null,
          ownerId: user.id,
          tags: [],
        }}
        pipelines={pipelines}
        company={choices.company}
        contacts={choices.contacts}
        lead={lead ? { id: lead.id, name: lead.name } : null}
        users={users}
        viewerRole={user.role}
      />
    </>
  );
}
