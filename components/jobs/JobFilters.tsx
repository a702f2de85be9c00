import { JOB_STATUSES } from "@/lib/validation/job-list";
import { jobTypeLabel } from "@/lib/jobs/job-labels";
import { buttonClasses } from "@/components/ui/button";

/** The status and type filters of /jobs: a plain GET form, so the filters live in the URL. */
export function JobFilters({ status, type, types }: { status: string | null; type: string | null; types: string[] }) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <label className="text-sm text-slate-700">
        <span className="mb-1 block text-xs font-medium text-slate-500">Status</span>
        <select name="status" defaultValue={status ?? ""} className={select}>
          <option value="">Any</option>
          {JOB_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value.charAt(0) + value.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        <span className="mb-1 block text-xs font-medium text-slate-500">Type</span>
        <select name="type" defaultValue={type ?? ""} className={select}>
          <option value="">Any</option>
          {types.map((value) => (
            <option key={value} value={value}>
              {jobTypeLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClasses("secondary")}>
        Filter
      </button>
    </form>
  );
}
