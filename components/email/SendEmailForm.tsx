"use client";

import { useEffect, useState, useTransition } from "react";
import { checkEmailRecipientAction, listEmailTemplatesAction, loadEmailTemplateAction, previewEmailAction, sendEmailAction } from "@/app/(app)/outbox/actions";
import { TemplateVariablesHelp } from "@/components/templates/TemplateVariablesHelp";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, InlineError, InputField } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { sendEmailInputSchema, type SendEmailData, type SendEmailInput } from "@/lib/validation/send-email";
import type { EmailTemplateOption } from "@/server/services/email/list-email-templates";
import { OutboxBanner } from "./OutboxBanner";
import { RenderedEmail } from "./RenderedEmail";

/** The record the dialog sends from (one id). */
export type EmailRecordRef = { leadId?: string; contactId?: string; dealId?: string };

type VariantText = { label: string; subject: string; body: string };
type Preview = { subject: string; html: string; text: string; to: string };
type Sent = { to: string; outbox: boolean; movedTo: { id: string; name: string } | null };

/**
 * The send dialog's form: the recipient (checked on open: a missing or suppressed address is
 * shown at once and sending is off), a template (or blank) and variant that fill subject and
 * body, both editable (Liquid variables, checked like a template's), a preview rendered by the
 * server for this recipient, and Send.
 */
export function SendEmailForm({ record, providerConfigured, onSent, onCancel }: { record: EmailRecordRef; providerConfigured: boolean; onSent: (sent: Sent) => void; onCancel: () => void }) {
  const [recipient, setRecipient] = useState<{ address: string } | { error: string } | null>(null);
  const [templates, setTemplates] = useState<EmailTemplateOption[]>([]);
  const [variants, setVariants] = useState<VariantText[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const ids = { leadId: record.leadId ?? "", contactId: record.contactId ?? "", dealId: record.dealId ?? "" };

  const { register, setValue, getValues, watch, clearErrors, onSubmit, errorOf, formError, formState } = useActionForm<SendEmailInput, SendEmailData, Sent>({
    schema: sendEmailInputSchema,
    defaultValues: { ...ids, templateId: "", variant: "A", subject: "", body: "" },
    action: (_data, form) => sendEmailAction(form.getValues()),
    onSuccess: onSent,
  });

  useEffect(() => {
    startLoading(async () => {
      const [checked, list] = await Promise.all([checkEmailRecipientAction(ids), listEmailTemplatesAction()]);
      setRecipient(checked.ok ? { address: checked.data.address } : { error: checked.fieldErrors?.to?.[0] ?? checked.error });
      if (list.ok) setTemplates(list.data);
    });
    // Once per opening: the dialog is mounted afresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fill = (text: VariantText | undefined) => {
    setValue("subject", text?.subject ?? "", { shouldValidate: false });
    setValue("body", text?.body ?? "", { shouldValidate: false });
    // The errors were about the text just replaced.
    clearErrors(["subject", "body"]);
    setPreview(null);
  };

  const pickTemplate = (templateId: string) => {
    setValue("templateId", templateId);
    setValue("variant", "A");
    if (!templateId) {
      setVariants([]);
      return fill(undefined);
    }
    startLoading(async () => {
      const loaded = await loadEmailTemplateAction(templateId);
      if (!loaded.ok) return setPreviewError(loaded.error);
      setVariants(loaded.data);
      fill(loaded.data[0]);
    });
  };

  const renderPreview = () =>
    startLoading(async () => {
      setPreviewError(null);
      const result = await previewEmailAction(getValues());
      if (result.ok) setPreview(result.data);
      else {
        setPreview(null);
        setPreviewError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
      }
    });

  const refused = recipient !== null && "error" in recipient;
  const toError = errorOf("to" as never) ?? (refused ? recipient.error : undefined);

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate data-testid="send-email-form">
      <OutboxBanner providerConfigured={providerConfigured} linkToOutbox />
      <FormMessage>{formError && formError !== toError ? formError : null}</FormMessage>
      <Field label="To" htmlFor="email-to" error={toError}>
        <p id="email-to" data-testid="email-to" className="text-sm font-medium text-slate-900">
          {recipient === null ? "Checking…" : "address" in recipient ? recipient.address : "—"}
        </p>
      </Field>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field label="Template" htmlFor="email-template">
          <Select id="email-template" value={watch("templateId") ?? ""} onChange={(e) => pickTemplate(e.target.value)} disabled={refused}>
            <option value="">Blank email</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.favourite ? "★ " : ""}
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
        {variants.length > 1 ? (
          <Field label="Variant" htmlFor="email-variant">
            <Select
              id="email-variant"
              className="w-20"
              value={watch("variant") ?? "A"}
              onChange={(e) => {
                setValue("variant", e.target.value as SendEmailData["variant"]);
                fill(variants.find((v) => v.label === e.target.value));
              }}
            >
              {variants.map((v) => (
                <option key={v.label} value={v.label}>
                  {v.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      <InputField label="Subject" id="email-subject" error={errorOf("subject")} disabled={refused} {...register("subject")} />
      <Field label="Message" htmlFor="email-body" error={errorOf("body")} hint="Markdown; variables such as {{ firstName }} are filled in for this recipient">
        <Textarea id="email-body" rows={8} aria-invalid={!!errorOf("body")} disabled={refused} className="font-mono text-xs" {...register("body")} />
      </Field>
      <TemplateVariablesHelp />
      <InlineError message={previewError} />
      {preview ? (
        <div className="space-y-2 rounded-md border border-slate-200 p-2" data-testid="email-preview">
          <p className="text-sm">
            <span className="text-slate-500">Subject: </span>
            <span className="font-medium text-slate-900">{preview.subject}</span>
          </p>
          <RenderedEmail html={preview.html} text={preview.text} height="h-56" />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={refused || recipient === null || formState.isSubmitting}>
          {formState.isSubmitting ? "Sending…" : providerConfigured ? "Send" : "Put in outbox"}
        </Button>
        <Button variant="secondary" onClick={renderPreview} disabled={refused || loading}>
          {loading ? "Working…" : "Preview"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
