import { projectFormDefaults } from "@/components/revenue/project-form-defaults";
import { newProjectSchema, projectInputSchema, projectListFiltersSchema } from "@/lib/validation/project";
import { createProject } from "@/server/services/revenue/create-project";
import { deleteProject } from "@/server/services/revenue/delete-project";
import { getProject } from "@/server/services/revenue/get-project";
import { listProjectsPage } from "@/server/services/revenue/list-projects-page";
import type { ProjectRow } from "@/server/services/revenue/project-row";
import { updateProject } from "@/server/services/revenue/update-project";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { projectSchema } from "../schemas/revenue-schemas";

const projects: ApiResource<ProjectRow, ProjectRow, typeof projectListFiltersSchema> = {
  path: "projects",
  name: "Project",
  tag: "Projects",
  rowSchema: projectSchema,
  detailSchema: projectSchema,
  list: { filters: projectListFiltersSchema, updatedSince: true, run: (_actor, query) => listProjectsPage(query) },
  get: (_actor, id) => getProject(id),
};

/** /api/v1/projects: one-off revenue on companies, as the company page's project form. */
export const projectOperations = {
  list: listOperation(projects),
  create: createOperation(projects, {
    schema: newProjectSchema,
    description:
      "The project form's fields. `amount` in major units; the days in the key owner's time zone; status PAID without `paidDay` is paid today. Refreshes the company's revenue figures.",
    run: (actor, input, now) => createProject(actor, input, now),
  }),
  get: getOperation(projects),
  update: updateOperation(projects, {
    schema: projectInputSchema,
    description: "The company does not change.",
    current: (project, actor) => projectFormDefaults(project, actor.timeZone),
    run: (actor, id, input, now) => updateProject(actor, id, input, now),
  }),
  remove: deleteOperation(projects, { run: (actor, id) => deleteProject(actor, id) }),
};
