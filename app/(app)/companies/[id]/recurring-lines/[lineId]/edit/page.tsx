import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RecurringLineForm } from "@/components/revenue/RecurringLineForm";
import { recurringLineFormDefaults } from "@/components/revenue/recurring-line-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getCompany } from "@/server/services/companies/get-company";
import { getRecurringLine } from "@/server/services/revenue/get-recurring-line";

export const metadata: Metadata = { title: "Edit recurring line" };

/** /companies/[id]/recurring-lines/[lineId]/edit: the line form for someone who may edit its company. */
export default async function EditRecurringLinePage({ params }: { params: Promise<{ id: string; lineId: string }> }) {
  const user = await requireUser();
  const { id, lineId } = await params;
  const line = await orNotFound(getRecurringLine(lineId));
  if (line.companyId !== id) notFound();
  const company = await orNotFound(getCompany(id));
  if (!canEdit(user, company)) redirect(`/companies/${id}`);
  return (
    <>
      <PageHeader title="Edit recurring line" description={company.name} />
      <RecurringLineForm lineId={line.id} defaults={recurringLineFormDefaults(line, user.timeZone)} />
    </>
  );
}
