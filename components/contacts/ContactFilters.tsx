"use client";

import { useState } from "react";
import { CompanyPicker } from "@/components/companies/CompanyPicker";
import { FilterSelect } from "@/components/companies/FilterSelect";
import { useListUrl } from "@/components/companies/use-list-url";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/input";
import { CONTACT_ROLES, enumLabel } from "@/lib/enums";
import { contactListSearch, type ContactListQuery } from "@/lib/validation/contact";
import type { ContactFilterOptions } from "@/server/services/contacts/contact-filter-options";
import type { UserSummary } from "@/server/services/users/manage-users";

/** The contacts list's search box, filters (company picker, role, owner, tag) and "Show deleted" toggle, written to the URL. */
export function ContactFilters({ query, users, options }: { query: ContactListQuery; users: UserSummary[]; options: ContactFilterOptions }) {
  const { update, pending, view } = useListUrl("/contacts", query, contactListSearch);
  const [text, setText] = useState(query.q ?? "");
  const active = !!query.q || query.tag.length > 0 || [query.company, query.role, query.owner].some(Boolean);

  return (
    <div className="mb-4 space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-3">
        <form
          role="search"
          className="flex w-full max-w-xl gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: text.trim() || undefined });
          }}
        >
          <Input
            type="search"
            aria-label="Search contacts by name or email"
            placeholder="Search name or email…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <Checkbox checked={view.view === "deleted"} onChange={(e) => update({ view: e.target.checked ? "deleted" : "active" })} />
          Show deleted
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-3">
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
        <FilterSelect
          label="Owner"
          value={view.owner}
          options={[{ value: "me", label: "Me" }, { value: "none", label: "Nobody" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
          onChange={(v) => update({ owner: v })}
        />
        <FilterSelect
          label="Tag"
          value={view.tag[0]}
          options={options.tags.map((t) => ({ value: t, label: t }))}
          onChange={(v) => update({ tag: v ? [v] : [] })}
        />
        {active ? (
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              update({ q: undefined, company: undefined, role: undefined, owner: undefined, tag: [] });
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
