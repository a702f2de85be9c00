import { z } from "zod";
import { TEMPLATE_CATEGORIES, TEMPLATE_SUBCATEGORIES } from "@/lib/enums";
import { checkTemplateSource } from "@/lib/templates/template-engine";
import { optionalId, requiredText } from "./common";

/** Largest template body: 200 KB of UTF-8 (bytes). */
export const MAX_TEMPLATE_BODY_BYTES = 200 * 1024;
/** Longest subject (characters). */
export const MAX_TEMPLATE_SUBJECT = 300;

/** Labels of the A/B variants beside a template's own subject and body (which are variant A). */
export const TEMPLATE_VARIANT_LABELS = ["B", "C", "D"] as const;
export type TemplateVariantLabel = (typeof TEMPLATE_VARIANT_LABELS)[number];
/** Every variant label, A (the template's own subject and body) first. */
export const ALL_TEMPLATE_VARIANT_LABELS = ["A", ...TEMPLATE_VARIANT_LABELS] as const;

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

/** Adds the Liquid check (checkTemplateSource) of a subject or body to `ctx` as a field error. */
function checkLiquid(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const message = checkTemplateSource(value);
  if (message) ctx.addIssue({ code: "custom", message });
}

/** A subject: one line of at most MAX_TEMPLATE_SUBJECT characters, trimmed; may be blank (see templateInputSchema). */
const subjectSchema = z
  .string({ error: "Must be text" })
  .trim()
  .max(MAX_TEMPLATE_SUBJECT, { error: `At most ${MAX_TEMPLATE_SUBJECT} characters` })
  .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" })
  .refine((v) => !/[\r\n]/.test(v), { error: "A subject is one line" })
  .superRefine((v, ctx) => {
    if (!v.includes("\u0000")) checkLiquid(v, ctx);
  })
  .default("");

/** A body: Markdown with Liquid variables, stored as written, not blank, at most MAX_TEMPLATE_BODY_BYTES. */
const bodySchema = z.string({ error: "Body is required" }).superRefine((v, ctx) => {
  if (v.includes("\u0000")) return ctx.addIssue({ code: "custom", message: "Contains an invalid character" });
  if (utf8Bytes(v) > MAX_TEMPLATE_BODY_BYTES) return ctx.addIssue({ code: "custom", message: `At most ${MAX_TEMPLATE_BODY_BYTES / 1024} KB` });
  if (!v.trim()) return ctx.addIssue({ code: "custom", message: "Body is required" });
  checkLiquid(v, ctx);
});

/** An A/B variant: its label (B, C or D) and its own subject and body. */
export const templateVariantSchema = z.object({
  label: z.enum(TEMPLATE_VARIANT_LABELS, { error: "Choose B, C or D" }),
  subject: subjectSchema,
  body: bodySchema,
});

/**
 * A template as entered in the template form; the same schema runs in the browser
 * (react-hook-form) and in the services.
 * - `subject` and `body` are Liquid templates: only the variables of lib/templates/template-variables.ts,
 *   balanced braces and tags (checkTemplateSource); `body` is Markdown, at most 200 KB.
 * - An email needs a subject (and so does each of its variants); DMs and call scripts ignore it.
 * - `variants`: none, or 1–3 more versions labelled B–D (with the template's own, 2–4 in all),
 *   each label once.
 */
export const templateInputSchema = z
  .object({
    name: requiredText(200, "Name"),
    category: z.enum(TEMPLATE_CATEGORIES, { error: "Choose email, DM or call script" }).default("EMAIL"),
    subcategory: z.enum(TEMPLATE_SUBCATEGORIES, { error: "Choose a subcategory" }).default("OTHER"),
    subject: subjectSchema,
    body: bodySchema,
    favourite: z.boolean({ error: "Must be yes or no" }).default(false),
    variants: z.array(templateVariantSchema, { error: "Variants must be a list" }).max(TEMPLATE_VARIANT_LABELS.length, { error: "At most 4 variants (A–D)" }).default([]),
  })
  .superRefine((template, ctx) => {
    if (template.category !== "EMAIL") return;
    if (!template.subject) ctx.addIssue({ code: "custom", message: "An email needs a subject", path: ["subject"] });
    template.variants.forEach((variant, i) => {
      if (!variant.subject) ctx.addIssue({ code: "custom", message: "An email needs a subject", path: ["variants", i, "subject"] });
    });
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.variants.forEach((variant, i) => {
      if (seen.has(variant.label)) ctx.addIssue({ code: "custom", message: `Variant ${variant.label} is there twice`, path: ["variants", i, "label"] });
      seen.add(variant.label);
    });
  });

export type TemplateInput = z.input<typeof templateInputSchema>;
export type TemplateData = z.output<typeof templateInputSchema>;

const templatePreviewFields = z.object({
  templateId: optionalId,
  variant: z.enum(ALL_TEMPLATE_VARIANT_LABELS, { error: "Choose A, B, C or D" }).default("A"),
  draft: z.object({ subject: subjectSchema, body: bodySchema }).nullish().transform((v) => v ?? null),
  leadId: optionalId,
  contactId: optionalId,
});

/** Who and which variant to preview a saved template for (the REST API's preview body). */
export const templatePreviewTargetSchema = templatePreviewFields.pick({ variant: true, leadId: true, contactId: true });

/**
 * What to preview: a saved template (`templateId`, and which variant) or a draft from the form
 * (`subject` and `body`, checked like a saved one), rendered for a lead or a contact — or for
 * nobody, when only the sender's variables have values.
 */
export const templatePreviewSchema = templatePreviewFields
  .refine((p) => (p.templateId === null) !== (p.draft === null), { error: "Preview a saved template or a draft", path: ["templateId"] })
  .refine((p) => p.leadId === null || p.contactId === null, { error: "Choose a lead or a contact, not both", path: ["contactId"] });

export type TemplatePreviewInput = z.input<typeof templatePreviewSchema>;
