/**
 * The kinds of file Leadwell accepts as attachments. A file is recognised by its content (see
 * server/services/attachments/check-attachment-content.ts) and its name's extension must agree.
 * Plain text has no signature: it is recognised by its extension once its bytes are UTF-8 text.
 */
export type AttachmentFileType = {
  /** The content type stored and served (what file-type reports for binary formats). */
  mime: string;
  /** Lower-case extensions (without the dot) a file of this type may be named with. */
  extensions: readonly string[];
  /** The type with its article, for messages: "a PDF", "an Excel workbook". */
  label: string;
  /** Recognised by extension and checked to be UTF-8 text (file-type cannot detect text). */
  text?: true;
};

export const ATTACHMENT_FILE_TYPES: readonly AttachmentFileType[] = [
  { mime: "application/pdf", extensions: ["pdf"], label: "a PDF" },
  { mime: "image/png", extensions: ["png"], label: "a PNG image" },
  { mime: "image/apng", extensions: ["png", "apng"], label: "an animated PNG image" },
  { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "a JPEG image" },
  { mime: "image/gif", extensions: ["gif"], label: "a GIF image" },
  { mime: "image/webp", extensions: ["webp"], label: "a WebP image" },
  { mime: "image/heic", extensions: ["heic", "heif"], label: "a HEIC photo" },
  { mime: "image/heif", extensions: ["heic", "heif"], label: "a HEIF photo" },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], label: "a Word document" },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], label: "an Excel workbook" },
  { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"], label: "a PowerPoint presentation" },
  { mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"], label: "an OpenDocument text" },
  { mime: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"], label: "an OpenDocument spreadsheet" },
  { mime: "application/vnd.oasis.opendocument.presentation", extensions: ["odp"], label: "an OpenDocument presentation" },
  { mime: "text/plain", extensions: ["txt"], label: "a text file", text: true },
  { mime: "text/csv", extensions: ["csv"], label: "a CSV file", text: true },
  { mime: "text/markdown", extensions: ["md"], label: "a Markdown file", text: true },
];

/** What the upload form says is allowed. */
export const ATTACHMENT_TYPES_SUMMARY = "PDF, images (PNG, JPEG, GIF, WebP, HEIC), Word, Excel, PowerPoint and OpenDocument files, text, CSV and Markdown";

/** The file input's `accept` list: every allowed extension. */
export const ATTACHMENT_ACCEPT = [...new Set(ATTACHMENT_FILE_TYPES.flatMap((t) => t.extensions))].map((e) => `.${e}`).join(",");

/** The allowed type with content type `mime`, if any. */
export function attachmentTypeOfMime(mime: string): AttachmentFileType | undefined {
  return ATTACHMENT_FILE_TYPES.find((t) => t.mime === mime);
}

/** The allowed type a file named with `extension` (lower case, no dot) claims to be, if any. */
export function attachmentTypeOfExtension(extension: string): AttachmentFileType | undefined {
  return ATTACHMENT_FILE_TYPES.find((t) => t.extensions.includes(extension));
}

/** Names for refused types people are likely to try, keyed by the content type file-type reports. */
const REFUSED_TYPE_LABELS: Record<string, string> = {
  "application/x-msdownload": "a Windows executable",
  "application/x-elf": "a Linux executable",
  "application/x-mach-binary": "a macOS executable",
  "application/zip": "a ZIP archive",
  "application/x-rar-compressed": "a RAR archive",
  "application/x-7z-compressed": "a 7-Zip archive",
  "application/gzip": "a gzip archive",
  "application/x-cfb": "an old-format Office file (save it as .docx, .xlsx or .pptx)",
  "application/vnd.ms-word.document.macroenabled.12": "a macro-enabled Word document",
  "application/vnd.ms-excel.sheet.macroenabled.12": "a macro-enabled Excel workbook",
  "application/vnd.ms-powerpoint.presentation.macroenabled.12": "a macro-enabled PowerPoint presentation",
  "application/java-archive": "a Java archive",
  "application/vnd.android.package-archive": "an Android app",
  "application/x-apple-diskimage": "a macOS disk image",
};

/** How a message names a detected type that is not allowed: "a Windows executable", "a .mp4 file". */
export function refusedTypeLabel(detected: { mime: string; ext: string }): string {
  return REFUSED_TYPE_LABELS[detected.mime] ?? `a .${detected.ext} file`;
}
