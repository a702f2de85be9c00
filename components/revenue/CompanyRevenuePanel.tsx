import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import { formatMoney } from "@/lib/money";
import { canEdit } from "@/lib/permissions";
import { monthlyAmount } from "@/lib/revenue/monthly-amount";
import type { Role } from "@/lib/enums";
import { getCompanyRevenue } from "@/server/services/revenue/get-company-revenue";
import { ProjectRowActions, RecurringLineRowActions } from "./RevenueRowActions";
import { BILLING_PERIOD_LABELS, RECURRING_KIND_LABELS } from "./revenue-labels";

const STATUS_TONES = { QUOTED: "slate", IN_PROGRESS: "sky", COMPLETED: "amber", PAID: "green" } as const;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/**
 * The revenue cards of a company page: lifetime revenue, this year's revenue (the viewer's time
 * zone) and current MRR in the base currency, each currency on its own where there are several
 * (and which currencies have no rate); its projects and its recurring lines with add, edit,
 * cancel and delete for whoever may change them.
 * @param company - the company (its owner decides who may change recurring lines).
 */
export async function CompanyRevenuePanel({ company, viewer, allowNew }: { company: { id: string; ownerId: string | null }; viewer: { id: string; role: Role; timeZone: string }; allowNew: boolean }) {
  const now = new Date();
  const { summary, projects, lines } = await getCompanyRevenue(company.id, viewer.timeZone, now);
  const { base, byCurrency, missingRates } = summary;
  const linesEditable = canEdit(viewer, company);
  const showCurrencies = byCurrency.length > 1 || (byCurrency.length === 1 && byCurrency[0].currency !== base.currency);
  return (
    <>
      <Card>
        <CardHeader title="Revenue" />
        <dl className="grid gap-4 p-4 sm:grid-cols-3">
          <Figure label="Lifetime revenue" value={formatMoney(base.lifetime, base.currency)} testId="revenue-lifetime" />
          <Figure label={`Revenue ${formatInZone(now, viewer.timeZone, "yyyy")}`} value={formatMoney(base.thisYear, base.currency)} testId="revenue-this-year" />
          <Figure label="MRR" value={formatMoney(base.mrr, base.currency)} testId="revenue-mrr" />
        </dl>
        {showCurrencies ? (
          <table className="mx-4 mb-4 w-[calc(100%-2rem)] text-sm" aria-label="Revenue per currency">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 font-medium">Currency</th>
                <th className="py-1 text-right font-medium">Lifetime</th>
                <th className="py-1 text-right font-medium">This year</th>
                <th className="py-1 text-right font-medium">MRR</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {byCurrency.map((c) => (
                <tr key={c.currency}>
                  <td className="py-1">{c.currency}</td>
                  <td className="py-1 text-right">{formatMoney(c.lifetime, c.currency)}</td>
                  <td className="py-1 text-right">{formatMoney(c.thisYear, c.currency)}</td>
                  <td className="py-1 text-right">{formatMoney(c.mrr, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {missingRates.length ? (
          <p className="border-t border-slate-100 px-4 py-2 text-xs text-amber-800" role="note">
            No exchange rate for {missingRates.join(", ")}: left out of the {base.currency} totals. An admin sets rates in{" "}
            <Link className="underline" href="/settings/revenue">
              Settings → Revenue
            </Link>
            .
          </p>
        ) : null}
      </Card>

      <Card>
        <CardHeader
          title={`Projects (${projects.length})`}
          actions={
            allowNew ? (
              <LinkButton href={`/companies/${company.id}/projects/new`} size="sm">
                Add project
              </LinkButton>
            ) : null
          }
        />
        {projects.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">No projects yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="company-projects">
            {projects.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <div className="font-medium text-slate-900">
                    {p.name}
                    {p.type ? <span className="ml-2 text-xs font-normal text-slate-500">{p.type.name}</span> : null}
                  </div>
                  <div className="text-xs text-slate-500">
                    {[
                      p.paidAt ? `paid ${formatInZone(p.paidAt, viewer.timeZone)}` : p.paymentDueAt ? `payment expected ${formatInZone(p.paymentDueAt, viewer.timeZone)}` : null,
                      p.startedAt ? `started ${formatInZone(p.startedAt, viewer.timeZone)}` : null,
                      p.deal ? `from deal ${p.deal.title}` : null,
                      p.owner?.name,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  <span className="tabular-nums">{formatMoney(p.amount, p.currency)}</span>
                  <Badge tone={STATUS_TONES[p.status]}>{enumLabel(p.status)}</Badge>
                  {canEdit(viewer, p) ? <ProjectRowActions companyId={company.id} project={{ id: p.id, name: p.name }} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <CardHeader
          title={`Recurring lines (${lines.length})`}
          actions={
            allowNew && linesEditable ? (
              <LinkButton href={`/companies/${company.id}/recurring-lines/new`} size="sm">
                Add recurring line
              </LinkButton>
            ) : null
          }
        />
        {lines.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">No recurring revenue yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="company-recurring-lines">
            {lines.map((l) => {
              const ended = l.endsAt !== null && l.endsAt <= now;
              const monthly = l.billingPeriod === "MONTH" ? null : Math.round(monthlyAmount(l.amount, l.billingPeriod));
              return (
                <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                  <div className="min-w-0">
                    <div className="font-medium text-slate-900">
                      {RECURRING_KIND_LABELS[l.kind]}
                      {l.description ? <span className="ml-2 font-normal text-slate-600">{l.description}</span> : null}
                    </div>
                    <div className="text-xs text-slate-500">
                      from {formatInZone(l.startsAt, viewer.timeZone)}
                      {l.endsAt ? ` ${ended ? "to" : "until"} ${formatInZone(l.endsAt, viewer.timeZone)}` : ""}
                    </div>
                  </div>
                  <div className="flex items-center gap-2">
                    <span className="tabular-nums">
                      {formatMoney(l.amount, l.currency)} / {BILLING_PERIOD_LABELS[l.billingPeriod].toLowerCase()}
                      {monthly !== null ? <span className="text-xs text-slate-500"> ({formatMoney(monthly, l.currency)}/month)</span> : null}
                    </span>
                    {ended ? <Badge>Ended</Badge> : l.startsAt > now ? <Badge tone="sky">Starts later</Badge> : <Badge tone="green">Active</Badge>}
                    {linesEditable ? <RecurringLineRowActions companyId={company.id} line={{ id: l.id, ended, label: RECURRING_KIND_LABELS[l.kind] }} /> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
