import Link from "next/link";
import { cn } from "@/lib/cn";

/** Switches between the tasks list and the calendar. */
export function TaskViewTabs({ current }: { current: "list" | "calendar" }) {
  const tabs = [
    { key: "list", href: "/tasks", label: "List" },
    { key: "calendar", href: "/tasks/calendar", label: "Calendar" },
  ] as const;
  return (
    <nav className="mb-4 flex gap-1 border-b border-slate-200" aria-label="Task views">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            current === tab.key ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
