import { Button, LinkButton } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { SUPPRESSION_REASONS } from "@/lib/enums";
import type { SuppressionListQuery } from "@/lib/validation/suppression";
import { suppressionReasonLabel } from "./SuppressionReasonBadge";

/** Search and reason filter of the suppression list: a plain GET form, so the view is a bookmarkable URL. */
export function SuppressionFilters({ query }: { query: SuppressionListQuery }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label="Search the suppression list">
      <Input name="q" type="search" defaultValue={query.q ?? ""} placeholder="Search address or note" aria-label="Search address or note" className="w-64" />
      <Select name="reason" defaultValue={query.reason ?? ""} aria-label="Reason" className="w-44">
        <option value="">Any reason</option>
        {SUPPRESSION_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {suppressionReasonLabel(reason)}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {query.q || query.reason ? (
        <LinkButton href="/settings/suppression" variant="ghost">
          Clear
        </LinkButton>
      ) : null}
    </form>
  );
}
