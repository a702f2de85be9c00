"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeDealStageAction, winDealAction } from "@/app/(app)/deals/actions";
import { Button } from "@/components/ui/button";
import { Field, InlineError } from "@/components/ui/field";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";
import type { StageKind } from "@/lib/enums";
import { cn } from "@/lib/cn";
import type { DealStageOption } from "@/server/services/pipelines/list-deal-pipelines";
import type { DealProjectOffer } from "@/server/services/revenue/deal-project-offer";

type Closing = { kind: "WON" | "LOST"; stageId: string };

/**
 * The stages of the deal's pipeline as a row of steps (the current one marked), and — for
 * someone who may edit the deal — the controls that move it: another open stage, "Mark won" or
 * "Mark lost" (asking for the reason, and for the stage when the pipeline has several of that
 * kind), or "Reopen" into an open stage. Every change goes through moveDeal, which records it on
 * the timeline. With `projectOffer` (the deal has a company and no project yet), "Mark won" also
 * offers "Create a project" (name, type, amount, currency; the deal's title and value to start
 * with), so one submit wins the deal and creates its project (winDeal).
 */
export function DealStageControls({
  dealId,
  stageId,
  stages,
  editable,
  projectOffer = null,
}: {
  dealId: string;
  stageId: string;
  stages: DealStageOption[];
  editable: boolean;
  projectOffer?: DealProjectOffer | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [reason, setReason] = useState("");
  const current = stages.find((s) => s.id === stageId);
  const open = stages.filter((s) => s.kind === "OPEN");
  const [reopenTo, setReopenTo] = useState(open[0]?.id ?? "");
  const ofKind = (kind: StageKind) => stages.filter((s) => s.kind === kind);
  const [createProject, setCreateProject] = useState(projectOffer !== null);
  const [project, setProject] = useState({ name: projectOffer?.name ?? "", typeId: projectOffer?.types[0]?.id ?? "", amount: String(projectOffer?.amount ?? 0), currency: projectOffer?.currency ?? "EUR" });
  const [projectErrors, setProjectErrors] = useState<Record<string, string>>({});
  const offerProject = closing?.kind === "WON" && projectOffer !== null;

  const win = (target: string, why: string) =>
    startTransition(async () => {
      setError(null);
      setProjectErrors({});
      const result = await winDealAction({
        dealId,
        stageId: target,
        reason: why,
        project: createProject ? { name: project.name, typeId: project.typeId || null, amount: project.amount === "" ? Number.NaN : Number(project.amount), currency: project.currency } : null,
      });
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setProjectErrors(Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith("project.")).map(([k, v]) => [k.slice("project.".length), v[0]])));
        return setError(fields.reason?.[0] ?? fields.project?.[0] ?? result.error);
      }
      setClosing(null);
      setReason("");
      router.refresh();
    });

  const move = (target: string, why: string | null = null) =>
    startTransition(async () => {
      setError(null);
      const result = await changeDealStageAction(dealId, target, why);
      if (!result.ok) return setError(result.fieldErrors?.reason?.[0] ?? result.error);
      setClosing(null);
      setReason("");
      router.refresh();
    });

  return (
    <div className="space-y-4 p-4">
      <ol className="flex flex-wrap gap-1.5" aria-label="Stages">
        {stages.map((s) => (
          <li
            key={s.id}
            aria-current={s.id === stageId ? "step" : undefined}
            className={cn(
              "flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs",
              s.id === stageId ? "border-slate-800 bg-slate-800 font-semibold text-white" : "border-slate-200 bg-white text-slate-600",
            )}
          >
            <span className="size-2 rounded-full" style={{ backgroundColor: s.color }} aria-hidden />
            {s.name}
            <span className={s.id === stageId ? "text-slate-300" : "text-slate-400"}>{s.probability}%</span>
          </li>
        ))}
      </ol>

      {editable && current ? (
        current.kind === "OPEN" ? (
          closing ? (
            <form
              className="max-w-lg space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                if (!reason.trim()) return setError("Say why the deal was " + (closing.kind === "WON" ? "won" : "lost"));
                if (offerProject) win(closing.stageId, reason.trim());
                else move(closing.stageId, reason.trim());
              }}
            >
              {ofKind(closing.kind).length > 1 ? (
                <Field label={closing.kind === "WON" ? "Won stage" : "Lost stage"} htmlFor="closeStage">
                  <Select id="closeStage" value={closing.stageId} onChange={(e) => setClosing({ ...closing, stageId: e.target.value })}>
                    {ofKind(closing.kind).map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : null}
              <Field label={closing.kind === "WON" ? "Why was it won?" : "Why was it lost?"} htmlFor="closeReason" error={error ?? undefined}>
                <Textarea id="closeReason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
              </Field>
              {offerProject ? (
                <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
                  <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                    <Checkbox checked={createProject} onChange={(e) => setCreateProject(e.target.checked)} />
                    Create a project
                  </label>
                  {createProject ? (
                    <div className="grid gap-3 sm:grid-cols-2">
                      <Field label="Project name" htmlFor="projectName" error={projectErrors.name}>
                        <Input id="projectName" maxLength={200} value={project.name} onChange={(e) => setProject({ ...project, name: e.target.value })} />
                      </Field>
                      <Field label="Type" htmlFor="projectType" error={projectErrors.typeId}>
                        <Select id="projectType" value={project.typeId} onChange={(e) => setProject({ ...project, typeId: e.target.value })}>
                          <option value="">No type</option>
                          {projectOffer.types.map((t) => (
                            <option key={t.id} value={t.id}>
                              {t.name}
                            </option>
                          ))}
                        </Select>
                      </Field>
                      <Field label="Amount" htmlFor="projectAmount" error={projectErrors.amount}>
                        <Input id="projectAmount" type="number" inputMode="decimal" step="0.01" min={0} value={project.amount} onChange={(e) => setProject({ ...project, amount: e.target.value })} />
                      </Field>
                      <Field label="Currency" htmlFor="projectCurrency" error={projectErrors.currency}>
                        <Input id="projectCurrency" maxLength={3} className="uppercase" value={project.currency} onChange={(e) => setProject({ ...project, currency: e.target.value })} />
                      </Field>
                    </div>
                  ) : null}
                </fieldset>
              ) : null}
              <div className="flex gap-2">
                <Button type="submit" variant={closing.kind === "WON" ? "primary" : "danger"} disabled={pending}>
                  {pending ? "Saving…" : closing.kind === "WON" ? "Mark as won" : "Mark as lost"}
                </Button>
                <Button variant="ghost" onClick={() => setClosing(null)}>
                  Cancel
                </Button>
              </div>
            </form>
          ) : (
            <div className="flex flex-wrap items-end gap-2">
              <Field label="Move to stage" htmlFor="dealStage">
                <Select id="dealStage" value={stageId} disabled={pending} onChange={(e) => move(e.target.value)} className="w-48">
                  {open.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </Select>
              </Field>
              {(["WON", "LOST"] as const).map((kind) =>
                ofKind(kind).length ? (
                  <Button
                    key={kind}
                    variant={kind === "WON" ? "primary" : "secondary"}
                    disabled={pending}
                    onClick={() => {
                      setError(null);
                      setClosing({ kind, stageId: ofKind(kind)[0].id });
                    }}
                  >
                    {kind === "WON" ? "Mark won" : "Mark lost"}
                  </Button>
                ) : null,
              )}
            </div>
          )
        ) : (
          <div className="flex flex-wrap items-end gap-2">
            <Field label="Reopen into" htmlFor="reopenStage">
              <Select id="reopenStage" value={reopenTo} onChange={(e) => setReopenTo(e.target.value)} className="w-48">
                {open.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button variant="secondary" disabled={pending || !reopenTo} onClick={() => move(reopenTo)}>
              Reopen
            </Button>
          </div>
        )
      ) : null}
      {closing ? null : <InlineError message={error} />}
    </div>
  );
}
