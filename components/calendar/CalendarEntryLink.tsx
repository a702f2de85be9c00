import Link from "next/link";
import { cn } from "@/lib/cn";
import type { CalendarEntry } from "@/lib/tasks/calendar-entries";

/** Dot colours of tasks by priority; follow-ups are emerald (see the calendar's legend). */
export const PRIORITY_DOT: Record<string, string> = { URGENT: "bg-red-500", HIGH: "bg-orange-500", MEDIUM: "bg-brand-500", LOW: "bg-slate-400" };
export const FOLLOW_UP_DOT = "bg-emerald-500";

/**
 * One calendar entry: a task (dot by priority, struck through when done) or a follow-up (emerald),
 * linking to it. `wrap` lets a long title take several lines (week view) instead of being cut.
 */
export function CalendarEntryLink({ entry, wrap = false }: { entry: CalendarEntry; wrap?: boolean }) {
  const followUp = entry.kind === "followUp";
  return (
    <Link
      href={entry.href}
      title={`${followUp ? "Follow-up: " : ""}${entry.title}${entry.time ? ` at ${entry.time}` : ""}`}
      data-testid={followUp ? "calendar-follow-up" : "calendar-task"}
      className={cn(
        "flex min-w-0 gap-1.5 rounded px-1.5 py-0.5 text-xs hover:bg-slate-100",
        wrap ? "items-start" : "items-center",
        followUp ? "bg-emerald-50 text-emerald-900" : "text-slate-800",
      )}
    >
      <span className={cn("size-1.5 shrink-0 rounded-full", wrap && "mt-[0.3rem]", followUp ? FOLLOW_UP_DOT : (PRIORITY_DOT[entry.priority ?? ""] ?? "bg-slate-400"))} aria-hidden />
      {entry.time ? <span className="shrink-0 text-slate-500 tabular-nums">{entry.time}</span> : null}
      <span className={cn(wrap ? "break-words" : "truncate", entry.done && "text-slate-400 line-through")}>
        {followUp ? <span className="sr-only">Follow-up: </span> : null}
        {entry.title}
      </span>
    </Link>
  );
}
