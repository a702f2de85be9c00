import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatBytes } from "@/lib/audit/website-checks";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import type { LatestWebsiteAudit } from "@/server/services/website-audit/get-latest-website-audit";
import { ReauditButton } from "./ReauditButton";

const STATUS = {
  CHECKED: { label: "Checked", tone: "green" },
  NO_WEBSITE: { label: "No website", tone: "amber" },
  UNREACHABLE: { label: "Unreachable", tone: "red" },
  BLOCKED: { label: "Blocked by robots.txt", tone: "slate" },
} as const;

function CheckMark({ passed }: { passed: boolean | null }) {
  if (passed === null) return <span className="text-slate-400" aria-label="Not judged">–</span>;
  return passed ? (
    <span className="text-green-700" aria-label="Passed">✓</span>
  ) : (
    <span className="text-red-700" aria-label="Failed">✗</span>
  );
}

/** The lead page's website audit: the newest audit's date, status, issues and each check with its evidence; *Re-audit*. */
export function WebsiteAuditCard({ leadId, audit, timeZone, editable }: { leadId: string; audit: LatestWebsiteAudit | null; timeZone: string; editable: boolean }) {
  const status = audit ? STATUS[audit.status] : null;
  return (
    <Card aria-label="Website audit" role="region">
      <CardHeader title="Website audit" actions={editable ? <ReauditButton leadId={leadId} audited={audit !== null} /> : null} />
      {!audit || !status ? (
        <p className="p-4 text-sm text-slate-500">Not audited yet.</p>
      ) : (
        <div className="space-y-3 p-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={status.tone}>{status.label}</Badge>
            <span className="text-slate-600">Audited {formatInZone(audit.auditedAt, timeZone)}</span>
            {audit.httpStatus !== null ? <span className="text-slate-500">HTTP {audit.httpStatus}</span> : null}
            {audit.loadMs !== null ? <span className="text-slate-500">{(audit.loadMs / 1000).toFixed(2)} s</span> : null}
            {audit.bytes !== null ? <span className="text-slate-500">{formatBytes(audit.bytes)}</span> : null}
          </div>
          <p className="text-sm">
            <span className="font-medium text-slate-700">Issues found: </span>
            {audit.issues.length ? (
              <span className="inline-flex flex-wrap gap-1" data-testid="audit-issues">
                {audit.issues.map((issue) => (
                  <Badge key={issue} tone="red">
                    {enumLabel(issue)}
                  </Badge>
                ))}
              </span>
            ) : (
              <span className="text-slate-600" data-testid="audit-issues">none</span>
            )}
          </p>
          <ul className="divide-y divide-slate-100 text-sm" aria-label="Audit checks">
            {audit.checks.map((check) => (
              <li key={check.key} className="grid grid-cols-[1.25rem_12rem_1fr] gap-2 py-1.5">
                <CheckMark passed={check.passed} />
                <span className="font-medium text-slate-700">{check.label}</span>
                <span className="break-words text-slate-600">{check.evidence}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
