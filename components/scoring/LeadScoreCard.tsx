import { TemperatureBadge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import type { LeadScore } from "@/server/services/scoring/get-lead-score";
import { ScoreOverrideForm } from "./ScoreOverrideForm";

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/**
 * The lead page's score card: the score and temperature, "why": each rule the lead matched with its
 * points (engagement with its count, age and points before decay), the thresholds, and the manual
 * override with its note (set or cleared by those who may edit the lead).
 */
export function LeadScoreCard({ leadId, score, editable, timeZone }: { leadId: string; score: LeadScore; editable: boolean; timeZone: string }) {
  const { settings } = score;
  return (
    <Card data-testid="score-card">
      <CardHeader
        title="Score"
        actions={
          <div className="flex items-center gap-2">
            <span className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid="lead-score">
              {score.score}
            </span>
            <TemperatureBadge temperature={score.temperature} />
          </div>
        }
      />
      <div className="space-y-3 p-4 text-sm">
        {score.override ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="score-override">
            Set by hand to <strong>{score.override.score}</strong> (computed: {score.computedScore}). {score.override.note ? <span>“{score.override.note}”</span> : null}
          </p>
        ) : null}
        <details open>
          <summary className="cursor-pointer font-medium text-slate-700">Why {score.computedScore}</summary>
          {score.breakdown.length ? (
            <table className="mt-2 w-full" data-testid="score-breakdown">
              <tbody className="divide-y divide-slate-100">
                {score.breakdown.map((entry) => (
                  <tr key={entry.ruleId}>
                    <td className="py-1.5 pr-2">
                      <div className="text-slate-800">{entry.name}</div>
                      {entry.detail ? (
                        <div className="text-xs text-slate-500">
                          {entry.detail}
                          {entry.basePoints !== undefined && entry.basePoints !== entry.points ? ` · ${signed(entry.basePoints)} before decay` : ""}
                        </div>
                      ) : null}
                    </td>
                    <td className={`py-1.5 text-right font-semibold tabular-nums ${entry.points < 0 ? "text-red-700" : "text-green-700"}`}>{signed(entry.points)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t border-slate-300">
                  <td className="py-1.5 text-slate-600">Total (0–100)</td>
                  <td className="py-1.5 text-right font-semibold tabular-nums">{score.computedScore}</td>
                </tr>
              </tfoot>
            </table>
          ) : (
            <p className="mt-2 text-slate-500">No rule matches this lead yet.</p>
          )}
        </details>
        <p className="text-xs text-slate-500">
          HOT from {settings.hotThreshold}, WARM from {settings.warmThreshold}; engagement points halve every {settings.halfLifeDays} days.
          {score.scoredAt ? ` Last changed ${formatInZone(score.scoredAt, timeZone, "d MMM yyyy HH:mm")}.` : " Not scored yet."}
        </p>
        {editable ? <ScoreOverrideForm leadId={leadId} override={score.override} /> : null}
      </div>
    </Card>
  );
}
