import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as oneClickRoute from "@/app/api/unsubscribe/[token]/route";
import { getDb } from "@/server/db";
import { signUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { NotFoundError, ValidationError } from "@/server/errors";
import { createContact } from "@/server/services/contacts/create-contact";
import { findUnsubscribeTarget } from "@/server/services/email/find-unsubscribe-target";
import { sendOneEmail } from "@/server/services/email/send-one-email";
import { unsubscribeEmailMessage } from "@/server/services/email/unsubscribe-email-message";
import { createLead } from "@/server/services/leads/create-lead";
import { findSuppression } from "@/server/services/suppression/find-suppression";
import { createTestUser, type TestActor } from "../support/factories";

const ENV_KEYS = ["RESEND_API_KEY", "UNSUBSCRIBE_SECRET", "NEXTAUTH_URL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
beforeAll(() => {
  delete process.env.RESEND_API_KEY; // the outbox: these tests are about the link, not the transport
  process.env.UNSUBSCRIBE_SECRET = "integration-unsubscribe-secret";
  process.env.NEXTAUTH_URL = "https://crm.example.com";
});
afterAll(() => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

const draft = { subject: "Hello {{ firstName }}", body: "Hi" };

/** An email sent to a new lead; its id, address and unsubscribe token. */
async function sentToLead(actor: TestActor) {
  const email = `anna-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const { id: leadId } = await createLead(actor, { name: "Anna's Bakery", contactName: "Anna", email });
  const sent = await sendOneEmail(actor, { leadId, ...draft });
  return { leadId, email, messageId: sent.messageId, token: signUnsubscribeToken(sent.messageId) };
}

function oneClick(token: string, body: BodyInit | null = "List-Unsubscribe=One-Click", contentType = "application/x-www-form-urlencoded"): Promise<Response> {
  const request = new Request(`https://crm.example.com/api/unsubscribe/${encodeURIComponent(token)}`, { method: "POST", body, headers: body === null ? {} : { "content-type": contentType } });
  return oneClickRoute.POST(request, { params: Promise.resolve({ token }) });
}

describe("unsubscribe link", () => {
  it("round-trips: the page shows the address, confirming suppresses it, marks the email and notes it on the timeline", async () => {
    const admin = await createTestUser("ADMIN");
    const { leadId, email, messageId, token } = await sentToLead(admin);

    expect(await findUnsubscribeTarget(token)).toMatchObject({ address: email, unsubscribed: false });
    const result = await unsubscribeEmailMessage(token, new Date("2026-03-10T12:00:00Z"));

    expect(result).toEqual({ address: email, firstTime: true });
    expect(await findSuppression(email)).toMatchObject({ address: email, reason: "UNSUBSCRIBED" });
    const db = getDb();
    expect(await db.emailSuppression.findUniqueOrThrow({ where: { address: email } })).toMatchObject({ messageId });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ status: "UNSUBSCRIBED", unsubscribedAt: new Date("2026-03-10T12:00:00Z") });
    const notes = await db.activity.findMany({ where: { leadId, type: "NOTE" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ subject: "Unsubscribed from email", emailMessageId: messageId, authorId: null, data: { event: "unsubscribed", address: email } });
    expect(await findUnsubscribeTarget(token)).toMatchObject({ unsubscribed: true });

    // Sending to it again is refused with the reason.
    const refused = await sendOneEmail(admin, { leadId, ...draft }).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors.to?.[0]).toMatch(/is on the suppression list: unsubscribed on \d{1,2} \w{3} \d{4}$/);
  });

  it("marks a contact email-unsubscribed", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: contactId } = await createContact(admin, { firstName: "Costas", email: `costas-${Math.random().toString(36).slice(2, 8)}@example.com` });
    const sent = await sendOneEmail(admin, { contactId, ...draft });
    await unsubscribeEmailMessage(signUnsubscribeToken(sent.messageId));
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: contactId } })).emailStatus).toBe("UNSUBSCRIBED");
  });

  it("refuses a tampered, foreign or malformed token as not found, changing nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const { messageId, token } = await sentToLead(admin);
    const db = getDb();
    const before = await db.emailSuppression.count();
    const forged = [
      `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`,
      signUnsubscribeToken(messageId, { UNSUBSCRIBE_SECRET: "someone-else" }),
      signUnsubscribeToken("cmnosuchmessage0000000001"),
      "some-id",
      "",
    ];
    for (const bad of forged) {
      await expect(unsubscribeEmailMessage(bad), bad).rejects.toBeInstanceOf(NotFoundError);
      await expect(findUnsubscribeTarget(bad), bad).rejects.toBeInstanceOf(NotFoundError);
      const response = await oneClick(bad || "x");
      expect(response.status, bad).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await db.emailSuppression.count()).toBe(before);
  });
});

describe("one-click POST (RFC 8058)", () => {
  it("unsubscribes at once with 200, and a second POST is harmless", async () => {
    const admin = await createTestUser("ADMIN");
    const { leadId, email, token } = await sentToLead(admin);

    const first = await oneClick(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ unsubscribed: true, address: email });
    expect(await findSuppression(email)).toMatchObject({ reason: "UNSUBSCRIBED" });

    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const again = await oneClickRoute.POST(new Request(`https://crm.example.com/api/unsubscribe/${token}`, { method: "POST", body: form }), { params: Promise.resolve({ token }) });
    expect(again.status).toBe(200);
    expect(await getDb().activity.count({ where: { leadId, type: "NOTE" } })).toBe(1);
    expect(await getDb().emailSuppression.count({ where: { address: email } })).toBe(1);
  });

  it("refuses a POST without the one-click body (400) and a GET only leads to the page", async () => {
    const admin = await createTestUser("ADMIN");
    const { email, token } = await sentToLead(admin);
    expect((await oneClick(token, null)).status).toBe(400);
    expect((await oneClick(token, "List-Unsubscribe=Yes")).status).toBe(400);
    expect((await oneClick(token, "x".repeat(10_000))).status).toBe(413);
    const get = await oneClickRoute.GET(new Request(`https://crm.example.com/api/unsubscribe/${token}`), { params: Promise.resolve({ token }) });
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`https://crm.example.com/unsubscribe/${token}`);
    expect(await findSuppression(email)).toBeNull();
  });
});
