import { Card, CardHeader } from "@/components/ui/card";
import type { ForecastMonth } from "@/lib/deals/forecast-months";
import { formatMoney } from "@/lib/money";
import type { ForecastCell, PipelineForecast } from "@/server/services/deals/deal-forecast";

function Cell({ cell, currency }: { cell: ForecastCell; currency: string }) {
  if (cell.count === 0) return <td className="px-3 py-2 text-right text-slate-400">—</td>;
  return (
    <td className="px-3 py-2 text-right tabular-nums">
      <div className="font-medium text-slate-900">{formatMoney(cell.weightedValue, currency)}</div>
      <div className="text-xs text-slate-500">
        of {formatMoney(cell.value, currency)} · {cell.count} deal{cell.count === 1 ? "" : "s"}
      </div>
    </td>
  );
}

/** One pipeline's forecast: a row per currency, the weighted value (and value, count) per month and in total. */
export function ForecastTable({ forecast, months }: { forecast: PipelineForecast; months: ForecastMonth[] }) {
  return (
    <Card data-testid="forecast">
      <CardHeader title={forecast.pipelineName} />
      {forecast.rows.length === 0 ? (
        <p className="p-4 text-sm text-slate-500">No open deals are expected to close in these months.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left text-xs font-semibold text-slate-600">
                  Currency
                </th>
                {months.map((m) => (
                  <th key={m.key} scope="col" className="px-3 py-2 text-right text-xs font-semibold whitespace-nowrap text-slate-600">
                    {m.label}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right text-xs font-semibold text-slate-600">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {forecast.rows.map((row) => (
                <tr key={row.currency}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
                    {row.currency}
                  </th>
                  {row.months.map((cell, i) => (
                    <Cell key={months[i].key} cell={cell} currency={row.currency} />
                  ))}
                  <Cell cell={row.total} currency={row.currency} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
