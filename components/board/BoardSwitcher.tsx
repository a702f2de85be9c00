import Link from "next/link";
import { cn } from "@/lib/cn";
import { boardSearch, type BoardQuery } from "@/lib/validation/board";
import type { BoardChoice } from "@/server/services/board/list-board-pipelines";

/** Tabs to switch between the boards (deal pipelines, then leads), keeping the owner filter. */
export function BoardSwitcher({ choices, current, query }: { choices: BoardChoice[]; current: string; query: BoardQuery }) {
  return (
    <nav aria-label="Boards" className="mb-4 flex flex-wrap gap-x-1 border-b border-slate-200">
      {choices.map((choice) => (
        <Link
          key={choice.ref}
          href={`/board/${choice.ref}${boardSearch({ owner: query.owner })}`}
          aria-current={choice.ref === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
            choice.ref === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {choice.name}
        </Link>
      ))}
    </nav>
  );
}
