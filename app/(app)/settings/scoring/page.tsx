import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ScoringRulesManager } from "@/components/scoring/ScoringRulesManager";
import { ScoringSettingsForm } from "@/components/scoring/ScoringSettingsForm";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { listScoringRules } from "@/server/services/scoring/list-scoring-rules";
import { getScoringSettings } from "@/server/services/scoring/scoring-config";

export const metadata: Metadata = { title: "Scoring settings" };

/** /settings/scoring (admins): the lead-scoring rules, the thresholds and half-life, and *Rescore all leads*. */
export default async function ScoringSettingsPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") redirect("/");
  await ensureDefaultScoringRules();
  const [rules, settings] = await Promise.all([listScoringRules(), getScoringSettings()]);
  return (
    <>
      <PageHeader
        title="Lead scoring"
        description="A lead's score (0–100) is the sum of the points of the rules it matches. Engagement points halve every half-life; changes rescore every lead in the background."
      />
      <div className="grid max-w-5xl gap-6">
        <Card>
          <CardHeader title="Thresholds and decay" />
          <div className="p-4">
            <ScoringSettingsForm settings={settings} />
          </div>
        </Card>
        <Card>
          <CardHeader title="Rules" />
          <ScoringRulesManager
            rules={rules.map((r) => ({ id: r.id, kind: r.kind, name: r.name, subject: r.subject, operator: r.operator, value: r.value as number | string[] | null, points: r.points, windowDays: r.windowDays, enabled: r.enabled }))}
          />
        </Card>
      </div>
    </>
  );
}
