"use client";

import { searchAction } from "@/app/(app)/actions";
import { KindHit, SearchCombobox } from "@/components/shared/SearchCombobox";
import { Button } from "@/components/ui/button";
import type { TaskLinkField } from "@/lib/validation/task";
import type { SearchHit } from "@/server/services/search/search-records";

/** A record a task is linked to, with the name the form shows. */
export type TaskLinkChoice = { field: TaskLinkField; id: string; name: string };

const FIELD_OF_KIND: Record<string, TaskLinkField | undefined> = { lead: "leadId", contact: "contactId", company: "companyId", deal: "dealId" };
export const LINK_LABELS: Record<TaskLinkField, string> = { leadId: "Lead", contactId: "Contact", companyId: "Company", dealId: "Deal" };

/**
 * The records a task is linked to (at most one of each kind), each removable, and a search box
 * (the global search, as you type) to link another; choosing a record of a kind already linked
 * replaces it.
 */
export function TaskLinksField({ id, value, onChange, error }: { id: string; value: TaskLinkChoice[]; onChange: (links: TaskLinkChoice[]) => void; error?: string }) {
  const choose = (hit: SearchHit) => {
    const field = FIELD_OF_KIND[hit.kind];
    if (field) onChange([...value.filter((link) => link.field !== field), { field, id: hit.id, name: hit.title }]);
  };
  return (
    <div className="space-y-2">
      {value.length ? (
        <ul className="flex flex-wrap gap-2" data-testid="task-links">
          {value.map((link) => (
            <li key={link.field} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm">
              <span className="text-slate-500">{LINK_LABELS[link.field]}:</span> <span className="font-medium text-slate-900">{link.name}</span>
              <Button variant="ghost" size="sm" className="h-6 px-1.5" aria-label={`Unlink ${LINK_LABELS[link.field].toLowerCase()} ${link.name}`} onClick={() => onChange(value.filter((l) => l.field !== link.field))}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <SearchCombobox
        id={id}
        search={searchAction}
        onChoose={choose}
        hitKey={(hit) => `${hit.kind}-${hit.id}`}
        renderHit={(hit) => <KindHit kind={LINK_LABELS[FIELD_OF_KIND[hit.kind] ?? "leadId"]} title={hit.title} subtitle={hit.subtitle} />}
        placeholder="Search a lead, contact or company to link…"
        emptyText="Nothing found"
        invalid={!!error}
      />
    </div>
  );
}
