import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseBoardQuery } from "@/lib/validation/board";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ServiceError, ValidationError } from "@/server/errors";
import { getBoard } from "@/server/services/board/get-board";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { createLead } from "@/server/services/leads/create-lead";
import { logChannelTouch } from "@/server/services/outreach/channels/log-channel-touch";
import { prepareChannelMessage } from "@/server/services/outreach/channels/prepare-channel-message";
import { sendSmsMessage } from "@/server/services/outreach/channels/send-sms-message";
import { createTask } from "@/server/services/tasks/create-task";
import { createTemplate } from "@/server/services/templates/create-template";
import { startFakeTwilio, type FakeTwilio } from "../support/fake-twilio-server";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn, type CorruptibleCall } from "../support/hostile-values";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const db = () => getDb();

let twilio: FakeTwilio;
let twilioEnv: Record<string, string>;
beforeAll(async () => {
  twilio = await startFakeTwilio();
  twilioEnv = { TWILIO_ACCOUNT_SID: twilio.accountSid, TWILIO_AUTH_TOKEN: twilio.authToken, TWILIO_FROM: "+35799000001", TWILIO_BASE_URL: twilio.url };
});
afterAll(() => twilio.close());
afterEach(() => twilio.reset());

const DM_BODY = 'Hi {{ firstName | default: "there" }}! Love what {{ businessName }} is doing{% if city %} in {{ city }}{% endif %}. **Free** draft? {{ senderFirstName }}';

async function dmTemplate(admin: TestActor, favourite = false) {
  return createTemplate(admin, { name: `DM ${uniqueTag()}`, category: "DM", body: DM_BODY, favourite });
}

/** A lead as the gosom import stores a Cyprus listing: local number, country name. */
async function cyprusLead(actor: TestActor, fields: Record<string, unknown> = {}) {
  return createLead(actor, { name: `Latchi Fish Tavern ${uniqueTag()}`, contactName: "Maria Georgiou", phone: "97 754374", city: "Latchi", country: "Cyprus", ...fields });
}

const activitiesOf = (where: { leadId: string } | { contactId: string }) =>
  db().activity.findMany({ where: { ...where, type: { in: ["WHATSAPP", "SMS", "CALL"] } }, select: { type: true, direction: true, outcome: true, body: true, data: true, authorId: true } });

describe("preparing a one-click message", () => {
  it("normalises the lead's number from its country and renders the chosen DM template as plain text", async () => {
    const admin = await createTestUser();
    const template = await dmTemplate(admin);
    const lead = await cyprusLead(admin);
    const message = await prepareChannelMessage(admin, { channel: "WHATSAPP", leadId: lead.id, templateId: template.id });
    expect(message.phone).toEqual({ raw: "97 754374", e164: "+35797754374", problem: null });
    expect(message.templateId).toBe(template.id);
    expect(message.text).toBe(`Hi Maria! Love what ${(await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).name} is doing in Latchi. Free draft? ${admin.name.split(" ")[0]}`);
    expect(message.templates.map((t) => t.id)).toContain(template.id);
    expect(message.refusal).toBeNull();
  });

  it("offers the channel's category only: call scripts for calls, DM templates for WhatsApp and SMS", async () => {
    const admin = await createTestUser();
    const dm = await dmTemplate(admin);
    const script = await createTemplate(admin, { name: `Script ${uniqueTag()}`, category: "CALL_SCRIPT", body: "**Opening**: Hi {{ firstName }}, this is {{ senderName }}." });
    const lead = await cyprusLead(admin);
    const call = await prepareChannelMessage(admin, { channel: "CALL", leadId: lead.id, templateId: script.id });
    expect(call.templates.map((t) => t.id)).toContain(script.id);
    expect(call.templates.map((t) => t.id)).not.toContain(dm.id);
    expect(call.text).toBe(`Opening: Hi Maria, this is ${admin.name}.`);
    await expect(prepareChannelMessage(admin, { channel: "CALL", leadId: lead.id, templateId: dm.id })).rejects.toThrow(NotFoundError);
    const blank = await prepareChannelMessage(admin, { channel: "SMS", leadId: lead.id, templateId: "" });
    expect(blank).toMatchObject({ templateId: null, text: "" });
  });

  it("says clearly why a number cannot be normalised, instead of a link", async () => {
    const admin = await createTestUser();
    const noCountry = await createLead(admin, { name: "No country", phone: "97 754374" });
    const message = await prepareChannelMessage(admin, { channel: "WHATSAPP", leadId: noCountry.id, templateId: "" });
    expect(message.phone.e164).toBeNull();
    expect(message.phone.problem).toMatch(/no country code and the record has no country/);
    const noPhone = await createLead(admin, { name: "No phone", country: "Cyprus" });
    expect((await prepareChannelMessage(admin, { channel: "CALL", leadId: noPhone.id, templateId: "" })).phone.problem).toBe("No phone number on this record.");
  });

  it("takes a contact's country from its company, and its mobile for messages but its phone for calls", async () => {
    const admin = await createTestUser();
    const company = await createCompany(admin, { name: `Polis Bakery ${uniqueTag()}`, country: "Cyprus" });
    const contact = await createContact(admin, { firstName: "Andreas", lastName: "Pavlou", companyId: company.id, phone: "26 321530", mobile: "99 010321" });
    expect((await prepareChannelMessage(admin, { channel: "WHATSAPP", contactId: contact.id, templateId: "" })).phone.e164).toBe("+35799010321");
    expect((await prepareChannelMessage(admin, { channel: "CALL", contactId: contact.id, templateId: "" })).phone.e164).toBe("+35726321530");
    const loner = await createContact(admin, { firstName: "Nikos", mobile: "99 010321" });
    expect((await prepareChannelMessage(admin, { channel: "SMS", contactId: loner.id, templateId: "" })).phone.problem).toMatch(/no country/);
  });
});

describe("one-click logging on each channel", () => {
  it("logs a WhatsApp click as an outbound WHATSAPP activity with the message and number, and moves a New lead to Contacted", async () => {
    const admin = await createTestUser();
    const stages = await leadStages();
    const lead = await cyprusLead(admin);
    const logged = await logChannelTouch(admin, { channel: "WHATSAPP", leadId: lead.id, body: "Hi Maria!", templateId: null }, NOW);
    expect(logged.to).toBe("+35797754374");
    expect(logged.movedTo?.id).toBe(stages.Contacted);
    expect(await activitiesOf({ leadId: lead.id })).toEqual([
      { type: "WHATSAPP", direction: "OUTBOUND", outcome: "CONTACTED", body: "Hi Maria!", data: { via: "wa.me", to: "+35797754374", templateId: null }, authorId: admin.id },
    ]);
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).stageId).toBe(stages.Contacted);
  });

  it("logs an SMS-link click and a call, with the chosen outcome", async () => {
    const admin = await createTestUser();
    const template = await dmTemplate(admin);
    const lead = await cyprusLead(admin);
    await logChannelTouch(admin, { channel: "SMS", leadId: lead.id, body: "Text", templateId: template.id }, NOW);
    await logChannelTouch(admin, { channel: "CALL", leadId: lead.id, body: null, outcome: "BOOKED_CALL" }, NOW);
    const entries = await activitiesOf({ leadId: lead.id });
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "SMS", outcome: "CONTACTED", data: { via: "sms-link", to: "+35797754374", templateId: template.id } }),
        expect.objectContaining({ type: "CALL", outcome: "BOOKED_CALL", body: null, data: { via: "tel", to: "+35797754374", templateId: null } }),
      ]),
    );
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id }, select: { stage: { select: { name: true } } } })).stage.name).toBe("Replied");
  });

  it("logs on a contact's timeline", async () => {
    const admin = await createTestUser();
    const company = await createCompany(admin, { name: `Polis Bakery ${uniqueTag()}`, country: "Cyprus" });
    const contact = await createContact(admin, { firstName: "Andreas", companyId: company.id, mobile: "99 010321" });
    await logChannelTouch(admin, { channel: "WHATSAPP", contactId: contact.id, body: "Hello" }, NOW);
    const [entry] = await db().activity.findMany({ where: { contactId: contact.id } });
    expect(entry).toMatchObject({ type: "WHATSAPP", direction: "OUTBOUND", companyId: null, leadId: null });
  });

  it("logs nothing for a number that cannot be normalised, or an SMS to someone who unsubscribed", async () => {
    const admin = await createTestUser();
    const lead = await createLead(admin, { name: "No country", phone: "97 754374" });
    await expect(logChannelTouch(admin, { channel: "WHATSAPP", leadId: lead.id, body: "x" }, NOW)).rejects.toMatchObject({ fieldErrors: { to: [expect.stringMatching(/no country/)] } });
    const company = await createCompany(admin, { name: `Unsub ${uniqueTag()}`, country: "Cyprus" });
    const contact = await createContact(admin, { firstName: "Eleni", companyId: company.id, mobile: "99 010321", smsStatus: "UNSUBSCRIBED" });
    await expect(logChannelTouch(admin, { channel: "SMS", contactId: contact.id, body: "x" }, NOW)).rejects.toThrow(/unsubscribed from SMS/);
    expect((await prepareChannelMessage(admin, { channel: "SMS", contactId: contact.id, templateId: "" })).refusal).toMatch(/unsubscribed from SMS/);
    // WhatsApp and calls are not SMS: the unsubscribe does not stop them.
    await logChannelTouch(admin, { channel: "CALL", contactId: contact.id }, NOW);
    expect(await db().activity.count({ where: { OR: [{ leadId: lead.id }, { contactId: contact.id, type: "SMS" }] } })).toBe(0);
    await expect(sendSmsMessage(admin, { contactId: contact.id, body: "x" }, NOW, twilioEnv)).rejects.toThrow(ValidationError);
    expect(twilio.requests).toHaveLength(0);
  });

  it("refuses a SALES user's click that would move a colleague's lead, logging nothing", async () => {
    const owner = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const lead = await cyprusLead(owner);
    await expect(logChannelTouch(other, { channel: "WHATSAPP", leadId: lead.id, body: "x" }, NOW)).rejects.toThrow(ForbiddenError);
    await expect(sendSmsMessage(other, { leadId: lead.id, body: "x" }, NOW, twilioEnv)).rejects.toThrow(ForbiddenError);
    expect(twilio.requests).toHaveLength(0);
    expect(await activitiesOf({ leadId: lead.id })).toEqual([]);
  });
});

describe("SMS through Twilio (fake Twilio on 127.0.0.1)", () => {
  it("sends with basic auth and form fields, and logs the activity with the message sid", async () => {
    const admin = await createTestUser();
    const stages = await leadStages();
    const lead = await cyprusLead(admin);
    const sent = await sendSmsMessage(admin, { leadId: lead.id, body: "Hi Maria & co — free draft? 👋" }, NOW, twilioEnv);
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(twilio.sent).toEqual([{ sid: sent.sid, accountSid: twilio.accountSid, to: "+35797754374", from: "+35799000001", messagingServiceSid: null, body: "Hi Maria & co — free draft? 👋" }]);
    expect(twilio.requests[0]).toMatchObject({ method: "POST", path: `/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`, contentType: "application/x-www-form-urlencoded", status: 201 });
    expect(await activitiesOf({ leadId: lead.id })).toEqual([
      {
        type: "SMS",
        direction: "OUTBOUND",
        outcome: "CONTACTED",
        body: "Hi Maria & co — free draft? 👋",
        data: { via: "twilio", to: "+35797754374", twilioSid: sent.sid, twilioStatus: "queued", templateId: null },
        authorId: admin.id,
      },
    ]);
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).stageId).toBe(stages.Contacted);
  });

  it("sends from a Messaging Service when TWILIO_FROM holds its MG sid", async () => {
    const admin = await createTestUser();
    const lead = await cyprusLead(admin);
    const service = `MG${"a".repeat(32)}`;
    await sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, { ...twilioEnv, TWILIO_FROM: service });
    expect(twilio.sent[0]).toMatchObject({ from: null, messagingServiceSid: service });
  });

  it.each([
    [{ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" }, /Twilio refused the SMS: Attempt to send to unsubscribed recipient \(error 21610\)/],
    [{ status: 400, code: 21211, message: "The 'To' number +35797754374 is not a valid phone number." }, /not a valid phone number\. \(error 21211\)/],
    [{ status: 429, code: 20429, message: "Too Many Requests" }, /Too Many Requests \(error 20429\)/],
    [{ status: 500, code: 20500, message: "Internal Server Error" }, /Internal Server Error/],
  ])("turns a Twilio error (%j) into a clear error and logs nothing as sent", async (fault, message) => {
    const admin = await createTestUser();
    const stages = await leadStages();
    const lead = await cyprusLead(admin);
    twilio.failNext(1, fault);
    const error = await sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, twilioEnv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(502);
    expect((error as Error).message).toMatch(message);
    expect(twilio.sent).toEqual([]);
    expect(await activitiesOf({ leadId: lead.id })).toEqual([]);
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).stageId).toBe(stages.New);
  });

  it("reports bad credentials and an unreachable Twilio, logging nothing", async () => {
    const admin = await createTestUser();
    const lead = await cyprusLead(admin);
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, { ...twilioEnv, TWILIO_AUTH_TOKEN: "wrong" })).rejects.toThrow("Twilio refused the SMS: Authenticate (error 20003)");
    expect(twilio.requests.at(-1)?.status).toBe(401);
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, { ...twilioEnv, TWILIO_BASE_URL: "http://127.0.0.1:9" })).rejects.toThrow(/could not be reached/);
    expect(await activitiesOf({ leadId: lead.id })).toEqual([]);
  });

  it("says SMS sending is not set up without TWILIO_*, and refuses a bad TWILIO_BASE_URL", async () => {
    const admin = await createTestUser();
    const lead = await cyprusLead(admin);
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, {})).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/not set up/) });
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "Hi" }, NOW, { ...twilioEnv, TWILIO_BASE_URL: "file:///etc/passwd" })).rejects.toThrow(/http\(s\) URL/);
    expect(twilio.requests).toHaveLength(0);
  });
});

describe("hostile input", () => {
  it("refuses malformed requests with field errors or not-found, never a driver error", async () => {
    const admin = await createTestUser();
    const lead = await cyprusLead(admin);
    const bad: Array<[unknown, typeof ValidationError | typeof NotFoundError]> = [
      [{ channel: "FAX", leadId: lead.id }, ValidationError],
      [{ channel: "EMAIL", leadId: lead.id }, ValidationError],
      [{ channel: "WHATSAPP" }, ValidationError],
      [{ channel: "WHATSAPP", leadId: lead.id, contactId: lead.id }, ValidationError],
      [{ channel: "WHATSAPP", leadId: "x'; DROP TABLE \"Lead\"; --" }, ValidationError],
      [{ channel: "WHATSAPP", leadId: "c".repeat(65) }, ValidationError],
      [{ channel: "WHATSAPP", leadId: "doesnotexist" }, NotFoundError],
      [{ channel: "WHATSAPP", contactId: "doesnotexist" }, NotFoundError],
      [{ channel: "WHATSAPP", leadId: lead.id, body: "a\u0000b" }, ValidationError],
      [{ channel: "WHATSAPP", leadId: lead.id, body: "x".repeat(4_001) }, ValidationError],
      [{ channel: "WHATSAPP", leadId: lead.id, outcome: "WON_THE_LOTTERY" }, ValidationError],
      [{ channel: "WHATSAPP", leadId: lead.id, templateId: { $ne: null } }, ValidationError],
      [null, ValidationError],
      ["WHATSAPP", ValidationError],
    ];
    for (const [input, error] of bad) {
      await expect(logChannelTouch(admin, input as never, NOW), JSON.stringify(input)).rejects.toThrow(error);
    }
    await expect(prepareChannelMessage(admin, { channel: "WHATSAPP", leadId: lead.id, templateId: "doesnotexist" })).rejects.toThrow(NotFoundError);
    await expect(prepareChannelMessage(admin, { channel: "WHATSAPP", leadId: lead.id, templateId: "bad id!" })).rejects.toThrow(ValidationError);
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "   " }, NOW, twilioEnv)).rejects.toThrow(ValidationError);
    await expect(sendSmsMessage(admin, { leadId: lead.id, body: "x".repeat(1_601) }, NOW, twilioEnv)).rejects.toThrow(ValidationError);
    expect(twilio.requests).toHaveLength(0);
    expect(await activitiesOf({ leadId: lead.id })).toEqual([]);
  });

  it("stores or refuses each hostile value in each field of a one-click log and a Twilio send; a refusal changes nothing", async () => {
    const admin = await createTestUser();
    const lead = await cyprusLead(admin);
    const template = await dmTemplate(admin);
    const readActivity = readColumn((r) => db().activity.findUnique({ where: { id: idOf(r) } }), {
      channel: "type",
      templateId: (row: { data: unknown }) => (row.data as { templateId: unknown }).templateId,
    } as never);
    const calls: CorruptibleCall[] = [
      { name: "logChannelTouch", valid: { channel: "WHATSAPP", leadId: lead.id, body: "Hi", templateId: template.id, outcome: "CONTACTED" }, call: (i: never) => logChannelTouch(admin, i, NOW), readBack: readActivity, normalised: { outcome: (v) => v ?? "CONTACTED" }, notStored: ["leadId"] },
      { name: "sendSmsMessage", valid: { leadId: lead.id, body: "Hi", templateId: template.id, outcome: "CONTACTED" }, call: (i: never) => sendSmsMessage(admin, i, NOW, twilioEnv), readBack: readActivity, normalised: { outcome: (v) => v ?? "CONTACTED" }, notStored: ["leadId"] },
    ];
    const snapshot = async () => ({ activities: await db().activity.count({ where: { leadId: lead.id } }), sms: twilio.sent.length });
    const { refused, accepted } = await corruptEachField(calls, snapshot);
    expect(refused).toBeGreaterThan(40);
    expect(accepted).toBeGreaterThan(4);
    // What Twilio got is what was logged, byte for byte.
    const logged = await db().activity.findMany({ where: { leadId: lead.id, type: "SMS" }, select: { body: true, data: true } });
    expect(logged.map((a) => [(a.data as { twilioSid: string }).twilioSid, a.body])).toEqual(twilio.sent.map((m) => [m.sid, m.body]));
  });

  it("renders hostile record values into the message as text", async () => {
    const admin = await createTestUser();
    const template = await dmTemplate(admin);
    const lead = await createLead(admin, { name: "<script>alert(1)</script> {{ senderEmail }}", contactName: "**Bold** [x](javascript:alert(1))", phone: "+357 97 754374", city: "{% raw %}" });
    const message = await prepareChannelMessage(admin, { channel: "WHATSAPP", leadId: lead.id, templateId: template.id });
    expect(message.text).toContain("<script>alert(1)</script> {{ senderEmail }}");
    expect(message.text).toContain("**Bold**");
    expect(message.text).not.toContain(admin.email);
  });
});

describe("lead board cards", () => {
  it("show the stored score, temperature and source, and count open (not done) tasks in grouped queries", async () => {
    const admin = await createTestUser();
    const tag = uniqueTag();
    const hot = await createLead(admin, { name: `Hot ${tag}`, score: 85, temperature: "HOT", source: "Google Maps", tags: [tag] });
    const cold = await createLead(admin, { name: `Cold ${tag}`, score: 10, temperature: "COLD", tags: [tag] });
    for (const status of ["OPEN", "IN_PROGRESS", "DONE", "OPEN"] as const) await createTask(admin, { title: `Task ${status}`, status, leadId: hot.id }, NOW);
    const board = await getBoard(admin, "leads", parseBoardQuery({ tag }), NOW);
    const cards = board.columns.flatMap((c) => c.cards);
    const stored = await db().lead.findMany({ where: { id: { in: [hot.id, cold.id] } }, select: { id: true, score: true, temperature: true } });
    const byId = new Map(stored.map((l) => [l.id, l]));
    expect(cards.find((c) => c.id === hot.id)?.lead).toEqual({ score: byId.get(hot.id)!.score, temperature: byId.get(hot.id)!.temperature, source: "Google Maps", openTasks: 3 });
    expect(cards.find((c) => c.id === cold.id)?.lead).toEqual({ score: byId.get(cold.id)!.score, temperature: byId.get(cold.id)!.temperature, source: null, openTasks: 0 });
  });
});
