import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ProjectForm } from "@/components/revenue/ProjectForm";
import { projectFormDefaults } from "@/components/revenue/project-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getProject } from "@/server/services/revenue/get-project";
import { projectFormTypes } from "@/server/services/revenue/project-form-types";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "Edit project" };

/** /companies/[id]/projects/[projectId]/edit: the project form for someone who may edit the project. */
export default async function EditProjectPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  const user = await requireUser();
  const { id, projectId } = await params;
  const project = await orNotFound(getProject(projectId));
  if (project.companyId !== id) notFound();
  if (!canEdit(user, project)) redirect(`/companies/${id}`);
  const [types, users] = await Promise.all([projectFormTypes(project.typeId), listUsers()]);
  return (
    <>
      <PageHeader title={`Edit ${project.name}`} description={project.company.name} />
      <ProjectForm projectId={project.id} defaults={projectFormDefaults(project, user.timeZone)} types={types} users={users} viewerRole={user.role} />
    </>
  );
}
