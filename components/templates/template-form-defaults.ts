import type { TemplateCategory } from "@/lib/enums";
import type { TemplateInput } from "@/lib/validation/template";
import type { TemplateDetail } from "@/server/services/templates/template-record";

/** A new template's form: an email (or `category`) without variants. */
export function newTemplateDefaults(category: TemplateCategory = "EMAIL"): TemplateInput {
  return { name: "", category, subcategory: "COLD_OUTREACH", subject: "", body: "", favourite: false, variants: [] };
}

/** A saved template as its edit form shows it (also the base of a REST API partial update). */
export function templateFormDefaults(template: Pick<TemplateDetail, "name" | "category" | "subcategory" | "subject" | "body" | "favourite" | "variants">): TemplateInput {
  const { name, category, subcategory, subject, body, favourite, variants } = template;
  return { name, category, subcategory, subject, body, favourite, variants: variants.map(({ label, subject, body }) => ({ label: label as "B" | "C" | "D", subject, body })) };
}
