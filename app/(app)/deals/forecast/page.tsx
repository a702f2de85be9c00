import type { Metadata } from "next";
import { ForecastTable } from "@/components/deals/ForecastTable";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { getDealForecast } from "@/server/services/deals/deal-forecast";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";

export const metadata: Metadata = { title: "Forecast" };

export default async function ForecastPage() {
  const user = await requireUser();
  await ensureDealPipeline();
  const { months, pipelines } = await getDealForecast(user);
  return (
    <>
      <PageHeader
        title="Forecast"
        description={`Open deals by expected close month (${user.timeZone}): weighted value (value × probability), with the full value and the number of deals beneath.`}
        actions={<LinkButton href="/deals">All deals</LinkButton>}
      />
      <div className="space-y-5">
        {pipelines.map((p) => (
          <ForecastTable key={p.pipelineId} forecast={p} months={months} />
        ))}
      </div>
    </>
  );
}
