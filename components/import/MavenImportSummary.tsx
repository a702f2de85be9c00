import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import type { MavenImportSummary as Summary } from "@/server/services/imports/maven/get-maven-import-summary";

function Row({ label, values }: { label: string; values: Array<[string, number]> }) {
  return (
    <tr>
      <th scope="row" className="py-1.5 pr-4 text-left font-medium text-slate-900">
        {label}
      </th>
      <td className="py-1.5 text-slate-700">{values.map(([what, n]) => `${n.toLocaleString("en")} ${what}`).join(" · ")}</td>
    </tr>
  );
}

/** What a finished Maven import did, and the Maven pipeline's deals per stage and won total now. */
export function MavenImportSummary({ summary }: { summary: Summary }) {
  const { companies, users, deals, pipeline } = summary;
  return (
    <Card data-testid="maven-summary">
      <CardHeader title="Summary" />
      <div className="grid gap-6 p-4 lg:grid-cols-2">
        <table className="text-sm">
          <tbody className="divide-y divide-slate-100">
            {companies ? (
              <Row label="Companies" values={[["created", companies.created], ["filled in", companies.updated], ["unchanged", companies.skipped], ["rejected", companies.failed]]} />
            ) : null}
            {users ? (
              <Row label="Users" values={[["created without sign-in", users.created], ["reused", users.reused], ["mapped", users.mapped], ["rejected", users.failed]]} />
            ) : null}
            <Row label="Deals" values={[["created", deals.created], ["updated", deals.updated], ["skipped", deals.skipped], ["rejected", deals.failed]]} />
          </tbody>
        </table>
        <div className="space-y-2">
          <table className="w-full text-sm" aria-label="Maven pipeline">
            <thead className="text-left text-xs font-medium text-slate-500 uppercase">
              <tr>
                <th className="py-1">Stage</th>
                <th className="py-1 text-right">Deals</th>
                <th className="py-1 text-right">Value</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {pipeline.stages.map((stage) => (
                <tr key={stage.name}>
                  <td className="py-1.5 font-medium text-slate-900">{stage.name}</td>
                  <td className="py-1.5 text-right tabular-nums">{stage.deals.toLocaleString("en")}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatMoney(stage.valueMinor, pipeline.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-sm text-slate-700">
            Won total: <strong className="tabular-nums">{formatMoney(pipeline.wonTotalMinor, pipeline.currency)}</strong>
          </p>
        </div>
      </div>
      {pipeline.pipelineId ? (
        <div className="flex flex-wrap gap-2 border-t border-slate-200 px-4 py-3">
          <LinkButton href={`/deals?pipeline=${encodeURIComponent(pipeline.pipelineId)}`} variant="primary">
            See the Maven deals
          </LinkButton>
          <LinkButton href={`/board/${encodeURIComponent(pipeline.pipelineId)}`}>Open the Maven board</LinkButton>
          <LinkButton href="/settings/users">Users</LinkButton>
          <LinkButton href="/import/maven">Import again</LinkButton>
        </div>
      ) : null}
    </Card>
  );
}
