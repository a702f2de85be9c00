"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createCampaignAction, updateCampaignAction } from "@/app/(app)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { CampaignInput } from "@/lib/validation/campaign";

type Option = { id: string; name: string };
type Share = { label: "A" | "B" | "C" | "D"; percent: number };

/**
 * The campaign form: name, email template, the A/B split over the template's variants
 * (percentages adding up to 100) and the segment. Creates a draft, or saves one.
 */
export function CampaignForm({
  templates,
  segments,
  campaignId,
  initial,
}: {
  /** Email templates with their variant labels, A first. */
  templates: Array<Option & { variants: string[] }>;
  segments: Array<Option & { kind: string }>;
  campaignId?: string;
  initial?: { name: string; templateId: string; segmentId: string; split: Share[] };
}) {
  const router = useRouter();
  const [name, setName] = useState(initial?.name ?? "");
  const [templateId, setTemplateId] = useState(initial?.templateId ?? "");
  const [segmentId, setSegmentId] = useState(initial?.segmentId ?? "");
  const [split, setSplit] = useState<Share[]>(initial?.split ?? [{ label: "A", percent: 100 }]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const labels = (templates.find((t) => t.id === templateId)?.variants ?? ["A"]) as Share["label"][];
  const sum = split.reduce((total, s) => total + (Number(s.percent) || 0), 0);

  const toggle = (label: Share["label"]) => {
    const next = split.some((s) => s.label === label) ? split.filter((s) => s.label !== label) : [...split, { label, percent: 0 }];
    const even = Math.floor(100 / Math.max(next.length, 1));
    setSplit(next.map((s, i) => ({ ...s, percent: i === 0 ? 100 - even * (next.length - 1) : even })));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: CampaignInput = { name, templateId, segmentId, split };
    startTransition(async () => {
      const result = campaignId ? await updateCampaignAction(campaignId, input) : await createCampaignAction(input);
      if (!result.ok) {
        setFormError(result.error);
        setErrors(result.fieldErrors ?? {});
        return;
      }
      setFormError(null);
      setErrors({});
      router.push(`/campaigns/${result.data.id}`);
      router.refresh();
    });
  };

  const fieldError = (key: string) => (errors[key]?.length ? <p className="text-sm text-red-700">{errors[key].join(", ")}</p> : null);
  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Campaign">
      {formError ? <FormMessage>{formError}</FormMessage> : null}
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Name</span>
        <Input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        {fieldError("name")}
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Email template</span>
        <Select name="templateId" value={templateId} onChange={(e) => { setTemplateId(e.target.value); setSplit([{ label: "A", percent: 100 }]); }}>
          <option value="">Choose a template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {t.variants.length > 1 ? ` (${t.variants.join("/")})` : ""}
            </option>
          ))}
        </Select>
        {fieldError("templateId")}
      </label>
      {labels.length > 1 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">A/B split (adds up to {sum}%{sum === 100 ? "" : ", must be 100"})</legend>
          {labels.map((label) => {
            const share = split.find((s) => s.label === label);
            return (
              <div key={label} className="flex items-center gap-3">
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={Boolean(share)} onChange={() => toggle(label)} /> Variant {label}
                </label>
                {share ? (
                  <Input
                    aria-label={`Variant ${label} percent`}
                    type="number"
                    min={1}
                    max={100}
                    className="w-24"
                    value={share.percent}
                    onChange={(e) => setSplit(split.map((s) => (s.label === label ? { ...s, percent: Number(e.target.value) } : s)))}
                  />
                ) : null}
              </div>
            );
          })}
          {fieldError("split")}
        </fieldset>
      ) : null}
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Audience (segment)</span>
        <Select name="segmentId" value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">Choose a segment…</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.kind.toLowerCase()})
            </option>
          ))}
        </Select>
        <span className="text-xs text-slate-500">Make a segment with “Save as segment” on the Leads or Contacts list.</span>
        {fieldError("segmentId")}
      </label>
      <Button type="submit" disabled={pending}>
        {campaignId ? "Save campaign" : "Create campaign"}
      </Button>
    </form>
  );
}
