"use client";

import Link from "next/link";
import { memo } from "react";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import type { BoardCard } from "@/lib/board/types";
import { LeadCardFactsRow } from "./LeadCardFactsRow";
import type { BoardDensity } from "./use-board-density";

/** "3 days since the last activity", shortened for a card. */
function idleText(days: number | null): string {
  if (days === null) return "No activity yet";
  if (days === 0) return "Active today";
  return `${days}d since activity`;
}

/**
 * What one board card shows (memoised: a move re-renders only the cards whose data changed).
 * Comfortable: title, company or niche · city, value (and weighted value), date, owner, days since
 * the last activity; a lead card also its score, temperature, source and open tasks (LeadCardFactsRow).
 * Compact: title and value on one line, owner and activity below. A card that
 * has sat in its stage longer than the stage allows is marked "Rotting".
 */
export const BoardCardView = memo(function BoardCardView({ card, density }: { card: BoardCard; density: BoardDensity }) {
  const compact = density === "compact";
  const value = card.value === null ? null : formatMoney(card.value, card.currency);
  return (
    <div className={compact ? "px-2 py-1.5" : "space-y-1 p-3"}>
      <div className="flex items-start justify-between gap-2">
        <Link href={card.href} className={cn("min-w-0 font-medium text-slate-900 hover:text-brand-700 hover:underline", compact ? "truncate text-sm" : "text-sm break-words")}>
          {card.title}
        </Link>
        {compact && value ? <span className="shrink-0 text-sm font-medium text-slate-700">{value}</span> : null}
      </div>
      {!compact && card.subtitle ? <p className="truncate text-xs text-slate-600">{card.subtitle}</p> : null}
      {!compact && value ? (
        <p className="text-sm text-slate-800">
          <span className="font-semibold">{value}</span>
          {card.weighted !== null && card.weighted !== card.value ? (
            <span className="text-xs text-slate-500"> · weighted {formatMoney(card.weighted, card.currency)}</span>
          ) : null}
        </p>
      ) : null}
      {!compact && card.date ? (
        <p className={cn("text-xs", card.date.overdue ? "font-medium text-red-700" : "text-slate-600")}>
          {card.date.label}: {card.date.text}
          {card.date.overdue ? " (overdue)" : null}
        </p>
      ) : null}
      {card.lead ? <LeadCardFactsRow facts={card.lead} compact={compact} /> : null}
      <p className={cn("flex flex-wrap items-center gap-x-2 text-xs text-slate-500", compact && "mt-0.5")}>
        <span>{card.ownerName ?? "No owner"}</span>
        <span aria-hidden>·</span>
        <span>{idleText(card.idleDays)}</span>
        {card.rotting ? (
          <span className="rounded-full bg-red-100 px-1.5 font-medium text-red-700" title={`${card.stageDays} days in this stage`}>
            Rotting · {card.stageDays}d
          </span>
        ) : null}
      </p>
    </div>
  );
});
