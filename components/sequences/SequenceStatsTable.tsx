import { formatRate } from "@/lib/campaigns/format-rate";
import { EXIT_REASON_TEXT } from "@/lib/sequences/exit-reasons";
import type { SequenceExitReason } from "@/lib/validation/sequence";
import type { SequenceStats } from "@/server/services/sequences/get-sequence-stats";

const rate = (part: number, whole: number) => formatRate(whole ? part / whole : null);

/**
 * A sequence's stats: the funnel (enrolled → active, completed, exited by reason) as bars with
 * their numbers, and a table per step and A/B variant of emails sent, opened, clicked, replied and
 * bounced (with rates), tasks open and done, and skips.
 */
export function SequenceStatsTable({ stats, stepNames }: { stats: SequenceStats; stepNames: string[] }) {
  const { funnel } = stats;
  const bars = [
    { label: "Enrolled", value: funnel.enrolled },
    ...stats.steps.filter((s) => s.kind !== "WAIT").map((s) => ({ label: `Reached step ${s.position + 1}`, value: s.reached })),
    { label: "Replied", value: funnel.replied },
    { label: "Completed", value: funnel.completed },
  ];
  const max = Math.max(1, funnel.enrolled);
  return (
    <div className="space-y-5">
      <section aria-label="Funnel">
        <h3 className="mb-2 text-sm font-semibold text-slate-700">Funnel</h3>
        <table className="w-full text-sm">
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="w-40 py-1 pr-3 text-left font-normal text-slate-600">
                  {bar.label}
                </th>
                <td className="py-1">
                  <div className="h-3 rounded bg-brand-500" style={{ width: `${Math.max(1, (bar.value / max) * 100)}%` }} aria-hidden />
                </td>
                <td className="w-16 py-1 text-right tabular-nums">{bar.value.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-500">
          Active {funnel.active.toLocaleString("en")} · exited {funnel.exited.toLocaleString("en")}
          {Object.entries(funnel.exitReasons).map(([reason, n]) => ` · ${EXIT_REASON_TEXT[reason as SequenceExitReason] ?? reason}: ${n}`)}
        </p>
      </section>
      <section aria-label="Step stats" className="overflow-x-auto">
        <h3 className="mb-2 text-sm font-semibold text-slate-700">Per step</h3>
        <table className="w-full text-sm [&_td]:px-2 [&_td]:whitespace-nowrap [&_td:first-child]:whitespace-normal [&_th]:px-2 [&_th]:whitespace-nowrap">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-2 pr-3">Step</th>
              <th className="text-right">Sent</th>
              <th className="text-right">Opened</th>
              <th className="text-right">Clicked</th>
              <th className="text-right">Replied</th>
              <th className="text-right">Bounced</th>
              <th className="text-right">Tasks open / done</th>
              <th className="text-right">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {stats.steps.flatMap((step) => {
              const rows = [
                <tr key={step.stepId} className="border-b border-slate-100">
                  <td className="py-2 pr-3">
                    {step.position + 1}. {stepNames[step.position] ?? step.kind}
                  </td>
                  <td className="text-right tabular-nums">{step.kind === "EMAIL" ? step.sent : "—"}</td>
                  <td className="text-right tabular-nums">{step.kind === "EMAIL" ? `${step.opened} (${rate(step.opened, step.sent)})` : "—"}</td>
                  <td className="text-right tabular-nums">{step.kind === "EMAIL" ? `${step.clicked} (${rate(step.clicked, step.sent)})` : "—"}</td>
                  <td className="text-right tabular-nums">{step.kind === "WAIT" ? "—" : step.replied}</td>
                  <td className="text-right tabular-nums">{step.kind === "EMAIL" ? `${step.bounced} (${rate(step.bounced, step.sent)})` : "—"}</td>
                  <td className="text-right tabular-nums">{step.kind === "TASK" ? `${step.tasksOpen} / ${step.tasksDone}` : "—"}</td>
                  <td className="text-right tabular-nums">{step.kind === "EMAIL" ? step.skipped : "—"}</td>
                </tr>,
              ];
              if (step.variants.length > 1) {
                for (const v of step.variants) {
                  rows.push(
                    <tr key={`${step.stepId}-${v.label}`} className="border-b border-slate-100 text-slate-600">
                      <td className="py-1 pr-3 pl-6">Variant {v.label}</td>
                      <td className="text-right tabular-nums">{v.sent}</td>
                      <td className="text-right tabular-nums">{`${v.opened} (${rate(v.opened, v.sent)})`}</td>
                      <td className="text-right tabular-nums">{`${v.clicked} (${rate(v.clicked, v.sent)})`}</td>
                      <td className="text-right tabular-nums">{v.replied}</td>
                      <td className="text-right tabular-nums">{`${v.bounced} (${rate(v.bounced, v.sent)})`}</td>
                      <td />
                      <td />
                    </tr>,
                  );
                }
              }
              return rows;
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
