import Link from "next/link";
import { cn } from "@/lib/cn";
import type { DashboardView } from "@/lib/validation/dashboard-layout";

/** My / Team links for managers and admins (`?view=team`); the current one is marked for screen readers. */
export function DashboardViewSwitch({ view }: { view: DashboardView }) {
  const link = (value: DashboardView, label: string, href: string) => (
    <Link href={href} aria-current={view === value ? "page" : undefined} className={cn("px-3 py-1.5 text-sm", view === value ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50")}>
      {label}
    </Link>
  );
  return (
    <nav aria-label="Whose figures" className="flex overflow-hidden rounded-md border border-slate-300">
      {link("my", "My", "/")}
      {link("team", "Team", "/?view=team")}
    </nav>
  );
}
