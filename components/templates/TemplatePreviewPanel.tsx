"use client";

import { useState, useTransition } from "react";
import { previewTemplateAction } from "@/app/(app)/templates/actions";
import { OutreachTargetPicker, type PickedTarget } from "@/components/outreach/OutreachTargetPicker";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, InlineError } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { TemplateSource } from "@/server/email/render-template";

type Rendered = { subject: string; html: string; text: string };

/**
 * Renders the form's current subject and body (of the chosen variant) for a lead or contact picked
 * by name, as the signed-in user would send it: the subject, the HTML email in a sandboxed frame
 * (no scripts, no same-origin access) and the text part, which *Copy to clipboard* copies (with
 * the subject line first for an email).
 * @param variants - the labels to choose from, A first.
 * @param draftOf - the subject and body of a variant as the form holds them now.
 */
export function TemplatePreviewPanel({ isEmail, variants, draftOf }: { isEmail: boolean; variants: string[]; draftOf: (label: string) => TemplateSource }) {
  const [target, setTarget] = useState<PickedTarget | null>(null);
  const [variant, setVariant] = useState("A");
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shownVariant = variants.includes(variant) ? variant : "A";

  const renderFor = (picked: PickedTarget | null, label = shownVariant) =>
    startTransition(async () => {
      setError(null);
      setCopied(null);
      const result = await previewTemplateAction({
        draft: draftOf(label),
        leadId: picked?.kind === "lead" ? picked.id : null,
        contactId: picked?.kind === "contact" ? picked.id : null,
      });
      if (result.ok) setRendered(result.data);
      else {
        setRendered(null);
        setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
      }
    });

  const copy = async () => {
    if (!rendered) return;
    const text = isEmail ? `Subject: ${rendered.subject}\n\n${rendered.text}` : rendered.text;
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Copied to the clipboard");
    } catch {
      setCopied("Your browser did not allow copying; select the text below instead");
    }
  };

  return (
    <Card data-testid="template-preview">
      <CardHeader title="Preview" />
      <div className="space-y-3 p-4">
        <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
          <Field label="Lead or contact" htmlFor="preview-target">
            <OutreachTargetPicker
              id="preview-target"
              value={target}
              onChange={(picked) => {
                setTarget(picked);
                if (picked) renderFor(picked);
              }}
            />
          </Field>
          {variants.length > 1 ? (
            <Field label="Variant" htmlFor="preview-variant">
              <Select
                id="preview-variant"
                value={shownVariant}
                onChange={(e) => {
                  setVariant(e.target.value);
                  renderFor(target, e.target.value);
                }}
                className="w-24"
              >
                {variants.map((label) => (
                  <option key={label} value={label}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => renderFor(target)} disabled={pending}>
            {pending ? "Rendering…" : target ? `Render for ${target.title}` : "Render without a record"}
          </Button>
          <Button variant="secondary" onClick={copy} disabled={!rendered || pending}>
            Copy to clipboard
          </Button>
        </div>
        <InlineError message={error} />
        {copied ? (
          <p role="status" className="text-sm text-green-700">
            {copied}
          </p>
        ) : null}
        {rendered ? (
          <div className="space-y-3">
            {isEmail ? (
              <p className="text-sm">
                <span className="text-slate-500">Subject: </span>
                <span data-testid="preview-subject" className="font-medium text-slate-900">
                  {rendered.subject}
                </span>
              </p>
            ) : null}
            <iframe title="Rendered email" sandbox="" srcDoc={rendered.html} className="h-96 w-full rounded-md border border-slate-200 bg-white" />
            <details>
              <summary className="cursor-pointer text-sm font-medium text-slate-700">Text part</summary>
              <pre data-testid="preview-text" className="mt-2 text-sm whitespace-pre-wrap text-slate-800">
                {rendered.text}
              </pre>
            </details>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
