"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { purchaseShopItemAction } from "@/app/(app)/rewards/actions";
import { Notice, useNotice } from "@/components/shared/Notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineError } from "@/components/ui/field";
import { cn } from "@/lib/cn";

type Item = { id: string; name: string; price: number };

/**
 * The reward shop: a card per switched-on item with its price in tokens and *Buy* (the server
 * checks the balance again; a refusal shows under the grid). Items the balance does not cover say
 * how many tokens are missing.
 */
export function ShopGrid({ items, balance }: { items: Item[]; balance: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useNotice();
  const buy = (item: Item) =>
    startTransition(async () => {
      setError(null);
      const result = await purchaseShopItemAction(item.id);
      if (!result.ok) return setError(result.error);
      setNotice(`Bought ${result.data.name} for ${result.data.price} tokens. Enjoy it!`);
      router.refresh();
    });
  if (items.length === 0) return <p className="text-sm text-slate-500">Your shop is empty. Add rewards under Manage shop.</p>;
  return (
    <div className="space-y-3">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" data-testid="shop-grid">
        {items.map((item) => {
          const short = item.price - balance;
          return (
            <li key={item.id}>
              <Card className="flex h-full flex-col gap-3 p-4" data-testid={`shop-item-${item.name}`}>
                <div className="flex items-start justify-between gap-2">
                  <h3 className="font-medium text-slate-900">{item.name}</h3>
                  <span className={cn("rounded-full px-2 py-0.5 text-sm font-semibold whitespace-nowrap tabular-nums", short > 0 ? "bg-slate-100 text-slate-600" : "bg-amber-100 text-amber-800")}>
                    {item.price} tokens
                  </span>
                </div>
                <div className="mt-auto flex items-center justify-between gap-2">
                  <span className="text-xs text-slate-500">{short > 0 ? `${short} more token${short === 1 ? "" : "s"} needed` : "You can afford this"}</span>
                  <Button size="sm" variant={short > 0 ? "secondary" : "primary"} disabled={pending} aria-label={`Buy ${item.name}`} onClick={() => buy(item)}>
                    Buy
                  </Button>
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      <InlineError message={error} />
      <Notice text={notice} />
    </div>
  );
}
