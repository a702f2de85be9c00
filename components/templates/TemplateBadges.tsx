import { Badge } from "@/components/ui/badge";
import { enumLabel, type TemplateCategory, type TemplateSubcategory } from "@/lib/enums";

const CATEGORY_LABEL: Record<TemplateCategory, string> = { EMAIL: "Email", DM: "DM", CALL_SCRIPT: "Call script" };
const CATEGORY_TONE = { EMAIL: "sky", DM: "green", CALL_SCRIPT: "amber" } as const;

/** A template category's label ("Call script"). */
export const templateCategoryLabel = (category: TemplateCategory) => CATEGORY_LABEL[category];

/** A template's category and subcategory as badges. */
export function TemplateBadges({ category, subcategory }: { category: TemplateCategory; subcategory: TemplateSubcategory }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={CATEGORY_TONE[category]}>{CATEGORY_LABEL[category]}</Badge>
      <Badge>{enumLabel(subcategory)}</Badge>
    </span>
  );
}
