import Link from "next/link";
import { StageBadge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { listRelatedDeals } from "@/server/services/deals/list-related-deals";

/**
 * The "Deals" card of a company's, contact's or lead's page: its deals (open ones first) with
 * stage, value and expected close, and a button that starts a new deal linked to it.
 */
export async function RelatedDeals({ link, timeZone, allowNew = true }: { link: { companyId: string } | { contactId: string } | { leadId: string }; timeZone: string; allowNew?: boolean }) {
  const { deals, total } = await listRelatedDeals(link);
  const [field, id] = Object.entries(link)[0];
  return (
    <Card>
      <CardHeader
        title={`Deals (${total})`}
        actions={
          allowNew ? (
            <LinkButton href={`/deals/new?${field}=${encodeURIComponent(id)}`} size="sm">
              Add deal
            </LinkButton>
          ) : null
        }
      />
      {deals.length === 0 ? (
        <p className="p-4 text-sm text-slate-500">No deals yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="related-deals">
          {deals.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
              <div className="min-w-0">
                <Link href={`/deals/${d.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {d.title}
                </Link>
                <div className="text-xs text-slate-500">
                  {d.pipeline.name}
                  {d.closedAt ? ` · closed ${formatInZone(d.closedAt, timeZone)}` : d.expectedCloseAt ? ` · expected ${formatInZone(d.expectedCloseAt, timeZone)}` : ""}
                </div>
              </div>
              <div className="flex items-center gap-2">
                <span className="tabular-nums">{formatMoney(d.value, d.currency)}</span>
                <StageBadge name={d.stage.name} color={d.stage.color} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > deals.length ? (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">Showing {deals.length} of {total}.</p>
      ) : null}
    </Card>
  );
}
