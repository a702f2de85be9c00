"use client";

import { useState } from "react";
import { saveImportMappingAction } from "@/app/(app)/leads/import/actions";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { LeadImportMapping } from "@/lib/validation/import";
import type { SavedImportMapping } from "@/server/services/imports/list-import-mappings";

/** Load a saved column mapping, or save the current one under a name. */
export function SavedMappings({
  saved,
  mapping,
  onLoad,
}: {
  saved: SavedImportMapping[];
  mapping: LeadImportMapping;
  onLoad: (mapping: LeadImportMapping) => void;
}) {
  const [list, setList] = useState(saved);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const result = await saveImportMappingAction({ name, mapping });
    setSaving(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.fieldErrors?.name?.[0] ?? result.error });
      return;
    }
    const entry = { ...result.data, mapping };
    setList((current) => [...current.filter((m) => m.id !== entry.id), entry].sort((a, b) => a.name.localeCompare(b.name)));
    setMessage({ tone: "success", text: `Saved as "${entry.name}"` });
    setName("");
  }

  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Load a saved mapping
        <Select
          value=""
          disabled={!list.length}
          onChange={(e) => {
            const chosen = list.find((m) => m.id === e.target.value);
            if (chosen) onLoad(chosen.mapping);
          }}
          className="w-56"
        >
          <option value="">{list.length ? "Choose…" : "None saved yet"}</option>
          {list.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </label>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          Save this mapping as…
          <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Trade fair list" maxLength={80} className="w-56" />
        </label>
        <Button type="submit" variant="secondary" disabled={saving || !name.trim()}>
          {saving ? "Saving…" : "Save mapping"}
        </Button>
      </form>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-700"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
