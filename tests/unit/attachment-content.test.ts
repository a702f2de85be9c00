import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { FileTooLargeError } from "@/server/services/attachments/attachment-limits";
import { checkAttachmentContent } from "@/server/services/attachments/check-attachment-content";
import { ACCEPTED_SAMPLES, pdf, plainZip, png, windowsExecutable } from "../support/sample-files";

const LIMIT = 1024 * 1024;

/** The message a refused file gets on its `file` field. */
async function refusal(fileName: string, bytes: Uint8Array, limit = LIMIT): Promise<string> {
  const error = await checkAttachmentContent(fileName, bytes, limit).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, fileName).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.file?.[0] ?? "(no field error)";
}

describe("checkAttachmentContent", () => {
  it.each(ACCEPTED_SAMPLES.map((s) => [s.name, s] as const))("accepts %s by its content", async (_name, sample) => {
    expect(await checkAttachmentContent(sample.name, sample.bytes, LIMIT)).toBe(sample.contentType);
  });

  it("refuses an executable named .pdf, and a PDF named .exe", async () => {
    expect(await refusal("invoice.pdf", windowsExecutable())).toBe("This file is a Windows executable, not a PDF");
    expect(await refusal("invoice.exe", pdf())).toBe("This file is a PDF, but its name ends in .exe; rename it to .pdf");
    expect(await refusal("setup.exe", windowsExecutable())).toMatch(/^This file is a Windows executable, which cannot be attached\. Allowed: PDF/);
  });

  it("refuses content that does not match an allowed extension", async () => {
    expect(await refusal("contract.docx", plainZip())).toBe("This file is a ZIP archive, not a Word document");
    expect(await refusal("logo.txt", png())).toBe("This file is a PNG image, but its name ends in .txt; rename it to .png");
    expect(await refusal("photo.jpg", png())).toBe("This file is a PNG image, but its name ends in .jpg; rename it to .png");
    expect(await refusal("quote.pdf", Buffer.from("just some text"))).toBe("This file is not a PDF: its content does not match its name");
  });

  it("accepts text only when it is UTF-8 without NUL characters", async () => {
    expect(await refusal("list.csv", Buffer.from([0x61, 0x2c, 0x62, 0x00, 0x0a]))).toBe("This file is not a CSV file: it is not UTF-8 text");
    expect(await refusal("notes.txt", Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f]))).toBe("This file is not a text file: it is not UTF-8 text");
    expect(await checkAttachmentContent("notes.txt", Buffer.from("héllo", "utf8"), LIMIT)).toBe("text/plain");
  });

  it("refuses other types, names without an extension and empty files", async () => {
    expect(await refusal("drawing.svg", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toMatch(/^Files of type \.svg cannot be attached/);
    expect(await refusal("page.html", Buffer.from("<html><script>alert(1)</script></html>"))).toMatch(/^Files of type \.html cannot be attached/);
    expect(await refusal("quote", pdf())).toBe("The file name has no extension (such as .pdf); rename it and try again");
    expect(await refusal("empty.pdf", new Uint8Array())).toBe("The file is empty");
  });

  it("refuses a file over the limit with a 413 field error", async () => {
    const error = await checkAttachmentContent("big.txt", Buffer.alloc(101, 0x61), 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as FileTooLargeError).status).toBe(413);
    expect((error as FileTooLargeError).fieldErrors.file).toEqual(["The file is larger than 100 bytes"]);
    expect(await checkAttachmentContent("big.txt", Buffer.alloc(100, 0x61), 100)).toBe("text/plain");
  });
});
