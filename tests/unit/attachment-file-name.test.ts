import { describe, expect, it } from "vitest";
import { attachmentDisposition, fileExtension, MAX_FILE_NAME_LENGTH, sanitizeFileName } from "@/lib/attachments/file-name";
import { formatFileSize } from "@/lib/attachments/format-file-size";

describe("sanitizeFileName", () => {
  it.each([
    ["../../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\System32\\evil.pdf", "evil.pdf"],
    ["/var/www/quote.pdf", "quote.pdf"],
    ["C:\\Users\\ada\\Desktop\\quote.pdf", "quote.pdf"],
    ["....//....//quote.pdf", "quote.pdf"],
    ["..", "file"],
    ["", "file"],
    [" .hidden.txt ", "hidden.txt"],
    ["quote.pdf.", "quote.pdf"],
    ["line\r\nbreak\u0000.txt", "line break.txt"],
    ["tab\tand   spaces.txt", "tab and spaces.txt"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["zero\u200bwidth.pdf", "zerowidth.pdf"],
    ['what: "this" <is>?.pdf', "what_ _this_ _is__.pdf"],
    ["Cafe\u0301 menu.pdf", "Café menu.pdf"],
    ["broken\ud800.txt", "broken\ufffd.txt"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it("caps long names at MAX_FILE_NAME_LENGTH characters and keeps the extension", () => {
    const name = sanitizeFileName(`${"ä".repeat(500)}.pdf`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("ä.pdf")).toBe(true);
    expect(Array.from(sanitizeFileName("😀".repeat(300)))).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(sanitizeFileName(`a.${"x".repeat(300)}`)).toHaveLength(MAX_FILE_NAME_LENGTH);
  });
});

describe("fileExtension", () => {
  it("is the lower-cased part after the last dot of a name that has one", () => {
    expect(fileExtension("Shop Front.JPG")).toBe("jpg");
    expect(fileExtension("archive.tar.gz")).toBe("gz");
    expect(fileExtension("README")).toBe("");
    expect(fileExtension("trailing.")).toBe("");
  });
});

describe("attachmentDisposition", () => {
  it("sends an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987)", () => {
    expect(attachmentDisposition("quote.pdf")).toBe(`attachment; filename="quote.pdf"; filename*=UTF-8''quote.pdf`);
    expect(attachmentDisposition("Προσφορά 2026 (v2).pdf")).toBe(
      `attachment; filename="________ 2026 (v2).pdf"; filename*=UTF-8''%CE%A0%CF%81%CE%BF%CF%83%CF%86%CE%BF%CF%81%CE%AC%202026%20%28v2%29.pdf`,
    );
  });

  it("cannot be broken out of with quotes, backslashes, line breaks or percent signs", () => {
    const header = attachmentDisposition('a"; filename="evil.exe\\\r\nSet-Cookie: x=1 100%.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    const fallback = /filename="([^"]*)"/.exec(header)?.[1];
    expect(fallback).toBe("a_; filename=_evil.exe_Set-Cookie: x=1 100_.pdf");
    expect(header).toContain(`filename*=UTF-8''a%22%3B%20filename%3D%22evil.exe%5CSet-Cookie%3A%20x%3D1%20100%25.pdf`);
  });
});

describe("formatFileSize", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [1023, "1023 bytes"],
    [1536, "1.5 KB"],
    [10 * 1024 * 1024, "10 MB"],
    [123_456_789, "118 MB"],
  ])("%d → %s", (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});
