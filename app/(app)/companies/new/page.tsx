import type { Metadata } from "next";
import { CompanyForm } from "@/components/companies/CompanyForm";
import { companyFormDefaults } from "@/components/companies/company-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "New company" };

export default async function NewCompanyPage() {
  const user = await requireUser();
  const users = await listUsers();
  return (
    <>
      <PageHeader title="New company" />
      <CompanyForm defaults={companyFormDefaults(null, user.id)} users={users} viewerRole={user.role} />
    </>
  );
}
