"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeShopItemAction, deleteShopItemAction, saveShopItemAction } from "@/app/(app)/rewards/actions";
import { ConfirmDeleteButton, failureOf } from "@/components/shared/ConfirmDeleteButton";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/server/action";

type Item = { id: string; name: string; price: number; enabled: boolean };

/** The first field error of a failed save, or its message. */
const messageOf = (result: ActionResult<unknown>) => (result.ok ? null : (result.fieldErrors?.name?.[0] ?? result.fieldErrors?.price?.[0] ?? result.error));

/**
 * /rewards → Manage shop: edit each item's name and price in place, move it up or down, switch it
 * off (it stays here but leaves the shop) or on, delete it, and add an item at the end.
 */
export function ShopItemsManager({ items }: { items: Item[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: "", price: "" });
  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) return setError(messageOf(result));
      after?.();
      router.refresh();
    });

  return (
    <div className="space-y-3 p-4">
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="shop-items">
        {items.map((item, i) => (
          <li key={item.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
            <form
              className="flex flex-1 flex-wrap items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget);
                run(() => saveShopItemAction(item.id, { name: String(form.get("name") ?? ""), price: Number(form.get("price")) }));
              }}
            >
              <Input name="name" aria-label={`Name of ${item.name}`} defaultValue={item.name} maxLength={80} className="max-w-52" />
              <Input name="price" type="number" min={1} max={100000} step={1} aria-label={`Price of ${item.name}`} defaultValue={item.price} className="max-w-24" />
              <Button type="submit" size="sm" variant="ghost" disabled={pending}>
                Save
              </Button>
            </form>
            {item.enabled ? null : <Badge>Off</Badge>}
            <Button size="sm" variant="ghost" disabled={pending || i === 0} aria-label={`Move ${item.name} up`} onClick={() => run(() => changeShopItemAction(item.id, "up"))}>
              ↑
            </Button>
            <Button size="sm" variant="ghost" disabled={pending || i === items.length - 1} aria-label={`Move ${item.name} down`} onClick={() => run(() => changeShopItemAction(item.id, "down"))}>
              ↓
            </Button>
            <Button size="sm" variant="secondary" disabled={pending} aria-label={`${item.enabled ? "Switch off" : "Switch on"} ${item.name}`} onClick={() => run(() => changeShopItemAction(item.id, item.enabled ? "disable" : "enable"))}>
              {item.enabled ? "Switch off" : "Switch on"}
            </Button>
            <ConfirmDeleteButton size="sm" name={`Delete ${item.name}`} onConfirm={async () => failureOf(await deleteShopItemAction(item.id))} onDeleted={() => router.refresh()} />
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => saveShopItemAction(null, { name: draft.name, price: draft.price === "" ? Number.NaN : Number(draft.price) }), () => setDraft({ name: "", price: "" }));
        }}
      >
        <Input aria-label="New reward" placeholder="New reward, e.g. Cinema" value={draft.name} maxLength={80} onChange={(e) => setDraft({ ...draft, name: e.target.value })} className="max-w-52" />
        <Input aria-label="New reward's price" placeholder="Tokens" type="number" min={1} max={100000} step={1} value={draft.price} onChange={(e) => setDraft({ ...draft, price: e.target.value })} className="max-w-24" />
        <Button type="submit" size="sm" disabled={pending}>
          Add reward
        </Button>
      </form>
      <InlineError message={error} />
    </div>
  );
}
