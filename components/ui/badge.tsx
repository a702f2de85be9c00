import { cn } from "@/lib/cn";

const tones = {
  slate: "bg-slate-100 text-slate-700",
  red: "bg-red-100 text-red-700",
  amber: "bg-amber-100 text-amber-800",
  sky: "bg-sky-100 text-sky-800",
  green: "bg-green-100 text-green-800",
} as const;

export function Badge({ tone = "slate", className, ...props }: React.HTMLAttributes<HTMLSpanElement> & { tone?: keyof typeof tones }) {
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium", tones[tone], className)} {...props} />;
}

/** A badge coloured by a stage's own colour. */
export function StageBadge({ name, color }: { name: string; color: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
      <span className="size-2 rounded-full" style={{ backgroundColor: color }} aria-hidden />
      {name}
    </span>
  );
}

const temperatureTone = { HOT: "red", WARM: "amber", COLD: "sky" } as const;

export function TemperatureBadge({ temperature }: { temperature: "HOT" | "WARM" | "COLD" }) {
  return <Badge tone={temperatureTone[temperature]}>{temperature.charAt(0) + temperature.slice(1).toLowerCase()}</Badge>;
}
