import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProjectTypesManager } from "@/components/revenue/ProjectTypesManager";
import { RevenueCurrenciesForm } from "@/components/revenue/RevenueCurrenciesForm";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { ensureDefaultProjectTypes } from "@/server/services/revenue/ensure-default-project-types";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { listProjectTypes } from "@/server/services/revenue/list-project-types";

export const metadata: Metadata = { title: "Revenue settings" };

/** /settings/revenue (admins): the base currency and exchange rates, and the project types. */
export default async function RevenueSettingsPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") redirect("/");
  await ensureDefaultProjectTypes();
  const [rates, types] = await Promise.all([getExchangeRates(), listProjectTypes({ includeArchived: true })]);
  return (
    <>
      <PageHeader title="Revenue" description="Currencies for revenue totals and MRR, and the types of client projects" />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader title="Currencies" />
          <div className="p-4">
            <RevenueCurrenciesForm baseCurrency={rates.base} rates={[...rates.rates].map(([currency, rate]) => ({ currency, rate }))} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Project types" />
          <ProjectTypesManager types={types.map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null, projects: t._count.projects }))} />
        </Card>
      </div>
    </>
  );
}
