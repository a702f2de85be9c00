import { z } from "zod";
import { templateFormDefaults } from "@/components/templates/template-form-defaults";
import { templateInputSchema, templatePreviewTargetSchema } from "@/lib/validation/template";
import { templateListQuerySchema } from "@/lib/validation/template-list";
import { assertRecordId } from "@/server/services/parse";
import { createTemplate } from "@/server/services/templates/create-template";
import { deleteTemplate } from "@/server/services/templates/delete-template";
import { getTemplate } from "@/server/services/templates/get-template";
import { listTemplatesPage } from "@/server/services/templates/list-templates-page";
import { previewTemplate } from "@/server/services/templates/preview-template";
import type { TemplateDetail, TemplateRow } from "@/server/services/templates/template-record";
import { updateTemplate } from "@/server/services/templates/update-template";
import { defineOperation } from "../api-operation";
import { jsonObjectBody } from "../json-body";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { renderedTemplateSchema, templateRowSchema, templateSchema } from "../schemas/template-schemas";

const templates: ApiResource<TemplateRow, TemplateDetail, typeof templateListQuerySchema> = {
  path: "templates",
  name: "Template",
  tag: "Templates",
  rowSchema: templateRowSchema,
  detailSchema: templateSchema,
  list: { filters: templateListQuerySchema, updatedSince: true, run: (_actor, query) => listTemplatesPage(query) },
  get: (_actor, id) => getTemplate(id),
};

const rules =
  "`subject` and `body` are Liquid templates using only the variables listed on /templates (e.g. `{{ firstName | default: \"there\" }}`); an unknown variable, unbalanced braces or tags, a body over 200 KB or an email without a subject is a 422 with field errors. `variants`: none, or 1–3 more versions labelled B–D.";

/** /api/v1/templates: outreach templates (email, DM, call script) with A/B variants, and their preview. */
export const templateOperations = {
  list: listOperation(templates),
  create: createOperation(templates, { schema: templateInputSchema, description: `The template form's fields. ${rules}`, run: (actor, input) => createTemplate(actor, input) }),
  get: getOperation(templates),
  update: updateOperation(templates, {
    schema: templateInputSchema,
    description: `Its owner, a manager or an admin. ${rules} Variants sent replace the template's (by label).`,
    current: (template) => templateFormDefaults(template),
    run: (actor, id, input) => updateTemplate(actor, id, input),
  }),
  remove: deleteOperation(templates, { description: "Its owner, a manager or an admin; for good.", run: deleteTemplate }),
  preview: defineOperation<undefined, Record<string, unknown>>({
    method: "post",
    path: "/templates/{id}/preview",
    operationId: "previewTemplate",
    summary: "Render a template for a lead or a contact",
    description: "Renders variant A (its own subject and body) or B–D for the lead or contact (or neither: only the sender's variables), as the key's user would send it. Stores nothing.",
    tag: "Templates",
    scope: "read",
    pathParams: z.object({ id: z.string().meta({ description: "The template's id" }) }),
    body: jsonObjectBody(templatePreviewTargetSchema),
    responses: { 200: { description: "The subject, HTML part and text part", schema: renderedTemplateSchema } },
    problems: [400, 404, 413, 415, 422],
    handle: async ({ actor, params, body }) => {
      // A malformed id in the path is an unknown template (404), as for the other operations.
      assertRecordId(params.id, "Template");
      return { status: 200, body: await previewTemplate(actor, { ...body, templateId: params.id } as never) };
    },
  }),
};
