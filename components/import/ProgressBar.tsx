/** A horizontal progress bar; `value` of `max` (indeterminate while `max` is unknown). */
export function ProgressBar({ value, max, label }: { value: number; max: number | null; label: string }) {
  const percent = max ? Math.min(100, Math.round((value / max) * 100)) : null;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={percent === null ? "h-full w-1/3 animate-pulse rounded-full bg-brand-500" : "h-full rounded-full bg-brand-600 transition-[width] duration-500"}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
