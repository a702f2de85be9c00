"use client";

import { searchOutreachTargetsAction } from "@/app/(app)/outreach/actions";
import { KindHit, PickedValue, SearchCombobox } from "@/components/shared/SearchCombobox";
import type { OutreachTarget } from "@/server/services/outreach/search-outreach-targets";

export type PickedTarget = Pick<OutreachTarget, "kind" | "id" | "title">;

const KIND_LABEL = { lead: "Lead", contact: "Contact" } as const;

/** Chooses the lead or contact a touch was with, by typing part of a name, email or phone (searched as you type). */
export function OutreachTargetPicker({ id, value, onChange }: { id: string; value: PickedTarget | null; onChange: (target: PickedTarget | null) => void }) {
  if (value) {
    return (
      <PickedValue id={id} testId="outreach-target" changeLabel={`Change (now ${value.title})`} onChange={() => onChange(null)}>
        <span className="text-xs text-slate-500">{KIND_LABEL[value.kind]}</span> <span className="font-medium text-slate-900">{value.title}</span>
      </PickedValue>
    );
  }
  return (
    <SearchCombobox
      id={id}
      search={searchOutreachTargetsAction}
      onChoose={(hit) => onChange({ kind: hit.kind, id: hit.id, title: hit.title })}
      hitKey={(hit) => `${hit.kind}-${hit.id}`}
      renderHit={(hit) => <KindHit kind={KIND_LABEL[hit.kind]} title={hit.title} subtitle={hit.subtitle} />}
      placeholder="Type a lead or contact name…"
      emptyText="No leads or contacts found"
    />
  );
}
