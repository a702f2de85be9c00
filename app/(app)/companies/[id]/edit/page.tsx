import type { Metadata } from "next";
import { CompanyForm } from "@/components/companies/CompanyForm";
import { companyFormDefaults } from "@/components/companies/company-form-defaults";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { getCompany } from "@/server/services/companies/get-company";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Edit company" };

export default async function EditCompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const company = await orNotFound(getCompany(id));
  if (!canEdit(user, company) || company.deletedAt) {
    return (
      <>
        <PageHeader title={`Edit ${company.name}`} />
        <Card className="space-y-3 p-4 text-sm text-slate-700">
          <p>
            {company.deletedAt
              ? "This company is deleted. Restore it before editing."
              : "Only the owner, a manager or an admin can change this company."}
          </p>
          <LinkButton href={`/companies/${company.id}`}>Back to the company</LinkButton>
        </Card>
      </>
    );
  }
  const users = await listUsers();
  return (
    <>
      <PageHeader title={`Edit ${company.name}`} />
      <CompanyForm companyId={company.id} defaults={companyFormDefaults(company, user.id)} users={users} viewerRole={user.role} />
    </>
  );
}
