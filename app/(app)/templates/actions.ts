"use server";

import { revalidatePath } from "next/cache";
import type { TemplateInput, TemplatePreviewInput } from "@/lib/validation/template";
import { runAction } from "@/server/action";
import { createTemplate } from "@/server/services/templates/create-template";
import { deleteTemplate } from "@/server/services/templates/delete-template";
import { previewTemplate } from "@/server/services/templates/preview-template";
import { setTemplateFavourite } from "@/server/services/templates/set-template-favourite";
import { updateTemplate } from "@/server/services/templates/update-template";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

export async function createTemplateAction(input: TemplateInput) {
  return runAction(async (user) => {
    const template = await createTemplate(user, input);
    revalidatePath("/templates");
    return template;
  });
}

export async function updateTemplateAction(templateId: string, input: TemplateInput) {
  return runAction(async (user) => {
    const template = await updateTemplate(user, idOf(templateId), input);
    revalidatePath("/templates");
    revalidatePath(`/templates/${template.id}`);
    return template;
  });
}

export async function deleteTemplateAction(templateId: string) {
  return runAction(async (user) => {
    await deleteTemplate(user, idOf(templateId));
    revalidatePath("/templates");
    return { deleted: 1 };
  });
}

/** The star on the list and the template page: `favourite` true stars it, false un-stars it. */
export async function setTemplateFavouriteAction(templateId: string, favourite: boolean) {
  return runAction(async (user) => {
    const result = await setTemplateFavourite(user, idOf(templateId), favourite);
    revalidatePath("/templates");
    return result;
  });
}

/** The preview panel: renders a saved template or the form's draft for a lead or contact. */
export async function previewTemplateAction(input: TemplatePreviewInput) {
  return runAction((user) => previewTemplate(user, input));
}
