"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { FilterBar } from "@/components/shared/FilterBar";
import { FilterSelect } from "@/components/shared/FilterSelect";
import { TEMPLATE_CATEGORIES, TEMPLATE_SUBCATEGORIES, enumLabel } from "@/lib/enums";
import { templateListSearch, type TemplateListQuery } from "@/lib/validation/template-list";
import { templateCategoryLabel } from "./TemplateBadges";

/** The templates page's text search and category and subcategory filters, kept in the URL. */
export function TemplateFilters({ query }: { query: TemplateListQuery }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const update = (change: Partial<TemplateListQuery>) => startTransition(() => router.push(`/templates${templateListSearch({ ...query, ...change })}`));
  return (
    <FilterBar
      q={query.q}
      searchLabel="Search templates"
      searchPlaceholder="Search names, subjects and bodies…"
      onSearch={(q) => update({ q })}
      active={!!(query.q || query.category || query.subcategory)}
      onClear={() => update({ q: undefined, category: undefined, subcategory: undefined })}
      pending={pending}
    >
      <FilterSelect label="Category" value={query.category} options={TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: templateCategoryLabel(c) }))} onChange={(v) => update({ category: v as TemplateListQuery["category"] })} />
      <FilterSelect label="Subcategory" value={query.subcategory} options={TEMPLATE_SUBCATEGORIES.map((s) => ({ value: s, label: enumLabel(s) }))} onChange={(v) => update({ subcategory: v as TemplateListQuery["subcategory"] })} />
    </FilterBar>
  );
}
