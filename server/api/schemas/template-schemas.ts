import { z } from "zod";
import { TEMPLATE_CATEGORIES, TEMPLATE_SUBCATEGORIES } from "@/lib/enums";
import { id, instant, optionalRefId, userRef } from "./common-schemas";

/** A template as lists answer it (templateRowSelect): without its body. */
export const templateRowSchema = z
  .strictObject({
    id,
    name: z.string(),
    category: z.enum(TEMPLATE_CATEGORIES),
    subcategory: z.enum(TEMPLATE_SUBCATEGORIES),
    subject: z.string().meta({ description: "Liquid template; \"\" for DMs and call scripts" }),
    favourite: z.boolean(),
    ownerId: optionalRefId,
    createdAt: instant,
    updatedAt: instant,
    owner: userRef.nullable(),
    variants: z.array(z.strictObject({ label: z.string() })).meta({ description: "Labels of its A/B variants besides its own (A)" }),
  })
  .meta({ id: "TemplateRow" });

/** A template with its body and variants (getTemplate). */
export const templateSchema = templateRowSchema
  .extend({
    body: z.string().meta({ description: "Markdown with Liquid variables" }),
    defaultKey: z.string().nullable().meta({ description: "Set on the templates of the default set" }),
    createdById: optionalRefId,
    createdBy: userRef.nullable(),
    variants: z.array(z.strictObject({ id, label: z.enum(["B", "C", "D"]), subject: z.string(), body: z.string() })).meta({ description: "Variants B–D; the template's own subject and body are variant A" }),
  })
  .meta({ id: "Template" });

/** A rendered template (renderTemplate). */
export const renderedTemplateSchema = z
  .strictObject({
    subject: z.string(),
    html: z.string().meta({ description: "The HTML part (values and the body's own HTML escaped)" }),
    text: z.string().meta({ description: "The plain-text part" }),
  })
  .meta({ id: "RenderedTemplate" });
