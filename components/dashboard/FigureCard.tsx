import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";

/** One figure of a card: a label, the value as shown, and optionally the list it counts and a colour. */
export type Figure = { label: string; value: string; href?: string; tone?: string; zero?: boolean };

/**
 * A dashboard card of a few figures side by side (test id `widget-<id>`); a figure with `href`
 * opens the list it counts. `note` explains an incomplete figure (a currency without a rate).
 */
export function FigureCard({ id, title, figures, hint, note, actions }: { id: string; title: string; figures: Figure[]; hint?: string; note?: string | null; actions?: React.ReactNode }) {
  return (
    <Card className="flex h-full flex-col" data-testid={`widget-${id}`}>
      <CardHeader title={title} actions={actions} />
      <div className="grid flex-1 gap-3 p-4" style={{ gridTemplateColumns: `repeat(${figures.length}, minmax(0, 1fr))` }}>
        {figures.map((f) => {
          const body = (
            <>
              <div className="text-xs text-slate-500">{f.label}</div>
              <div className={cn("mt-0.5 text-2xl font-semibold tabular-nums", f.zero ? "text-slate-400" : (f.tone ?? "text-slate-900"))}>{f.value}</div>
            </>
          );
          return f.href ? (
            <Link key={f.label} href={f.href} className="-m-1 rounded-md p-1 hover:bg-slate-50" data-testid={`stat-${f.label}`}>
              {body}
            </Link>
          ) : (
            <div key={f.label} data-testid={`stat-${f.label}`}>
              {body}
            </div>
          );
        })}
      </div>
      {hint || note ? (
        <div className="px-4 pb-3 text-xs">
          {hint ? <p className="text-slate-500">{hint}</p> : null}
          {note ? <p className="text-amber-700">{note}</p> : null}
        </div>
      ) : null}
    </Card>
  );
}
