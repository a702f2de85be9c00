import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProjectForm } from "@/components/revenue/ProjectForm";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getCompany } from "@/server/services/companies/get-company";
import { projectFormTypes } from "@/server/services/revenue/project-form-types";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "New project" };

/** /companies/[id]/projects/new: adds a project (one-off revenue) to a company that is not deleted. */
export default async function NewProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const company = await orNotFound(getCompany(id));
  if (company.deletedAt) redirect(`/companies/${company.id}`);
  const [types, users] = await Promise.all([projectFormTypes(), listUsers()]);
  return (
    <>
      <PageHeader title={`New project for ${company.name}`} />
      <ProjectForm defaults={{ companyId: company.id, name: "", amount: 0, currency: "EUR", status: "QUOTED", ownerId: user.id }} types={types} users={users} viewerRole={user.role} />
    </>
  );
}
