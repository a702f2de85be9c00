"use client";

import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { Input } from "@/components/ui/input";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, enumLabel } from "@/lib/enums";
import { DUE_SECTIONS, SECTION_LABELS } from "@/lib/tasks/due-section";
import { taskListSearch, type TaskListQuery } from "@/lib/validation/task-list";
import type { UserSummary } from "@/server/services/users/manage-users";

const options = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: enumLabel(v) }));

/** A due-day bound of the filters: a date input whose every complete change is written to the URL. */
function DayFilter({ label, value, onChange }: { label: string; value: string | null; onChange: (day: string | null) => void }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Input type="date" aria-label={`Filter by ${label.toLowerCase()}`} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} className="w-40" />
    </label>
  );
}

/** The tasks page's title search and filters (status, due, due range, assignee, priority, type), kept in the URL. */
export function TaskFilters({ query, users }: { query: TaskListQuery; users: UserSummary[] }) {
  const { update, pending, view } = useListUrl("/tasks", query, taskListSearch);
  const active = !!query.q || [query.status, query.due, query.from, query.to, query.assignee, query.priority, query.type].some(Boolean);
  return (
    <FilterBar
      q={query.q}
      searchLabel="Search tasks by title"
      searchPlaceholder="Search task titles…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() => update({ q: undefined, status: undefined, due: undefined, from: null, to: null, assignee: undefined, priority: undefined, type: undefined })}
      pending={pending}
      collapsible
    >
      <FilterSelect label="Status" value={view.status} options={options(TASK_STATUSES)} onChange={(v) => update({ status: v as TaskListQuery["status"] })} />
      <FilterSelect
        label="Due"
        value={view.due}
        options={DUE_SECTIONS.map((s) => ({ value: s, label: SECTION_LABELS[s] }))}
        onChange={(v) => update({ due: v as TaskListQuery["due"] })}
      />
      <DayFilter label="Due from" value={view.from} onChange={(from) => update({ from })} />
      <DayFilter label="Due until" value={view.to} onChange={(to) => update({ to })} />
      <FilterSelect
        label="Assignee"
        value={view.assignee}
        options={[{ value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
        onChange={(assignee) => update({ assignee })}
      />
      <FilterSelect label="Priority" value={view.priority} options={options(TASK_PRIORITIES)} onChange={(v) => update({ priority: v as TaskListQuery["priority"] })} />
      <FilterSelect label="Type" value={view.type} options={options(TASK_TYPES)} onChange={(v) => update({ type: v as TaskListQuery["type"] })} />
    </FilterBar>
  );
}
