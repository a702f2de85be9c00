import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { projectSelect, type ProjectRow } from "./project-row";

/**
 * One project with its company, type, deal and owner.
 * @throws NotFoundError for an unknown id.
 */
export async function getProject(projectId: string): Promise<ProjectRow> {
  assertRecordId(projectId, "Project");
  const project = await getDb().project.findUnique({ where: { id: projectId }, select: projectSelect });
  if (!project) throw new NotFoundError("Project");
  return project;
}
