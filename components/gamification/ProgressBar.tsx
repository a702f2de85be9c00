import { cn } from "@/lib/cn";

/**
 * A progress bar (role="progressbar", named by `label`) of `value` out of `max`, full when done;
 * `tone` colours the filled part.
 */
export function ProgressBar({ value, max, label, tone = "brand", className }: { value: number; max: number; label: string; tone?: "brand" | "green" | "amber" | "red"; className?: string }) {
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 1;
  const fill = { brand: "bg-brand-600", green: "bg-green-600", amber: "bg-amber-500", red: "bg-red-600" }[tone];
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={`${value.toLocaleString("en")} of ${max.toLocaleString("en")}`}
      className={cn("h-2.5 w-full overflow-hidden rounded-full bg-slate-100", className)}
    >
      <div className={cn("h-full rounded-full transition-[width]", fill)} style={{ width: `${Math.round(fraction * 1000) / 10}%` }} />
    </div>
  );
}
