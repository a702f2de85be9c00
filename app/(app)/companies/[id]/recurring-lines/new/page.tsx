import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RecurringLineForm } from "@/components/revenue/RecurringLineForm";
import { PageHeader } from "@/components/ui/card";
import { zonedDay } from "@/lib/dates";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getCompany } from "@/server/services/companies/get-company";

export const metadata: Metadata = { title: "New recurring line" };

/** /companies/[id]/recurring-lines/new: adds a recurring line (hosting, SaaS, retainer…) to a company the user may edit. */
export default async function NewRecurringLinePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const company = await orNotFound(getCompany(id));
  if (company.deletedAt || !canEdit(user, company)) redirect(`/companies/${company.id}`);
  return (
    <>
      <PageHeader title={`New recurring line for ${company.name}`} />
      <RecurringLineForm defaults={{ companyId: company.id, kind: "HOSTING", amount: 0, currency: "EUR", billingPeriod: "MONTH", startsDay: zonedDay(new Date(), user.timeZone), endsDay: null }} />
    </>
  );
}
