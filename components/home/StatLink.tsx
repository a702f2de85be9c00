import Link from "next/link";

/** A count on the home page that opens the list it counts (test id `stat-<label>`). */
export function StatLink({ label, value, href, tone = "text-slate-900", hint }: { label: string; value: number; href: string; tone?: string; hint?: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-xs hover:border-brand-500" data-testid={`stat-${label}`}>
      <div className="text-sm text-slate-500">{label}</div>
      <div className={`mt-1 text-3xl font-semibold tabular-nums ${value === 0 ? "text-slate-400" : tone}`}>{value.toLocaleString("en")}</div>
      {hint ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
    </Link>
  );
}
