"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeDealStageAction } from "@/app/(app)/deals/actions";
import { Button } from "@/components/ui/button";
import { Field, InlineError } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import type { StageKind } from "@/lib/enums";
import { cn } from "@/lib/cn";
import type { DealStageOption } from "@/server/services/pipelines/list-deal-pipelines";

type Closing = { kind: "WON" | "LOST"; stageId: string };

/**
 * The stages of the deal's pipeline as a row of steps (the current one marked), and — for
 * someone who may edit the deal — the controls that move it: another open stage, "Mark won" or
 * "Mark lost" (asking for the reason, and for the stage when the pipeline has several of that
 * kind), or "Reopen" into an open stage. Every change goes through moveDeal, which records it on
 * the timeline.
 */
export function DealStageControls({ dealId, stageId, stages, editable }: { dealId: string; stageId: string; stages: DealStageOption[]; editable: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [reason, setReason] = useState("");
  const current = stages.find((s) => s.id === stageId);
  const open = stages.filter((s) => s.kind === "OPEN");
  const [reopenTo, setReopenTo] = useState(open[0]?.id ?? "");
  const ofKind = (kind: StageKind) => stages.filter((s) => s.kind === kind);

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
                move(closing.stageId, reason.trim());
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
