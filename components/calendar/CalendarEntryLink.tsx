import Link from "next/link";
import { cn } from "@/lib/cn";
import type { CalendarEntry } from "@/lib/tasks/calendar-entries";

const dot: Record<string, string> = { URGENT: "bg-red-500", HIGH: "bg-amber-500", MEDIUM: "bg-brand-500", LOW: "bg-slate-400" };

/** One calendar entry: a task (dot by priority, struck through when done) or a follow-up (amber, "Follow-up"), linking to it. */
export function CalendarEntryLink({ entry }: { entry: CalendarEntry }) {
  const followUp = entry.kind === "followUp";
  return (
    <Link
      href={entry.href}
      title={`${followUp ? "Follow-up: " : ""}${entry.title}${entry.time ? ` at ${entry.time}` : ""}`}
      data-testid={followUp ? "calendar-follow-up" : "calendar-task"}
      className={cn(
        "flex min-w-0 items-center gap-1.5 rounded px-1.5 py-0.5 text-xs hover:bg-slate-100",
        followUp ? "bg-amber-50 text-amber-900" : "text-slate-800",
      )}
    >
      <span className={cn("size-1.5 shrink-0 rounded-full", followUp ? "bg-amber-500" : (dot[entry.priority ?? ""] ?? "bg-slate-400"))} aria-hidden />
      {entry.time ? <span className="shrink-0 text-slate-500 tabular-nums">{entry.time}</span> : null}
      <span className={cn("truncate", entry.done && "text-slate-400 line-through")}>
        {followUp ? <span className="sr-only">Follow-up: </span> : null}
        {entry.title}
      </span>
    </Link>
  );
}
