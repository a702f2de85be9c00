"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createSequenceAction, updateSequenceAction } from "@/app/(app)/sequences/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { CHANNEL_LABELS } from "@/lib/sequences/describe-sequence";
import { stepInput } from "@/lib/sequences/step-input";
import { SEQUENCE_TASK_CHANNELS, type SequenceInput, type SequenceStepInput } from "@/lib/validation/sequence";

type Share = { label: "A" | "B" | "C" | "D"; percent: number };
type Step = SequenceStepInput & { key: number };

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const HOURS = Array.from({ length: 25 }, (_, h) => h);
let nextKey = 1;

const newStep = (kind: "EMAIL" | "TASK" | "WAIT"): Step =>
  kind === "EMAIL"
    ? { key: nextKey++, kind, templateId: "", split: null }
    : kind === "TASK"
      ? { key: nextKey++, kind, channel: "WHATSAPP", title: "WhatsApp {{ businessName }}", body: "", templateId: null }
      : { key: nextKey++, kind, waitDays: 2, businessDays: false };

/**
 * The sequence builder: a name; steps in order (automatic email with an A/B split over its
 * template's variants, manual task on a channel with a Liquid message, wait N days) that can be
 * added, moved up or down and removed; the send window (days and local hours), the daily cap per
 * sender, the spacing between emails and the lead stages that end an enrolment. Creates a draft,
 * or saves changes.
 */
export function SequenceBuilder({
  templates,
  stages,
  sequenceId,
  initial,
}: {
  /** Email templates with their variant labels, A first. */
  templates: Array<{ id: string; name: string; variants: string[] }>;
  /** The lead pipeline's open stages (Won and Lost always end an enrolment). */
  stages: Array<{ id: string; name: string }>;
  sequenceId?: string;
  initial?: Omit<SequenceInput, "steps"> & { steps: SequenceStepInput[] };
}) {
  const router = useRouter();
  const [name, setName] = useState(initial?.name ?? "");
  const [steps, setSteps] = useState<Step[]>(() => (initial?.steps ?? [newStep("EMAIL"), newStep("WAIT"), newStep("TASK")]).map((s) => ({ ...s, key: nextKey++ })));
  const [sendDays, setSendDays] = useState<number[]>((initial?.sendDays as number[] | undefined) ?? [1, 2, 3, 4, 5]);
  const [sendFromHour, setFrom] = useState(Number(initial?.sendFromHour ?? 9));
  const [sendToHour, setTo] = useState(Number(initial?.sendToHour ?? 17));
  const [dailyCap, setCap] = useState(String(initial?.dailyCap ?? 100));
  const [spacingMinutes, setSpacing] = useState(String(initial?.spacingMinutes ?? 0));
  const [exitStageIds, setExitStages] = useState<string[]>(initial?.exitStageIds ?? []);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const update = (index: number, patch: Partial<SequenceStepInput>) => setSteps(steps.map((s, i) => (i === index ? ({ ...s, ...patch } as Step) : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    setSteps(next);
  };
  const toggleDay = (day: number) => setSendDays(sendDays.includes(day) ? sendDays.filter((d) => d !== day) : [...sendDays, day].sort());
  const fieldError = (key: string) => (errors[key]?.length ? <p className="text-sm text-red-700">{errors[key].join(", ")}</p> : null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: SequenceInput = {
      name,
      steps: steps.map(stepInput),
      sendDays,
      sendFromHour,
      sendToHour,
      dailyCap: Number(dailyCap),
      spacingMinutes: Number(spacingMinutes),
      exitStageIds,
    };
    startTransition(async () => {
      const result = sequenceId ? await updateSequenceAction(sequenceId, input) : await createSequenceAction(input);
      if (!result.ok) {
        setFormError(result.error);
        setErrors(result.fieldErrors ?? {});
        return;
      }
      router.push(`/sequences/${result.data.id}`);
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-6" aria-label="Sequence">
      {formError ? <FormMessage>{formError}</FormMessage> : null}
      <label className="block max-w-xl space-y-1">
        <span className="text-sm font-medium text-slate-700">Name</span>
        <Input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        {fieldError("name")}
      </label>

      <section className="space-y-3" aria-label="Steps">
        <h2 className="text-base font-semibold">Steps</h2>
        {fieldError("steps")}
        <ol className="space-y-3">
          {steps.map((step, index) => (
            <li key={step.key} className="rounded-lg border border-slate-200 p-3" data-testid="sequence-step">
              <div className="mb-2 flex items-center gap-2">
                <span className="flex size-6 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700">{index + 1}</span>
                <strong className="text-sm">{step.kind === "EMAIL" ? "Automatic email" : step.kind === "TASK" ? "Manual task" : "Wait"}</strong>
                <span className="ml-auto flex gap-1">
                  <Button size="sm" variant="ghost" aria-label={`Move step ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Move step ${index + 1} down`} disabled={index === steps.length - 1} onClick={() => move(index, 1)}>
                    ↓
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Remove step ${index + 1}`} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
                    Remove
                  </Button>
                </span>
              </div>
              {step.kind === "EMAIL" ? <EmailStepFields step={step} index={index} templates={templates} onChange={(patch) => update(index, patch)} errors={<>{fieldError(`steps.${index}.templateId`)}{fieldError(`steps.${index}.split`)}</>} /> : null}
              {step.kind === "TASK" ? (
                <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
                  <label className="space-y-1">
                    <span className="text-xs font-medium text-slate-600">Channel</span>
                    <Select aria-label={`Step ${index + 1} channel`} value={step.channel} onChange={(e) => update(index, { channel: e.target.value as never })}>
                      {SEQUENCE_TASK_CHANNELS.map((c) => (
                        <option key={c} value={c}>
                          {CHANNEL_LABELS[c]}
                        </option>
                      ))}
                    </Select>
                  </label>
                  <label className="space-y-1">
                    <span className="text-xs font-medium text-slate-600">Task title</span>
                    <Input aria-label={`Step ${index + 1} title`} value={step.title} onChange={(e) => update(index, { title: e.target.value })} maxLength={200} />
                    {fieldError(`steps.${index}.title`)}
                  </label>
                  <label className="space-y-1 sm:col-span-2">
                    <span className="text-xs font-medium text-slate-600">Script or message — variables like {"{{ firstName }}"} and {"{{ businessName }}"} are filled in per lead</span>
                    <Textarea aria-label={`Step ${index + 1} message`} rows={3} value={step.body ?? ""} onChange={(e) => update(index, { body: e.target.value })} />
                    {fieldError(`steps.${index}.body`)}
                  </label>
                </div>
              ) : null}
              {step.kind === "WAIT" ? (
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <label className="flex items-center gap-2">
                    Wait
                    <Input aria-label={`Step ${index + 1} days`} type="number" min={1} max={365} className="w-20" value={String(step.waitDays)} onChange={(e) => update(index, { waitDays: e.target.value as never })} />
                    days
                  </label>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={Boolean(step.businessDays)} onChange={(e) => update(index, { businessDays: e.target.checked })} /> business days only (Mon–Fri)
                  </label>
                  {fieldError(`steps.${index}.waitDays`)}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => setSteps([...steps, newStep("EMAIL")])}>
            + Email
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setSteps([...steps, newStep("TASK")])}>
            + Task
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setSteps([...steps, newStep("WAIT")])}>
            + Wait
          </Button>
        </div>
      </section>

      <section className="space-y-3" aria-label="Scheduling">
        <h2 className="text-base font-semibold">Scheduling</h2>
        <p className="text-sm text-slate-600">Steps run only inside this window, in each lead&apos;s own time zone (from its country or city, else its owner&apos;s).</p>
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="sr-only">Days</legend>
          {DAYS.map((day, i) => (
            <label key={day} className="flex items-center gap-1.5">
              <input type="checkbox" checked={sendDays.includes(i + 1)} onChange={() => toggleDay(i + 1)} /> {day}
            </label>
          ))}
        </fieldset>
        {fieldError("sendDays")}
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="space-y-1">
            <span className="block text-xs font-medium text-slate-600">From</span>
            <Select aria-label="From hour" value={sendFromHour} onChange={(e) => setFrom(Number(e.target.value))} className="w-28">
              {HOURS.slice(0, 24).map((h) => (
                <option key={h} value={h}>
                  {String(h).padStart(2, "0")}:00
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-slate-600">To</span>
            <Select aria-label="To hour" value={sendToHour} onChange={(e) => setTo(Number(e.target.value))} className="w-28">
              {HOURS.slice(1).map((h) => (
                <option key={h} value={h}>
                  {String(h).padStart(2, "0")}:00
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-slate-600">Emails per sender per day</span>
            <Input aria-label="Daily cap" type="number" min={1} max={10000} className="w-28" value={dailyCap} onChange={(e) => setCap(e.target.value)} />
          </label>
          <label className="space-y-1">
            <span className="block text-xs font-medium text-slate-600">Minutes between emails</span>
            <Input aria-label="Spacing" type="number" min={0} max={1440} className="w-28" value={spacingMinutes} onChange={(e) => setSpacing(e.target.value)} />
          </label>
        </div>
        {fieldError("sendToHour")}
        {fieldError("dailyCap")}
        {fieldError("spacingMinutes")}
      </section>

      <section className="space-y-2" aria-label="Exit rules">
        <h2 className="text-base font-semibold">Exit rules</h2>
        <p className="text-sm text-slate-600">
          A lead leaves the sequence when it replies on any channel, an email bounces, it complains or unsubscribes, a call is booked, it is Won or Lost — or reaches one of these stages:
        </p>
        <div className="flex flex-wrap gap-3 text-sm">
          {stages.map((stage) => (
            <label key={stage.id} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={exitStageIds.includes(stage.id)}
                onChange={() => setExitStages(exitStageIds.includes(stage.id) ? exitStageIds.filter((id) => id !== stage.id) : [...exitStageIds, stage.id])}
              />
              {stage.name}
            </label>
          ))}
        </div>
        {fieldError("exitStageIds")}
      </section>

      <Button type="submit" disabled={pending}>
        {sequenceId ? "Save sequence" : "Create sequence"}
      </Button>
    </form>
  );
}

/** An email step's template and, for a template with variants, its A/B split. */
function EmailStepFields({
  step,
  index,
  templates,
  onChange,
  errors,
}: {
  errors: React.ReactNode;
  step: Extract<Step, { kind: "EMAIL" }>;
  index: number;
  templates: Array<{ id: string; name: string; variants: string[] }>;
  onChange: (patch: Partial<SequenceStepInput>) => void;
}) {
  const labels = (templates.find((t) => t.id === step.templateId)?.variants ?? ["A"]) as Share["label"][];
  const split = (step.split ?? [{ label: "A", percent: 100 }]) as Share[];
  const toggle = (label: Share["label"]) => {
    const next = split.some((s) => s.label === label) ? split.filter((s) => s.label !== label) : [...split, { label, percent: 0 }];
    const even = Math.floor(100 / Math.max(next.length, 1));
    onChange({ split: next.map((s, i) => ({ ...s, percent: i === 0 ? 100 - even * (next.length - 1) : even })) });
  };
  return (
    <div className="space-y-2">
      <Select aria-label={`Step ${index + 1} template`} value={step.templateId} onChange={(e) => onChange({ templateId: e.target.value, split: null })}>
        <option value="">Choose an email template…</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
            {t.variants.length > 1 ? ` (${t.variants.join("/")})` : ""}
          </option>
        ))}
      </Select>
      {labels.length > 1 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-xs font-medium text-slate-600">A/B split</span>
          {labels.map((label) => {
            const share = split.find((s) => s.label === label);
            return (
              <span key={label} className="flex items-center gap-1.5">
                <label className="flex items-center gap-1">
                  <input type="checkbox" checked={Boolean(share)} onChange={() => toggle(label)} /> {label}
                </label>
                {share ? (
                  <Input
                    aria-label={`Step ${index + 1} variant ${label} percent`}
                    type="number"
                    min={1}
                    max={100}
                    className="h-8 w-20"
                    value={share.percent}
                    onChange={(e) => onChange({ split: split.map((s) => (s.label === label ? { ...s, percent: Number(e.target.value) } : s)) })}
                  />
                ) : null}
              </span>
            );
          })}
        </div>
      ) : null}
      {errors}
    </div>
  );
}
