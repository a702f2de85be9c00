"use client";

import { useFieldArray } from "react-hook-form";
import { createTemplateAction, updateTemplateAction } from "@/app/(app)/templates/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button, FormButtons, LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Checkbox, Textarea } from "@/components/ui/input";
import { TEMPLATE_CATEGORIES, TEMPLATE_SUBCATEGORIES, enumLabel } from "@/lib/enums";
import { TEMPLATE_VARIANT_LABELS, templateInputSchema, type TemplateInput } from "@/lib/validation/template";
import { templateCategoryLabel } from "./TemplateBadges";
import { TemplatePreviewPanel } from "./TemplatePreviewPanel";
import { TemplateVariablesHelp } from "./TemplateVariablesHelp";

/**
 * Create or edit a template: name, category, subcategory, subject (emails), Markdown body, star,
 * and A/B variants B–D. Validated in the browser with the schema the server uses (unknown
 * variables, unbalanced braces, an email without a subject are field errors before saving); the
 * server's field errors show on their fields too. Beside it, the preview of what the form holds.
 * @param readOnly - shows the template without saving (for users who may not change it).
 * @param returnTo - where to go after saving.
 */
export function TemplateForm({ templateId, defaults, returnTo, readOnly = false }: { templateId?: string; defaults: TemplateInput; returnTo: string; readOnly?: boolean }) {
  const {
    register,
    control,
    watch,
    getValues,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: templateInputSchema,
    defaultValues: defaults,
    action: (data) => (templateId ? updateTemplateAction(templateId, data) : createTemplateAction(data)),
    redirectTo: () => returnTo,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "variants" });
  const isEmail = watch("category") === "EMAIL";
  const variants = watch("variants") ?? [];
  const nextLabel = TEMPLATE_VARIANT_LABELS.find((label) => !variants.some((v) => v.label === label));
  const draftOf = (label: string) => {
    const values = getValues();
    const variant = label === "A" ? values : values.variants?.find((v) => v.label === label);
    return { subject: variant?.subject ?? "", body: variant?.body ?? "" };
  };

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <FormMessage>{formError}</FormMessage>
        <fieldset disabled={readOnly} className="space-y-6">
          <Card className="grid gap-4 p-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <InputField label="Name" error={errorOf("name")} placeholder="e.g. Cold email: restaurants" {...register("name")} />
            </div>
            <SelectField label="Category" options={TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: templateCategoryLabel(c) }))} error={errorOf("category")} {...register("category")} />
            <SelectField label="Subcategory" options={TEMPLATE_SUBCATEGORIES.map((s) => ({ value: s, label: enumLabel(s) }))} error={errorOf("subcategory")} {...register("subcategory")} />
            {isEmail ? (
              <div className="sm:col-span-2">
                <InputField label="Subject" error={errorOf("subject")} placeholder="A quick idea for {{ businessName }}" {...register("subject")} />
              </div>
            ) : null}
            <Field label={fields.length ? "Body (variant A)" : "Body"} htmlFor="body" error={errorOf("body")} hint="Markdown: **bold**, *italics*, lists, [links](https://…)" className="sm:col-span-2">
              <Textarea id="body" rows={12} className="font-mono" aria-invalid={!!errorOf("body")} aria-describedby={errorOf("body") ? "body-error" : undefined} {...register("body")} />
            </Field>
            <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
              <Checkbox {...register("favourite")} /> Favourite (listed first)
            </label>
          </Card>

          <Card>
            <CardHeader
              title="A/B variants"
              actions={
                nextLabel && !readOnly ? (
                  <Button variant="secondary" size="sm" onClick={() => append({ label: nextLabel, subject: getValues("subject") ?? "", body: getValues("body") ?? "" })}>
                    Add variant {nextLabel}
                  </Button>
                ) : null
              }
            />
            <div className="space-y-4 p-4">
              {fields.length === 0 ? <p className="text-sm text-slate-500">One version (A). Add a variant to test up to four versions of the subject and body in a campaign.</p> : null}
              <FormMessage>{errorOf("variants")}</FormMessage>
              {fields.map((field, i) => (
                <div key={field.id} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid={`variant-${field.label}`}>
                  <div className="flex items-center justify-between">
                    <h3 className="text-sm font-semibold text-slate-800">Variant {field.label}</h3>
                    {!readOnly ? (
                      <Button variant="ghost" size="sm" onClick={() => remove(i)} aria-label={`Remove variant ${field.label}`}>
                        Remove
                      </Button>
                    ) : null}
                  </div>
                  <input type="hidden" {...register(`variants.${i}.label`)} />
                  {isEmail ? <InputField label={`Subject ${field.label}`} id={`variants-${i}-subject`} error={errorOf(`variants.${i}.subject`)} {...register(`variants.${i}.subject`)} /> : null}
                  <Field label={`Body ${field.label}`} htmlFor={`variants-${i}-body`} error={errorOf(`variants.${i}.body`)}>
                    <Textarea id={`variants-${i}-body`} rows={8} className="font-mono" aria-invalid={!!errorOf(`variants.${i}.body`)} {...register(`variants.${i}.body`)} />
                  </Field>
                </div>
              ))}
            </div>
          </Card>
        </fieldset>
        {readOnly ? <LinkButton href={returnTo}>Back to templates</LinkButton> : <FormButtons submitLabel={templateId ? "Save changes" : "Create template"} pending={isSubmitting} cancelHref={returnTo} />}
      </form>
      <div className="space-y-4">
        <TemplatePreviewPanel isEmail={isEmail} variants={["A", ...variants.map((v) => v.label)]} draftOf={draftOf} />
        <TemplateVariablesHelp />
      </div>
    </div>
  );
}
