"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/lib/money";
import { MAX_MAVEN_UPLOAD_BYTES, type MavenExistingDealMode, type MavenImportSettingsInput } from "@/lib/validation/maven-import";
import type { MavenImportPreview } from "@/server/services/imports/maven/preview-maven-import";
import { MavenAgentMappingTable, type MavenMappingUser } from "./MavenAgentMappingTable";

/** Posts the files and settings as multipart form data; the JSON answer, or the problem's detail. */
async function post(url: string, files: File[], settings: MavenImportSettingsInput): Promise<{ ok: true; body: unknown } | { ok: false; error: string }> {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  form.set("settings", JSON.stringify(settings));
  const response = await fetch(url, { method: "POST", body: form }).catch(() => null);
  const body = await response?.json().catch(() => null);
  if (!response?.ok) return { ok: false, error: body?.detail ?? "The server could not be reached; try again" };
  return { ok: true, body };
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value.toLocaleString("en")}</dd>
    </div>
  );
}

/**
 * Importing the Maven "CRM + Sales Opportunities" dataset: choose its CSV files (several at
 * once) → see what the import would do (files recognised, companies, deals per stage, won
 * total, rejected rows) and choose who owns each agent's deals → start the background job,
 * whose progress page is /import/maven?job=<id>.
 */
export function MavenImportWizard({ users }: { users: MavenMappingUser[] }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<MavenImportPreview | null>(null);
  const [agents, setAgents] = useState<Record<string, string>>({});
  const [existingDeals, setExistingDeals] = useState<MavenExistingDealMode>("skip");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(list: FileList | null) {
    const chosen = [...(list ?? [])];
    setPreview(null);
    setError(null);
    if (!chosen.length) return;
    if (chosen.reduce((sum, file) => sum + file.size, 0) > MAX_MAVEN_UPLOAD_BYTES) {
      setError(`The files are larger than ${MAX_MAVEN_UPLOAD_BYTES / 1024 / 1024} MB together`);
      return;
    }
    setFiles(chosen);
    setAgents({});
    setBusy("Reading the files…");
    const result = await post("/api/imports/maven/preview", chosen, {});
    setBusy(null);
    if (!result.ok) setError(result.error);
    else setPreview(result.body as MavenImportPreview);
  }

  async function start() {
    setBusy("Uploading the files…");
    setError(null);
    const result = await post("/api/imports/maven", files, { agents, existingDeals });
    const jobId = result.ok ? (result.body as { jobId?: unknown }).jobId : null;
    if (typeof jobId !== "string") {
      setBusy(null);
      setError(result.ok ? "The import could not be started; try again" : result.error);
      return;
    }
    router.push(`/import/maven?job=${encodeURIComponent(jobId)}`);
  }

  const existing = preview ? preview.deals.updated + preview.deals.skipped : 0;

  return (
    <div className="space-y-4">
      <Card className="space-y-3 p-5">
        <label htmlFor="maven-files" className="block text-sm font-medium text-slate-700">
          Maven CSV files
        </label>
        <Input id="maven-files" type="file" multiple accept=".csv,text/csv" disabled={!!busy} onChange={(e) => void choose(e.target.files)} className="py-1.5" />
        <p className="text-xs text-slate-500">
          Choose accounts.csv, sales_pipeline.csv and sales_teams.csv of the Maven Analytics “CRM + Sales Opportunities” dataset, and
          products.csv to value open deals at the product’s list price. Files are recognised by their columns; others are ignored.
        </p>
      </Card>
      <FormMessage>{error}</FormMessage>
      {busy ? (
        <p role="status" className="text-sm text-slate-600">
          {busy}
        </p>
      ) : null}

      {preview ? (
        <>
          <Card>
            <CardHeader title="What the import will do" />
            <div className="space-y-5 p-4">
              <table className="w-full text-sm" data-testid="maven-files">
                <thead className="text-left text-xs font-medium text-slate-500 uppercase">
                  <tr>
                    <th className="py-1 pr-3">File</th>
                    <th className="py-1 pr-3">Chosen</th>
                    <th className="py-1 text-right">Rows</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.files.map((file) => (
                    <tr key={file.kind}>
                      <td className="py-1.5 pr-3 font-medium text-slate-900">{file.expected}</td>
                      <td className="py-1.5 pr-3 text-slate-600">{file.name ?? (file.required ? "missing" : "not chosen (optional)")}</td>
                      <td className="py-1.5 text-right tabular-nums">{file.name ? file.rows.toLocaleString("en") : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.ignored.length ? <p className="text-xs text-slate-500">Ignored: {preview.ignored.join(", ")}</p> : null}

              <section aria-label="Companies" className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-800">Companies</h3>
                <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                  <Figure label="New" value={preview.companies.created} />
                  <Figure label="Existing, filled in" value={preview.companies.updated} />
                  <Figure label="Existing, unchanged" value={preview.companies.skipped} />
                  <Figure label="Rejected rows" value={preview.companies.failed} />
                </dl>
              </section>

              <section aria-label="Deals" className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-800">
                  Deals in the pipeline “Maven”{preview.pipelineExists ? "" : " (created by the import)"}
                </h3>
                <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                  <Figure label="New" value={preview.deals.created} />
                  <Figure label="Imported before" value={existing} />
                  <Figure label="Rejected rows" value={preview.deals.failed} />
                </dl>
                <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Deals by stage">
                  {Object.entries(preview.deals.byStage).map(([stage, count]) => (
                    <Figure key={stage} label={`In ${stage}`} value={count} />
                  ))}
                </dl>
                <p className="text-sm text-slate-700">
                  Won total: <strong className="tabular-nums">{formatMoney(preview.deals.wonTotalMinor, preview.deals.currency)}</strong>
                </p>
                {existing ? (
                  <fieldset className="space-y-1">
                    <legend className="text-sm font-medium text-slate-700">Deals imported before (same opportunity id)</legend>
                    {(["skip", "update"] as const).map((mode) => (
                      <label key={mode} className="flex items-start gap-2 text-sm text-slate-800">
                        <input type="radio" name="existing-deals" className="mt-0.5 accent-brand-600" checked={existingDeals === mode} onChange={() => setExistingDeals(mode)} />
                        <span>
                          {mode === "skip" ? "Skip them" : "Update them from the files"}{" "}
                          <span className="text-slate-500">
                            — {mode === "skip" ? "keeps what people changed since" : "stage, value, dates, company and owner as in the files"}
                          </span>
                        </span>
                      </label>
                    ))}
                  </fieldset>
                ) : null}
              </section>

              {preview.problemCount ? (
                <section aria-label="Rejected rows" className="space-y-1">
                  <h3 className="text-sm font-semibold text-slate-800">
                    {preview.problemCount.toLocaleString("en")} row{preview.problemCount === 1 ? "" : "s"} will be rejected
                  </h3>
                  <ul className="space-y-0.5 text-sm text-red-700">
                    {preview.problems.map((p) => (
                      <li key={`${p.file}:${p.line}`}>
                        {p.file} line {p.line}: {p.reason}
                      </li>
                    ))}
                  </ul>
                  {preview.problemCount > preview.problems.length ? (
                    <p className="text-xs text-slate-500">…and {preview.problemCount - preview.problems.length} more, listed after the import.</p>
                  ) : null}
                </section>
              ) : null}
            </div>
          </Card>

          <Card>
            <CardHeader title={`${preview.agents.length} sales agents`} />
            <p className="px-4 pt-3 text-sm text-slate-600">
              Each agent becomes a user who cannot sign in and owns their deals, unless you give their deals to an existing user.
            </p>
            <div className="p-2">
              <MavenAgentMappingTable agents={preview.agents} users={users} mapping={agents} onChange={setAgents} />
            </div>
          </Card>

          <div className="flex justify-end">
            <Button onClick={() => void start()} disabled={!!busy}>
              Start the import
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
