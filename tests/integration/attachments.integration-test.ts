import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttachmentUploadInput } from "@/lib/validation/attachment";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { FileTooLargeError } from "@/server/services/attachments/attachment-limits";
import { deleteAttachment } from "@/server/services/attachments/delete-attachment";
import { listAttachments } from "@/server/services/attachments/list-attachments";
import { openAttachment } from "@/server/services/attachments/open-attachment";
import { uploadAttachment } from "@/server/services/attachments/upload-attachment";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { getAttachmentStore, type AttachmentStore } from "@/server/storage/attachment-store";
import { createTestUser, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn } from "../support/hostile-values";
import { ACCEPTED_SAMPLES, pdf, plainZip, windowsExecutable } from "../support/sample-files";

let uploads: string;
let admin: TestActor;
let manager: TestActor;
let alice: TestActor; // SALES, owns `leadId`
let bob: TestActor; // SALES, owns nothing here
let leadId: string;

beforeAll(async () => {
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-attachments-"));
  process.env.UPLOAD_DIR = uploads;
  [admin, manager, alice, bob] = await Promise.all([createTestUser("ADMIN"), createTestUser("MANAGER"), createTestUser("SALES"), createTestUser("SALES")]);
  ({ id: leadId } = await createLead(alice, { name: "Taverna with files" }));
});

afterAll(() => {
  delete process.env.UPLOAD_DIR;
  delete process.env.ATTACHMENT_MAX_BYTES;
  fs.rmSync(uploads, { recursive: true, force: true });
});

/** Every file under the upload directory (temporary files included), relative to it. */
function filesOnDisk(): string[] {
  return fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(uploads, path.join(e.parentPath, e.name))).sort();
}

/** What a refused upload must leave unchanged: attachment rows, audit entries and files. */
const snapshot = async () => [await getDb().attachment.count(), await getDb().auditLog.count(), filesOnDisk()];

const upload = (actor: TestActor, name: string, bytes: Uint8Array, more: Partial<AttachmentUploadInput> = {}) =>
  uploadAttachment(actor, { recordType: "lead", recordId: leadId, category: "DOCUMENT", fileName: name, content: bytes, ...more });

async function downloadBytes(id: string): Promise<Buffer> {
  const file = await openAttachment(id);
  return Buffer.from(await new Response(file.body).arrayBuffer());
}

/** The refusal of a call: its error, after checking that it stored nothing. */
async function refusedWithoutTrace(call: () => Promise<unknown>): Promise<unknown> {
  const before = await snapshot();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  expect(await snapshot()).toEqual(before);
  return error;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("uploading attachments", () => {
  it("accepts every allowed type, stores its bytes under a random key and downloads them unchanged", async () => {
    for (const sample of ACCEPTED_SAMPLES) {
      const result = await upload(alice, sample.name, sample.bytes);
      expect(result, sample.name).toMatchObject({ fileName: sample.name, contentType: sample.contentType, size: sample.bytes.length });
      const row = await getDb().attachment.findUniqueOrThrow({ where: { id: result.id } });
      expect(row).toMatchObject({ leadId, uploadedById: alice.id, sha256: sha256(sample.bytes), category: "DOCUMENT" });
      expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
      expect(fs.readFileSync(path.join(uploads, "attachments", row.storageKey.slice(0, 2), row.storageKey))).toEqual(sample.bytes);

      const download = await openAttachment(result.id);
      expect(download).toMatchObject({ fileName: sample.name, contentType: sample.contentType, size: sample.bytes.length });
      const bytes = Buffer.from(await new Response(download.body).arrayBuffer());
      expect(sha256(bytes), sample.name).toBe(sha256(sample.bytes));
    }
    expect(filesOnDisk().every((f) => /^attachments\/[0-9a-f]{2}\/[0-9a-f]{32}$/.test(f))).toBe(true);
    const audit = await getDb().auditLog.findFirst({ where: { entityType: "Attachment", action: "create", actorId: alice.id } });
    expect(audit?.changes).toMatchObject({ recordType: "lead", recordId: leadId });
  });

  it("attaches to contacts, companies and deals, and lists a record's files newest first with the uploader", async () => {
    const { id: companyId } = await createCompany(manager, { name: "Files Ltd" });
    const { id: contactId } = await createContact(manager, { firstName: "Fia", companyId });
    const pipeline = await getDb().pipeline.create({ data: { name: "Deals for files", kind: "DEAL", stages: { create: { name: "Open", position: 0 } } }, include: { stages: true } });
    const deal = await getDb().deal.create({ data: { title: "Menu redesign", pipelineId: pipeline.id, stageId: pipeline.stages[0].id, ownerId: manager.id } });

    const t0 = new Date("2026-03-10T09:00:00Z");
    for (const [recordType, recordId] of [["contact", contactId], ["company", companyId], ["deal", deal.id]] as const) {
      await uploadAttachment(manager, { recordType, recordId, category: "CONTRACT", fileName: "old.pdf", content: pdf("old") }, { now: t0 });
      await uploadAttachment(manager, { recordType, recordId, category: "PHOTO", fileName: "new.png", content: ACCEPTED_SAMPLES[1].bytes }, { now: new Date(t0.getTime() + 1000) });
      const list = await listAttachments({ recordType, recordId });
      expect(list.map((a) => [a.fileName, a.category, a.uploadedBy?.name]), recordType).toEqual([
        ["new.png", "PHOTO", manager.name],
        ["old.pdf", "CONTRACT", manager.name],
      ]);
    }
    expect(await listAttachments({ recordType: "deal", recordId: leadId })).toEqual([]);
  });

  it("refuses an .exe renamed .pdf (and a PDF renamed .exe) with a clear message and stores nothing", async () => {
    const exe = (await refusedWithoutTrace(() => upload(alice, "invoice.pdf", windowsExecutable()))) as ValidationError;
    expect(exe).toBeInstanceOf(ValidationError);
    expect(exe.fieldErrors).toEqual({ file: ["This file is a Windows executable, not a PDF"] });
    const renamed = (await refusedWithoutTrace(() => upload(alice, "invoice.exe", pdf()))) as ValidationError;
    expect(renamed.fieldErrors.file).toEqual(["This file is a PDF, but its name ends in .exe; rename it to .pdf"]);
    const zip = (await refusedWithoutTrace(() => upload(alice, "contract.docx", plainZip()))) as ValidationError;
    expect(zip.fieldErrors.file).toEqual(["This file is a ZIP archive, not a Word document"]);
  });

  it("refuses empty files and files over ATTACHMENT_MAX_BYTES (413) and stores nothing", async () => {
    const empty = (await refusedWithoutTrace(() => upload(alice, "empty.txt", new Uint8Array()))) as ValidationError;
    expect(empty.fieldErrors.file).toEqual(["The file is empty"]);
    process.env.ATTACHMENT_MAX_BYTES = "2048";
    try {
      const big = (await refusedWithoutTrace(() => upload(alice, "big.txt", Buffer.alloc(2049, 0x61)))) as FileTooLargeError;
      expect(big).toBeInstanceOf(FileTooLargeError);
      expect(big.status).toBe(413);
      expect(big.fieldErrors.file).toEqual(["The file is larger than 2 KB"]);
      await expect(upload(alice, "just-fits.txt", Buffer.alloc(2048, 0x61))).resolves.toMatchObject({ size: 2048 });
    } finally {
      delete process.env.ATTACHMENT_MAX_BYTES;
    }
  });

  it("keeps only the last segment of a path-like file name and writes nothing outside the upload directory", async () => {
    const outside = fs.readdirSync(path.dirname(uploads)).sort();
    const names: Array<[string, string]> = [
      ["../../../../etc/cron.d/evil.txt", "evil.txt"],
      ["..\\..\\Windows\\System32\\evil.pdf", "evil.pdf"],
      ["/tmp/quote.pdf", "quote.pdf"],
      ["..", "file"],
      ["quote\u0000.pdf", "quote.pdf"],
      ["invoice\u202Efdp.txt", "invoicefdp.txt"],
    ];
    for (const [raw, stored] of names) {
      const bytes = stored.endsWith(".pdf") ? pdf() : Buffer.from("text\n");
      const call = () => upload(alice, raw, bytes);
      if (stored === "file") {
        expect(await refusedWithoutTrace(call)).toBeInstanceOf(ValidationError);
        continue;
      }
      const { id, fileName } = await call();
      expect(fileName, raw).toBe(stored);
      const { storageKey } = await getDb().attachment.findUniqueOrThrow({ where: { id } });
      expect(storageKey).not.toContain(stored.split(".")[0]);
    }
    expect(fs.readdirSync(path.dirname(uploads)).sort()).toEqual(outside);
    expect(filesOnDisk().every((f) => f.startsWith("attachments/"))).toBe(true);
  });

  it("removes the stored file when the database insert fails (the lead was deleted meanwhile)", async () => {
    const { id: doomedLeadId } = await createLead(alice, { name: "Deleted while uploading" });
    const real = getAttachmentStore();
    const racingStore: AttachmentStore = {
      put: async (key, content) => {
        await real.put(key, content);
        expect(filesOnDisk()).toContain(`attachments/${key.slice(0, 2)}/${key}`);
        await getDb().lead.delete({ where: { id: doomedLeadId } });
      },
      get: (key) => real.get(key),
      delete: (key) => real.delete(key),
    };
    const files = filesOnDisk();
    const rows = await getDb().attachment.count();
    const error = await uploadAttachment(alice, { recordType: "lead", recordId: doomedLeadId, fileName: "late.pdf", content: pdf() }, { store: racingStore }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("Lead not found");
    expect(filesOnDisk()).toEqual(files);
    expect(await getDb().attachment.count()).toBe(rows);
  });

  it("answers unknown records and bad input with typed errors and stores nothing", async () => {
    expect(await refusedWithoutTrace(() => upload(alice, "a.txt", Buffer.from("a"), { recordId: "nosuchlead" }))).toBeInstanceOf(NotFoundError);
    expect(await refusedWithoutTrace(() => upload(alice, "a.txt", Buffer.from("a"), { recordType: "task" as never }))).toBeInstanceOf(ValidationError);
    expect(await refusedWithoutTrace(() => upload(alice, "a.txt", Buffer.from("a"), { category: "INVOICE" as never }))).toBeInstanceOf(ValidationError);

    const valid = { recordType: "lead", recordId: leadId, category: "QUOTE", fileName: "notes.txt", content: Buffer.from("note\n") };
    const { refused, fieldErrors } = await corruptEachField([{ name: "uploadAttachment", valid, call: (i: never) => uploadAttachment(alice, i), readBack: readColumn((r) => getDb().attachment.findUnique({ where: { id: idOf(r) } })) }], snapshot);
    expect(refused).toBeGreaterThanOrEqual(45);
    // Id-shaped junk as recordId ("BOGUS_ENUM_VALUE", "2026-13-45") reads as "Lead not found".
    expect(fieldErrors).toBe(refused - 2);
  });
});

describe("attachment permissions", () => {
  it("lets only those who may edit the record attach to it", async () => {
    const forbidden = await refusedWithoutTrace(() => upload(bob, "intrusion.pdf", pdf()));
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    await expect(upload(manager, "from-manager.pdf", pdf())).resolves.toMatchObject({ fileName: "from-manager.pdf" });
    await expect(upload(admin, "from-admin.pdf", pdf())).resolves.toMatchObject({ fileName: "from-admin.pdf" });
  });

  it("refuses files on a deleted company", async () => {
    const { id: companyId } = await createCompany(manager, { name: "Gone Ltd" });
    await softDeleteCompany(manager, companyId);
    const error = await refusedWithoutTrace(() => uploadAttachment(manager, { recordType: "company", recordId: companyId, fileName: "a.pdf", content: pdf() }));
    expect(error).toBeInstanceOf(ConflictError);
  });

  it("lets any signed-in user download, since every user may view every record", async () => {
    const { id } = await upload(alice, "shared.pdf", pdf("shared"));
    expect(sha256(await downloadBytes(id))).toBe(sha256(pdf("shared")));
    await expect(openAttachment("nosuchattachment")).rejects.toBeInstanceOf(NotFoundError);
    await expect(openAttachment("../../etc/passwd")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets the uploader or whoever may edit the record delete a file, and removes the file from disk", async () => {
    const first = await upload(alice, "one.pdf", pdf("one"));
    const second = await upload(alice, "two.pdf", pdf("two"));
    const keyOf = async (id: string) => (await getDb().attachment.findUniqueOrThrow({ where: { id } })).storageKey;
    const firstKey = await keyOf(first.id);

    const before = await snapshot();
    await expect(deleteAttachment(bob, first.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);

    await deleteAttachment(alice, first.id);
    expect(await getDb().attachment.findUnique({ where: { id: first.id } })).toBeNull();
    expect(filesOnDisk()).not.toContain(`attachments/${firstKey.slice(0, 2)}/${firstKey}`);
    expect(await getDb().auditLog.count({ where: { entityType: "Attachment", entityId: first.id, action: "delete" } })).toBe(1);
    await expect(openAttachment(first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAttachment(alice, first.id)).rejects.toBeInstanceOf(NotFoundError);

    await deleteAttachment(manager, second.id);
    expect(await getDb().attachment.findUnique({ where: { id: second.id } })).toBeNull();
  });

  it("keeps the uploader's right to delete after the record changes hands, but not the old owner's right to attach", async () => {
    const { id: handedOver } = await createLead(alice, { name: "Handed over" });
    const { id } = await upload(alice, "mine.pdf", pdf(), { recordId: handedOver });
    const managerFile = await upload(manager, "managers.pdf", pdf(), { recordId: handedOver });
    await getDb().lead.update({ where: { id: handedOver }, data: { ownerId: bob.id } });
    expect(await refusedWithoutTrace(() => upload(alice, "more.pdf", pdf(), { recordId: handedOver }))).toBeInstanceOf(ForbiddenError);
    await expect(deleteAttachment(alice, managerFile.id)).rejects.toBeInstanceOf(ForbiddenError);
    await deleteAttachment(bob, managerFile.id);
    await deleteAttachment(alice, id);
    expect(await listAttachments({ recordType: "lead", recordId: handedOver })).toEqual([]);
  });
});

describe("stored files", () => {
  it("answers a download whose file is missing from storage with NotFoundError", async () => {
    const { id } = await upload(alice, "lost.pdf", pdf());
    const { storageKey } = await getDb().attachment.findUniqueOrThrow({ where: { id } });
    await getAttachmentStore().delete(storageKey);
    await expect(openAttachment(id)).rejects.toThrow("Stored file not found");
  });

  it("removes the files of a deleted lead or deal from disk, and keeps them when the deletion is refused", async () => {
    const fileOf = async (id: string) => {
      const { storageKey } = await getDb().attachment.findUniqueOrThrow({ where: { id } });
      return `attachments/${storageKey.slice(0, 2)}/${storageKey}`;
    };
    const { id: doomed } = await createLead(alice, { name: "To be deleted with files" });
    const leadFile = await fileOf((await upload(alice, "goes.pdf", pdf(), { recordId: doomed })).id);
    await expect(deleteLeads(bob, [doomed])).rejects.toBeInstanceOf(ForbiddenError);
    expect(filesOnDisk()).toContain(leadFile);
    await deleteLeads(alice, [doomed]);
    expect(filesOnDisk()).not.toContain(leadFile);

    const pipeline = await getDb().pipeline.create({ data: { name: "Deals to delete", kind: "DEAL", stages: { create: { name: "Open", position: 0 } } }, include: { stages: true } });
    const deal = await getDb().deal.create({ data: { title: "Doomed deal", pipelineId: pipeline.id, stageId: pipeline.stages[0].id, ownerId: alice.id } });
    const dealFile = await fileOf((await upload(alice, "deal.pdf", pdf(), { recordType: "deal", recordId: deal.id })).id);
    await deleteDeal(alice, deal.id);
    expect(filesOnDisk()).not.toContain(dealFile);
    expect(await getDb().attachment.count({ where: { dealId: deal.id } })).toBe(0);
  });
});
