import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { canDeleteAttachment } from "@/lib/attachments/can-delete-attachment";
import { formatFileSize } from "@/lib/attachments/format-file-size";
import { formatInZone } from "@/lib/dates";
import { enumLabel, type Role } from "@/lib/enums";
import { canEdit } from "@/lib/permissions";
import type { AttachmentRecordType } from "@/lib/validation/attachment";
import { maxAttachmentBytes } from "@/server/services/attachments/attachment-limits";
import type { AttachmentRow } from "@/server/services/attachments/list-attachments";
import { AttachmentUploadForm } from "./AttachmentUploadForm";
import { DeleteAttachmentButton } from "./DeleteAttachmentButton";

/**
 * A record's files: each with its category, size, uploader and date, a download link and — for
 * those allowed (canDeleteAttachment) — Delete; above them the upload form for users who may edit
 * the record, unless it is deleted.
 */
export function AttachmentsPanel({
  recordType,
  record,
  attachments,
  user,
}: {
  recordType: AttachmentRecordType;
  record: { id: string; ownerId: string | null; deletedAt?: Date | null };
  attachments: AttachmentRow[];
  user: { id: string; role: Role; timeZone: string };
}) {
  const canAttach = canEdit(user, record) && !record.deletedAt;
  return (
    <Card data-testid="attachments">
      <CardHeader title={`Files (${attachments.length})`} />
      {canAttach ? (
        <div className="border-b border-slate-200 p-4">
          <AttachmentUploadForm recordType={recordType} recordId={record.id} maxBytes={maxAttachmentBytes()} />
        </div>
      ) : null}
      {attachments.length === 0 ? (
        <p className="p-4 text-sm text-slate-500">No files attached yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {attachments.map((a) => (
            <li key={a.id} className="flex items-start justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <a href={`/api/attachments/${a.id}`} download={a.fileName} className="font-medium break-all text-brand-700 hover:underline">
                  {a.fileName}
                </a>
                <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                  <Badge>{enumLabel(a.category)}</Badge>
                  <span>{formatFileSize(a.size)}</span>
                  <span>
                    {a.uploadedBy ? `${a.uploadedBy.name}, ` : ""}
                    <time dateTime={a.createdAt.toISOString()}>{formatInZone(a.createdAt, user.timeZone, "d MMM yyyy, HH:mm")}</time>
                  </span>
                </div>
              </div>
              {canDeleteAttachment(user, { uploadedById: a.uploadedBy?.id ?? null }, record) ? <DeleteAttachmentButton attachmentId={a.id} fileName={a.fileName} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
