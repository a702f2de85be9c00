import { deleteKeywordMonitorAction, runLeadGenerationJobAction } from "@/app/(app)/lead-generation/actions";
import type { KeywordMonitorRow } from "@/server/services/lead-generation/list-keyword-monitors";
import { RowActionButton } from "@/components/shared/RowActionButton";

/** The keyword monitors: source, keywords, schedule, signals found, with Run now and Delete. */
export function MonitorList({ monitors }: { monitors: KeywordMonitorRow[] }) {
  if (!monitors.length) return <p className="text-sm text-slate-500">No monitors yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Keyword monitors">
      {monitors.map((monitor) => (
        <li key={monitor.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
          <div>
            <p className="font-medium">{monitor.name}</p>
            <p className="text-xs text-slate-500">
              {monitor.kind === "REDDIT" ? `Reddit search “${monitor.url}”` : monitor.url} · {monitor.keywords.join(", ")}
              {monitor.negativeKeywords.length ? ` · not: ${monitor.negativeKeywords.join(", ")}` : ""} · {monitor.cron ? `schedule ${monitor.cron}` : "by hand"} · {monitor.signals} signals
            </p>
          </div>
          <span className="flex gap-2">
            <RowActionButton label="Run now" action={runLeadGenerationJobAction.bind(null, { source: "keyword-monitor", monitorId: monitor.id })} />
            <RowActionButton label="Delete" action={deleteKeywordMonitorAction.bind(null, monitor.id)} />
          </span>
        </li>
      ))}
    </ul>
  );
}
