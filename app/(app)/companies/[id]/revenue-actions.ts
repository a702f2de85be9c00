"use server";

import { revalidatePath } from "next/cache";
import type { NewProjectInput, ProjectInput } from "@/lib/validation/project";
import type { NewRecurringLineInput, RecurringLineInput } from "@/lib/validation/recurring-line";
import { runAction } from "@/server/action";
import { cancelRecurringLine } from "@/server/services/revenue/cancel-recurring-line";
import { createProject } from "@/server/services/revenue/create-project";
import { createRecurringLine } from "@/server/services/revenue/create-recurring-line";
import { deleteProject } from "@/server/services/revenue/delete-project";
import { deleteRecurringLine } from "@/server/services/revenue/delete-recurring-line";
import { updateProject } from "@/server/services/revenue/update-project";
import { updateRecurringLine } from "@/server/services/revenue/update-recurring-line";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** The company page and the companies list (whose revenue columns and filters change). */
function revalidateCompany(companyId: unknown) {
  revalidatePath("/companies");
  revalidatePath(`/companies/${idOf(companyId)}`);
}

export async function createProjectAction(input: NewProjectInput) {
  return runAction(async (user) => {
    const project = await createProject(user, input);
    revalidateCompany(input?.companyId);
    return project;
  });
}

export async function updateProjectAction(companyId: string, projectId: string, input: ProjectInput) {
  return runAction(async (user) => {
    await updateProject(user, idOf(projectId), input);
    revalidateCompany(companyId);
    return { id: idOf(projectId) };
  });
}

export async function deleteProjectAction(companyId: string, projectId: string) {
  return runAction(async (user) => {
    await deleteProject(user, idOf(projectId));
    revalidateCompany(companyId);
    return null;
  });
}

export async function createRecurringLineAction(input: NewRecurringLineInput) {
  return runAction(async (user) => {
    const line = await createRecurringLine(user, input);
    revalidateCompany(input?.companyId);
    return line;
  });
}

export async function updateRecurringLineAction(companyId: string, lineId: string, input: RecurringLineInput) {
  return runAction(async (user) => {
    await updateRecurringLine(user, idOf(lineId), input);
    revalidateCompany(companyId);
    return { id: idOf(lineId) };
  });
}

/** "Cancel" on a recurring line: it ends on `endsDay` (the user's time zone). */
export async function cancelRecurringLineAction(companyId: string, lineId: string, endsDay: unknown) {
  return runAction(async (user) => {
    await cancelRecurringLine(user, idOf(lineId), { endsDay });
    revalidateCompany(companyId);
    return null;
  });
}

export async function deleteRecurringLineAction(companyId: string, lineId: string) {
  return runAction(async (user) => {
    await deleteRecurringLine(user, idOf(lineId));
    revalidateCompany(companyId);
    return null;
  });
}
