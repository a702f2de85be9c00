import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NewPipelineForm } from "@/components/pipelines/NewPipelineForm";
import { PipelineCard } from "@/components/pipelines/PipelineCard";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { listPipelinesForEditor } from "@/server/services/pipelines/list-pipelines";

export const metadata: Metadata = { title: "Pipelines" };

/** The pipeline and stage editor (admins only): the lead statuses and every deal pipeline. */
export default async function PipelinesPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") redirect("/");
  await Promise.all([ensureLeadPipeline(), ensureDealPipeline()]);
  const pipelines = await listPipelinesForEditor();
  return (
    <>
      <PageHeader
        title="Pipelines"
        description="The lead statuses and the stages of each deal pipeline: name, colour, default win probability, kind (open, won, lost) and after how many days the board flags a card as rotting."
        actions={<NewPipelineForm />}
      />
      <div className="space-y-6">
        {pipelines.map((p) => (
          <PipelineCard key={p.id} pipeline={p} deletable={p.kind === "DEAL" && pipelines.filter((q) => q.kind === "DEAL").length > 1} />
        ))}
      </div>
    </>
  );
}
