import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { TemplateRow } from "@/server/services/templates/template-record";
import { FavouriteStar } from "./FavouriteStar";
import { TemplateBadges } from "./TemplateBadges";

/**
 * The templates, starred first, then the most recently updated: star, name (opens it), badges,
 * subject and A/B variants.
 * @param total - how many match the filters (more than the rows when the list is capped).
 */
export function TemplateList({ rows, total }: { rows: TemplateRow[]; total: number }) {
  if (!rows.length) return <p className="text-sm text-slate-500">No templates match these filters.</p>;
  return (
    <Card>
      <ul className="divide-y divide-slate-200" aria-label="Templates">
        {rows.map((t) => (
          <li key={t.id} className="flex items-start gap-3 px-3 py-3" data-testid="template-row">
            <FavouriteStar templateId={t.id} name={t.name} favourite={t.favourite} />
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/templates/${t.id}`} className="font-medium text-slate-900 hover:underline">
                  {t.name}
                </Link>
                <TemplateBadges category={t.category} subcategory={t.subcategory} />
                {t.variants.length ? <span className="text-xs text-slate-500">A/B: {["A", ...t.variants.map((v) => v.label)].join(", ")}</span> : null}
              </div>
              {t.category === "EMAIL" && t.subject ? <p className="truncate text-sm text-slate-600">{t.subject}</p> : null}
            </div>
            <span className="shrink-0 text-xs text-slate-500">{t.owner?.name ?? "Default set"}</span>
          </li>
        ))}
      </ul>
      {total > rows.length ? <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-500">Showing {rows.length} of {total}; narrow the filters to see the rest.</p> : null}
    </Card>
  );
}
