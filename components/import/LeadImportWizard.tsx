"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { previewLeadImportAction } from "@/app/(app)/leads/import/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { Checkbox, Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import {
  MAX_IMPORT_FILE_BYTES,
  PREVIEW_SAMPLE_BYTES,
  type CsvFormat,
  type LeadImportDedupe,
  type LeadImportMapping,
  type LeadImportPreviewInput,
  type LeadImportSettingsInput,
} from "@/lib/validation/import";
import type { SavedImportMapping } from "@/server/services/imports/list-import-mappings";
import type { LeadImportPreview } from "@/server/services/imports/preview-lead-import";
import { ColumnMappingTable } from "./ColumnMappingTable";
import { CsvFormatOptions } from "./CsvFormatOptions";
import { DedupeOptions } from "./DedupeOptions";
import { ImportPreviewTable } from "./ImportPreviewTable";
import { SavedMappings } from "./SavedMappings";

type Step = "upload" | "map" | "preview" | "dedupe";
const STEPS: Array<{ step: Step; label: string }> = [
  { step: "upload", label: "Upload" },
  { step: "map", label: "Map columns" },
  { step: "preview", label: "Preview" },
  { step: "dedupe", label: "Duplicates" },
];

type Sample = { sample: string; truncated: boolean };

function StepList({ current }: { current: Step }) {
  const index = STEPS.findIndex((s) => s.step === current);
  return (
    <ol className="mb-5 flex flex-wrap gap-2 text-sm" aria-label="Import steps">
      {STEPS.map((s, i) => (
        <li
          key={s.step}
          aria-current={i === index ? "step" : undefined}
          className={cn(
            "rounded-full px-3 py-1",
            i === index ? "bg-brand-600 text-white" : i < index ? "bg-brand-100 text-brand-700" : "bg-slate-100 text-slate-500",
          )}
        >
          {i + 1}. {s.label}
        </li>
      ))}
    </ol>
  );
}

/**
 * Importing a CSV file of leads: choose the file → map its columns (suggested from the header or
 * a built-in format, editable, savable) → preview the first rows as they would be stored → choose
 * how duplicates are found and handled → upload and start the background job, whose progress
 * page is /leads/import?job=<id>. The browser reads only the first megabyte for the preview; the
 * whole file is uploaded at the start.
 */
export function LeadImportWizard({ savedMappings }: { savedMappings: SavedImportMapping[] }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>("upload");
  const [file, setFile] = useState<File | null>(null);
  const [sample, setSample] = useState<Sample | null>(null);
  const [preview, setPreview] = useState<LeadImportPreview | null>(null);
  const [mapping, setMapping] = useState<LeadImportMapping>({ columns: {}, defaults: {} });
  const [preset, setPreset] = useState<string | null>(null);
  const [dedupe, setDedupe] = useState<LeadImportDedupe>({ match: [], mode: "skip" });
  const [auditWebsites, setAuditWebsites] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function runPreview(input: Omit<LeadImportPreviewInput, "sample" | "truncated">, from: Sample | null = sample) {
    if (!from) return null;
    setBusy("Reading the file…");
    setError(null);
    const result = await previewLeadImportAction({ ...from, ...input });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setPreview(result.data);
    return result.data;
  }

  /** Re-reads the file with a format or preset and takes the suggested mapping and duplicate keys. */
  async function suggest(input: { format?: CsvFormat; preset?: string | null }, from: Sample | null = sample) {
    const data = await runPreview(input, from);
    if (data) {
      setMapping(data.mapping);
      setPreset(data.preset);
      setDedupe(data.dedupe);
    }
    return data;
  }

  async function chooseFile(chosen: File | undefined) {
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setError(`The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB; split it into smaller files`);
      return;
    }
    const from = { sample: await chosen.slice(0, PREVIEW_SAMPLE_BYTES).text(), truncated: chosen.size > PREVIEW_SAMPLE_BYTES };
    setFile(chosen);
    setSample(from);
    if (await suggest({}, from)) setStep("map");
  }

  async function showPreview() {
    if (!preview) return;
    const data = await runPreview({ format: preview.format, mapping, preset });
    if (data && !Object.keys(data.mappingErrors).length) setStep("preview");
  }

  async function start() {
    if (!file || !preview) return;
    const settings: LeadImportSettingsInput = { fileName: file.name, format: preview.format, mapping, dedupe, preset, auditWebsites };
    const body = new FormData();
    body.set("file", file);
    body.set("settings", JSON.stringify(settings));
    setBusy("Uploading the file…");
    setError(null);
    const response = await fetch("/api/imports/leads", { method: "POST", body }).catch(() => null);
    const json = await response?.json().catch(() => null);
    if (!response?.ok || typeof json?.jobId !== "string") {
      setBusy(null);
      setError(json?.detail ?? "The import could not be started; try again");
      return;
    }
    router.push(`/leads/import?job=${encodeURIComponent(json.jobId)}`);
  }

  const rejected = preview?.rows.filter((row) => row.error).length ?? 0;

  return (
    <div>
      <StepList current={step} />
      <div className="space-y-4">
        <FormMessage>{error}</FormMessage>
        {busy ? (
          <p role="status" className="text-sm text-slate-600">
            {busy}
          </p>
        ) : null}

        {step === "upload" ? (
          <Card className="space-y-3 p-5">
            <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
              CSV file or JSON file (up to {MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB)
            </label>
            <Input
              id="import-file"
              type="file"
              accept=".csv,.tsv,.txt,.json,.jsonl,text/csv,application/json"
              disabled={!!busy}
              onChange={(e) => void chooseFile(e.target.files?.[0])}
              className="py-1.5"
            />
            <p className="text-xs text-slate-500">
              Any CSV with a header row, or a JSON array of objects (or one object per line): column names are matched to lead
              fields, and you can adjust the mapping. Exports of the Google Maps scraper (gosom), CSV or JSON, are recognised and
              mapped for you.
            </p>
          </Card>
        ) : null}

        {step === "map" && preview ? (
          <Card>
            <CardHeader title={`Map the columns of ${file?.name ?? "the file"}`} />
            <div className="space-y-5 p-4">
              <CsvFormatOptions
                format={preview.format}
                preset={preset}
                onFormatChange={(format) => void suggest({ format, preset })}
                onPresetChange={(name) => void suggest({ format: preview.format, preset: name })}
              />
              <SavedMappings saved={savedMappings} mapping={mapping} onLoad={setMapping} />
              <ColumnMappingTable
                columns={preview.columns}
                jsonColumns={preview.jsonColumns}
                examples={preview.examples}
                mapping={mapping}
                errors={preview.mappingErrors}
                onChange={setMapping}
              />
              <div className="flex justify-between gap-2">
                <Button variant="secondary" onClick={() => setStep("upload")}>
                  Choose another file
                </Button>
                <Button onClick={() => void showPreview()} disabled={!!busy}>
                  Preview
                </Button>
              </div>
            </div>
          </Card>
        ) : null}

        {step === "preview" && preview ? (
          <Card>
            <CardHeader
              title="Preview of the first rows"
              actions={
                <span className="text-sm text-slate-500">
                  {rejected ? `${rejected} of ${preview.rows.length} would be rejected` : `${preview.rows.length} rows look fine`}
                </span>
              }
            />
            <div className="space-y-4 p-4">
              <ImportPreviewTable rows={preview.rows} mapping={mapping} />
              <div className="flex justify-between gap-2">
                <Button variant="secondary" onClick={() => setStep("map")}>
                  Back to the mapping
                </Button>
                <Button onClick={() => setStep("dedupe")}>Next: duplicates</Button>
              </div>
            </div>
          </Card>
        ) : null}

        {step === "dedupe" && preview ? (
          <Card>
            <CardHeader title="Duplicates" />
            <div className="space-y-5 p-4">
              <DedupeOptions value={dedupe} onChange={setDedupe} />
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <Checkbox className="mt-0.5" checked={auditWebsites} onChange={(e) => setAuditWebsites(e.target.checked)} />
                <span>
                  Audit the new leads&apos; websites after the import <span className="text-slate-500">— queued as a website-audit job</span>
                </span>
              </label>
              <p className="text-sm text-slate-600">
                Rows that cannot be imported are skipped and listed with their line and reason once the import is done.
              </p>
              <div className="flex justify-between gap-2">
                <Button variant="secondary" onClick={() => setStep("preview")}>
                  Back to the preview
                </Button>
                <Button onClick={() => void start()} disabled={!!busy}>
                  Start the import
                </Button>
              </div>
            </div>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
