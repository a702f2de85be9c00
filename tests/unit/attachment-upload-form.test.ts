import { describe, expect, it } from "vitest";
import { readLimitedForm } from "@/app/api/attachments/read-limited-form";
import { ValidationError } from "@/server/errors";

class TooLarge extends Error {}
const tooLarge = () => new TooLarge();

function multipart(fileBytes: number, { withLength = true } = {}): Request {
  const form = new FormData();
  form.set("recordType", "lead");
  form.set("file", new File([new Uint8Array(fileBytes).fill(0x61)], "notes.txt"));
  const encoded = new Response(form);
  const body = encoded.body!;
  const headers = new Headers({ "content-type": encoded.headers.get("content-type")! });
  if (!withLength) return new Request("http://x/api/attachments", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return new Request("http://x/api/attachments", { method: "POST", body: form });
}

describe("readLimitedForm", () => {
  it("reads a form within the limit", async () => {
    const form = await readLimitedForm(multipart(1000), 10_000, tooLarge);
    expect(form.get("recordType")).toBe("lead");
    expect((form.get("file") as File).size).toBe(1000);
  });

  it("refuses a larger body from its Content-Length, and one without a length once the limit is passed", async () => {
    const declared = new Request("http://x", { method: "POST", headers: { "content-length": "20000", "content-type": "multipart/form-data; boundary=x" } });
    await expect(readLimitedForm(declared, 10_000, tooLarge)).rejects.toBeInstanceOf(TooLarge);
    await expect(readLimitedForm(multipart(20_000, { withLength: false }), 10_000, tooLarge)).rejects.toBeInstanceOf(TooLarge);
  });

  it("answers a body that is not a multipart form with a field error", async () => {
    const garbage = new Request("http://x", { method: "POST", body: "not a form", headers: { "content-type": "multipart/form-data; boundary=zzz" } });
    const error = await readLimitedForm(garbage, 10_000, tooLarge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.file).toEqual(["The upload could not be read; try again"]);
  });
});
