import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { verifyUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { ForbiddenError, ServiceError, ValidationError } from "@/server/errors";
import { createContact } from "@/server/services/contacts/create-contact";
import { createDeal } from "@/server/services/deals/create-deal";
import { checkEmailRecipient } from "@/server/services/email/check-email-recipient";
import { listOutbox } from "@/server/services/email/list-outbox";
import { previewEmail } from "@/server/services/email/preview-email";
import { sendOneEmail } from "@/server/services/email/send-one-email";
import { sendTestEmail } from "@/server/services/email/send-test-email";
import { updateEmailSettings } from "@/server/services/email-settings/update-email-settings";
import { updateUserSender } from "@/server/services/email-settings/update-user-sender";
import { createLead } from "@/server/services/leads/create-lead";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { createTemplate } from "@/server/services/templates/create-template";
import { createDealPipeline } from "../support/board-factories";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";
import { createTestUser, leadStages, type TestActor } from "../support/factories";

let fake: FakeResend;
const ENV_KEYS = ["RESEND_API_KEY", "RESEND_BASE_URL", "UNSUBSCRIBE_SECRET", "NEXTAUTH_URL", "EMAIL_FROM"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test_key", requestsPerSecond: null });
  process.env.UNSUBSCRIBE_SECRET = "integration-unsubscribe-secret";
  process.env.NEXTAUTH_URL = "https://crm.example.com";
  process.env.EMAIL_FROM = "Leadwell <hello@leadwell.example>";
});
afterAll(async () => {
  await fake.close();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});
afterEach(() => fake.reset());

function useResend(): void {
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
}
function useOutbox(): void {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
}

const uniqueAddress = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function newLead(actor: TestActor, fields: Record<string, unknown> = {}) {
  const email = uniqueAddress("maria");
  const lead = await createLead(actor, { name: "Latchi Fish Tavern", contactName: "Maria Georgiou", city: "Latchi", email, ...fields });
  return { id: lead.id, email };
}

const draft = { subject: "Hello {{ firstName }} from {{ city }}", body: "Hi {{ firstName }},\n\nI saw **{{ businessName }}** online. <script>x</script>" };

async function counts() {
  const db = getDb();
  return { messages: await db.emailMessage.count(), activities: await db.activity.count(), sent: fake.sent.length };
}

describe("sending one email through Resend", () => {
  it("sends the rendered email from the sender, stores Resend's id and logs an outbound email that moves the lead", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    await updateEmailSettings(admin, { fromName: "Acme", fromAddress: "sales@acme.example", replyTo: "team@acme.example" });
    await updateUserSender(admin, { emailFromName: "Ada at Acme", emailReplyTo: "" });
    const template = await createTemplate(admin, { name: "Cold", category: "EMAIL", subject: "Hi {{ firstName }}", body: "Body A", variants: [{ label: "B", subject: "Yo {{ firstName }}", body: "Body B" }] });
    const { id: leadId, email } = await newLead(admin);
    const stages = await leadStages();

    const sent = await sendOneEmail(admin, { leadId, templateId: template.id, variant: "B", ...draft });

    expect(sent.outbox).toBe(false);
    expect(fake.sent).toHaveLength(1);
    const [email0] = fake.sent;
    expect(sent.providerId).toBe(email0.id);
    expect(email0.from).toBe("Ada at Acme <sales@acme.example>");
    expect(email0.to).toEqual([email]);
    expect(email0.replyTo).toBe("team@acme.example");
    expect(email0.subject).toBe("Hello Maria from Latchi");
    expect(email0.html).toMatch(/<strong[^>]*>Latchi Fish Tavern<\/strong>/);
    expect(email0.html).toContain("&lt;script&gt;");
    expect(email0.text).toContain("Hi Maria,");
    expect(email0.idempotencyKey).toBe(`email/${sent.messageId}`);
    expect(email0.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const link = /^<https:\/\/crm\.example\.com\/api\/unsubscribe\/([^>]+)>$/.exec(email0.headers?.["List-Unsubscribe"] ?? "");
    expect(link && verifyUnsubscribeToken(decodeURIComponent(link[1]))).toBe(sent.messageId);
    expect(fake.requests[0].headers.authorization).toBe("Bearer re_test_key");

    const db = getDb();
    const message = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(message).toMatchObject({ providerId: email0.id, outbox: false, status: "SENT", toAddress: email, leadId, templateId: template.id, variantLabel: "B", sentById: admin.id, subject: "Hello Maria from Latchi", error: null });
    expect(message.sentAt).toBeInstanceOf(Date);

    const activity = await db.activity.findFirstOrThrow({ where: { emailMessageId: sent.messageId } });
    expect(activity).toMatchObject({ type: "EMAIL", direction: "OUTBOUND", outcome: "CONTACTED", leadId, authorId: admin.id, subject: "Hello Maria from Latchi", data: { resendId: email0.id } });
    expect(sent.activity.movedTo?.id).toBe(stages.Contacted);
    expect((await db.lead.findUniqueOrThrow({ where: { id: leadId } })).stageId).toBe(stages.Contacted);
  });

  it("sends a deal's email to its contact and logs it on the deal", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    const address = uniqueAddress("nikos");
    const { id: contactId } = await createContact(admin, { firstName: "Nikos", lastName: "Ioannou", email: address });
    const pipeline = await createDealPipeline();
    const { id: dealId } = await createDeal(admin, { title: "Website", stageId: pipeline.stages["Lead in"], contactId });

    const sent = await sendOneEmail(admin, { dealId, subject: "For {{ fullName }}", body: "Hello" });

    expect(fake.sent[0].to).toEqual([address]);
    expect(fake.sent[0].subject).toBe("For Nikos Ioannou");
    const activity = await getDb().activity.findFirstOrThrow({ where: { emailMessageId: sent.messageId } });
    expect(activity).toMatchObject({ dealId, contactId, type: "EMAIL", direction: "OUTBOUND" });
  });

  it("marks the email FAILED with Resend's message and logs nothing when Resend answers 5xx or 4xx", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await newLead(admin);
    const db = getDb();
    for (const status of [500, 422]) {
      const before = await db.activity.count();
      fake.failNext(1, status);
      const error = await sendOneEmail(admin, { leadId, ...draft }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).status).toBe(502);
      expect((error as Error).message).toContain(String(status));
      const failed = await db.emailMessage.findFirstOrThrow({ where: { leadId }, orderBy: { createdAt: "desc" } });
      expect(failed.status).toBe("FAILED");
      expect(failed.providerId).toBeNull();
      expect(failed.error).toContain(status === 500 ? "Internal server error" : "Failed on demand");
      expect(await db.activity.count()).toBe(before);
    }
    expect(fake.sent).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 422]);
  });
});

describe("sending without RESEND_API_KEY", () => {
  it("keeps the email in the outbox, sends nothing, and still logs the activity", async () => {
    useOutbox();
    const admin = await createTestUser("ADMIN");
    const { id: leadId, email } = await newLead(admin);

    const sent = await sendOneEmail(admin, { leadId, ...draft });

    expect(sent).toMatchObject({ outbox: true, providerId: null, to: email });
    expect(fake.requests).toHaveLength(0);
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(message).toMatchObject({ outbox: true, status: "SENT", providerId: null });
    expect(message.html).toContain("Latchi Fish Tavern");
    const activity = await getDb().activity.findFirstOrThrow({ where: { emailMessageId: sent.messageId } });
    expect(activity).toMatchObject({ type: "EMAIL", direction: "OUTBOUND", data: { outbox: true } });
    const outbox = await listOutbox();
    expect(outbox.rows[0]).toMatchObject({ id: sent.messageId, toAddress: email, subject: "Hello Maria from Latchi", lead: { id: leadId } });
  });

  it("puts a test email to yourself in the outbox", async () => {
    useOutbox();
    const admin = await createTestUser("ADMIN");
    const sent = await sendTestEmail(admin);
    expect(sent).toMatchObject({ outbox: true, to: admin.email });
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(message).toMatchObject({ toAddress: admin.email, subject: "Leadwell test email", leadId: null });
    expect(message.text).toContain(admin.name);
  });
});

describe("refusals", () => {
  it("refuses a suppressed address with the reason and the day, and sends or stores nothing", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    const { id: leadId, email } = await newLead(admin);
    await suppressAddress(email.toUpperCase(), { reason: "UNSUBSCRIBED" });
    const before = await counts();

    const error = await sendOneEmail(admin, { leadId, ...draft }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.to?.[0]).toMatch(new RegExp(`^${email.replace(/[.+]/g, "\\$&")} is on the suppression list: unsubscribed on \\d{1,2} \\w{3} \\d{4}$`));
    expect(await counts()).toEqual(before);
    expect(fake.requests).toHaveLength(0);
    await expect(checkEmailRecipient(admin, { leadId })).rejects.toBeInstanceOf(ValidationError);
    await expect(previewEmail(admin, { leadId, ...draft })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a record without an email address", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "No email" });
    const error = await sendOneEmail(admin, { leadId, ...draft }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.to).toEqual(["This lead has no email address"]);
    const pipeline = await createDealPipeline();
    const { id: dealId } = await createDeal(admin, { title: "Nobody", stageId: pipeline.stages["Lead in"] });
    const dealError = await sendOneEmail(admin, { dealId, ...draft }).catch((e: unknown) => e);
    expect((dealError as ValidationError).fieldErrors.to).toEqual(["This deal's contact or lead has no email address"]);
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses unknown variables like a template does", async () => {
    useResend();
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await newLead(admin);
    const error = await sendOneEmail(admin, { leadId, subject: "Hi {{ password }}", body: "x" }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.subject?.[0]).toMatch(/Unknown variable/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("permissions", () => {
  it("follow logging an activity: a salesperson may not move a colleague's lead by emailing it, and nothing is sent", async () => {
    useResend();
    const owner = await createTestUser("SALES");
    const colleague = await createTestUser("SALES");
    const { id: leadId } = await newLead(owner);
    const before = await counts();

    await expect(sendOneEmail(colleague, { leadId, ...draft })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
    expect(fake.requests).toHaveLength(0);

    // The owner's email moves it to Contacted; after that an email changes nothing, so anyone may send one.
    await sendOneEmail(owner, { leadId, ...draft });
    await sendOneEmail(colleague, { leadId, ...draft });
    expect(fake.sent).toHaveLength(2);
  });

  it("lets anyone email a contact", async () => {
    useOutbox();
    const owner = await createTestUser("SALES");
    const colleague = await createTestUser("SALES");
    const { id: contactId } = await createContact(owner, { firstName: "Eleni", email: uniqueAddress("eleni") });
    const sent = await sendOneEmail(colleague, { contactId, ...draft });
    expect(sent.outbox).toBe(true);
  });

  it("lets only admins change the workspace sender", async () => {
    const manager = await createTestUser("MANAGER");
    await expect(updateEmailSettings(manager, { fromAddress: "x@example.com" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
