/** Longest stored file name, in characters (code points). */
export const MAX_FILE_NAME_LENGTH = 200;
/** Longest extension kept whole when a long name is shortened, in characters. */
const MAX_KEPT_EXTENSION = 16;

/**
 * Control characters (C0, DEL, C1), zero-width characters, bidirectional overrides (which can
 * make "fdp.exe" display as "exe.pdf") and the byte-order mark.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters Windows does not allow in file names (the browser would replace them on save). */
const NOT_PORTABLE = /[<>:"|?*]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with unpaired UTF-16 surrogates replaced by U+FFFD, so it encodes as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/**
 * The name an uploaded file is stored and offered for download under: the last path segment of
 * what the browser sent (both / and \ separate), white space (tabs, line breaks) collapsed to one
 * space, invisible and control characters removed, no leading/trailing dots or spaces, and at
 * most MAX_FILE_NAME_LENGTH characters (the extension kept). "file" when nothing is left. The
 * name is only ever shown and sent in headers: files are stored under random keys.
 */
export function sanitizeFileName(raw: string): string {
  const base = wellFormed(raw).normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = base
    .replace(/\s+/g, " ")
    .replace(INVISIBLE, "")
    .replace(NOT_PORTABLE, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!name) return "file";
  const length = (s: string) => Array.from(s).length;
  if (length(name) <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const suffix = dot > 0 && length(name.slice(dot)) <= MAX_KEPT_EXTENSION + 1 ? name.slice(dot) : "";
  const stem = Array.from(suffix ? name.slice(0, dot) : name);
  return stem.slice(0, MAX_FILE_NAME_LENGTH - length(suffix)).join("").trimEnd() + suffix;
}

/** The lower-cased extension of a file name, without the dot ("" when it has none). */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** RFC 5987 attr-chars are letters, digits and !#$&+-.^_`|~; encodeURIComponent leaves '()* too. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition header value that makes the browser save the file as `fileName`
 * (RFC 6266): `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`.
 * The fallback replaces non-ASCII characters, quotes, backslashes and % with "_".
 */
export function attachmentDisposition(fileName: string): string {
  const name = wellFormed(fileName).replace(INVISIBLE, "");
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
