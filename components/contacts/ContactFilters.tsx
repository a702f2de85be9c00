"use client";

import { CompanyPicker } from "@/components/companies/CompanyPicker";
import { FilterBar, ShowDeletedToggle } from "@/components/shared/FilterBar";
import { FilterSelect, OwnerFilter, textOptions } from "@/components/shared/FilterSelect";
import { useListUrl } from "@/components/shared/use-list-url";
import { Button } from "@/components/ui/button";
import { CONTACT_ROLES, enumLabel } from "@/lib/enums";
import { contactListSearch, type ContactListQuery } from "@/lib/validation/contact";
import type { ContactFilterOptions } from "@/server/services/contacts/contact-filter-options";
import type { UserSummary } from "@/server/services/users/manage-users";

/** The contacts list's search box, filters (company picker, role, owner, tag) and "Show deleted" toggle, written to the URL. */
export function ContactFilters({ query, users, options }: { query: ContactListQuery; users: UserSummary[]; options: ContactFilterOptions }) {
  const { update, pending, view } = useListUrl("/contacts", query, contactListSearch);
  const active = !!query.q || query.tag.length > 0 || [query.company, query.role, query.owner].some(Boolean);

  return (
    <FilterBar
      q={query.q}
      searchLabel="Search contacts by name or email"
      searchPlaceholder="Search name or email…"
      onSearch={(q) => update({ q })}
      active={active}
      onClear={() => update({ q: undefined, company: undefined, role: undefined, owner: undefined, tag: [] })}
      pending={pending}
      aside={<ShowDeletedToggle checked={view.view === "deleted"} onChange={(deleted) => update({ view: deleted ? "deleted" : "active" })} />}
    >
      <div className="flex w-64 flex-col gap-1 text-xs font-medium text-slate-600">
        <label htmlFor="filter-company">Company</label>
        {query.company === "none" ? (
          <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-2.5 text-sm">
            <span className="text-slate-900" id="filter-company">
              No company
            </span>
            <Button variant="ghost" size="sm" onClick={() => update({ company: undefined })}>
              Change
            </Button>
          </div>
        ) : (
          <CompanyPicker
            id="filter-company"
            value={query.company ? (options.company ?? { id: query.company, name: "Unknown company" }) : null}
            onChange={(company) => update({ company: company?.id })}
            placeholder="Any company"
          />
        )}
        {!query.company ? (
          <button type="button" className="self-start text-xs font-normal text-brand-700 hover:underline" onClick={() => update({ company: "none" })}>
            Only contacts without a company
          </button>
        ) : null}
      </div>
      <FilterSelect
        label="Role"
        value={view.role}
        options={[...CONTACT_ROLES.map((r) => ({ value: r, label: enumLabel(r) })), { value: "none", label: "No role" }]}
        onChange={(v) => update({ role: v as ContactListQuery["role"] })}
      />
      <OwnerFilter value={view.owner} users={users} onChange={(owner) => update({ owner })} />
      <FilterSelect label="Tag" value={view.tag[0]} options={textOptions(options.tags)} onChange={(v) => update({ tag: v ? [v] : [] })} />
    </FilterBar>
  );
}
