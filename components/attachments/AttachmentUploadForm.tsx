"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ProgressBar } from "@/components/import/ProgressBar";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_SUMMARY } from "@/lib/attachments/file-types";
import { formatFileSize } from "@/lib/attachments/format-file-size";
import { ATTACHMENT_CATEGORIES, enumLabel, type AttachmentCategory } from "@/lib/enums";
import type { AttachmentRecordType } from "@/lib/validation/attachment";
import { postFormWithProgress } from "./post-form-with-progress";
import { problemMessage } from "./problem-message";

const CATEGORY_OPTIONS = ATTACHMENT_CATEGORIES.map((c) => ({ value: c, label: enumLabel(c) }));

/**
 * Uploads a file to a record (POST /api/attachments) with a progress bar, then refreshes the page.
 * A file over `maxBytes` (bytes) is refused before it is sent; the server's refusals (type, size,
 * permission) are shown under the file input. Choosing an image selects the Photo category.
 */
export function AttachmentUploadForm({ recordType, recordId, maxBytes }: { recordType: AttachmentRecordType; recordId: string; maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  // Changing the key remounts the file input, which clears it after an upload.
  const [inputKey, setInputKey] = useState(0);
  const [category, setCategory] = useState<AttachmentCategory>("DOCUMENT");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, startTransition] = useTransition();
  const pending = progress !== null || refreshing;
  const tooLarge = `The file is larger than ${formatFileSize(maxBytes)}`;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(chosen && chosen.size > maxBytes ? tooLarge : null);
    const image = !!chosen?.type.startsWith("image/");
    if (image || category === "PHOTO") setCategory(image ? "PHOTO" : "DOCUMENT");
  };

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setError("Choose a file");
    if (file.size > maxBytes) return setError(tooLarge);
    const form = new FormData();
    form.set("recordType", recordType);
    form.set("recordId", recordId);
    form.set("category", category);
    form.set("file", file);
    setError(null);
    setProgress(0);
    try {
      const { status, body } = await postFormWithProgress("/api/attachments", form, setProgress);
      if (status !== 201) return setError(problemMessage(status, body));
      setFile(null);
      setCategory("DOCUMENT");
      setInputKey((k) => k + 1);
      startTransition(() => router.refresh());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setProgress(null);
    }
  };

  return (
    <form onSubmit={upload} className="space-y-3" aria-label="Attach a file">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field label="File" htmlFor="attachment-file" error={error ?? undefined} hint={`${ATTACHMENT_TYPES_SUMMARY}; up to ${formatFileSize(maxBytes)}`}>
          <Input
            key={inputKey}
            id="attachment-file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            className="py-1.5 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-0.5 file:text-sm file:text-slate-700"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            aria-invalid={!!error}
            aria-describedby={error ? "attachment-file-error" : undefined}
            disabled={pending}
          />
        </Field>
        <Field label="Category" htmlFor="attachment-category">
          <Select id="attachment-category" value={category} onChange={(e) => setCategory(e.target.value as AttachmentCategory)} disabled={pending}>
            {CATEGORY_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={pending || !file}>
          {pending ? "Uploading…" : "Upload"}
        </Button>
        {progress !== null ? (
          <div className="flex-1">
            <ProgressBar value={Math.round(progress * 100)} max={100} label="Upload progress" />
          </div>
        ) : null}
      </div>
    </form>
  );
}
