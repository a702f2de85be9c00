import { FOLLOW_UP_DOT, PRIORITY_DOT } from "./CalendarEntryLink";

const ITEMS = [
  { dot: FOLLOW_UP_DOT, label: "Lead follow-up" },
  { dot: PRIORITY_DOT.URGENT, label: "Urgent task" },
  { dot: PRIORITY_DOT.HIGH, label: "High priority" },
  { dot: PRIORITY_DOT.MEDIUM, label: "Task" },
];

/** What the calendar's dot colours mean. */
export function CalendarLegend() {
  return (
    <p className="mt-3 flex flex-wrap gap-4 text-xs text-slate-500">
      {ITEMS.map((item) => (
        <span key={item.label} className="inline-flex items-center gap-1.5">
          <span className={`size-2 rounded-full ${item.dot}`} aria-hidden /> {item.label}
        </span>
      ))}
    </p>
  );
}
