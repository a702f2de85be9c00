import { describe, expect, it } from "vitest";
import { emailSettingsSchema, userSenderSchema } from "@/lib/validation/email-settings";
import { sendEmailInputSchema } from "@/lib/validation/send-email";
import { defaultEmailSettings } from "@/server/services/email-settings/get-email-settings";
import { formatMailbox } from "@/server/services/email-settings/sender-for";

const leadId = "cmlead0000000000000000001";
const valid = { leadId, subject: "Hello {{ firstName }}", body: "Hi {{ firstName | default: \"there\" }}," };
const issues = (input: unknown) => {
  const result = sendEmailInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("sendEmailInputSchema", () => {
  it("accepts one record with a subject and a body that use known variables", () => {
    expect(sendEmailInputSchema.parse(valid)).toMatchObject({ leadId, contactId: null, dealId: null, templateId: null, variant: "A" });
  });

  it("needs exactly one record", () => {
    expect(issues({ ...valid, leadId: "" })).toContain("leadId: Send to one lead, contact or deal");
    expect(issues({ ...valid, contactId: "cmcontact00000000000000001" })).toContain("leadId: Send to one lead, contact or deal");
    expect(issues({ ...valid, leadId: "not an id!" })[0]).toMatch(/^leadId/);
  });

  it("refuses what a template would refuse", () => {
    expect(issues({ ...valid, subject: "" })).toContain("subject: An email needs a subject");
    expect(issues({ ...valid, subject: "Hi {{ password }}" })[0]).toMatch(/^subject: Unknown variable \{\{ password \}\}/);
    expect(issues({ ...valid, body: "Hi {{ firstName" })[0]).toMatch(/^body: Unbalanced braces/);
    expect(issues({ ...valid, body: "x".repeat(201 * 1024) })).toContain("body: At most 200 KB");
    expect(issues({ ...valid, subject: "two\nlines" })).toContain("subject: A subject is one line");
    expect(issues({ ...valid, variant: "E" })).toContain("variant: Choose A, B, C or D");
  });
});

describe("email settings", () => {
  it("normalise addresses and turn blanks into null", () => {
    expect(emailSettingsSchema.parse({ fromName: " ", fromAddress: " Sales@Example.COM ", replyTo: "" })).toEqual({ fromName: null, fromAddress: "sales@example.com", replyTo: null });
    expect(userSenderSchema.parse({ emailFromName: "Ada", emailReplyTo: "ADA@example.com" })).toEqual({ emailFromName: "Ada", emailReplyTo: "ada@example.com" });
  });

  it("refuse invalid addresses and names that would break a header", () => {
    expect(emailSettingsSchema.safeParse({ fromAddress: "not an address" }).success).toBe(false);
    expect(userSenderSchema.safeParse({ emailFromName: "Ada\r\nBcc: x@y.z" }).success).toBe(false);
    expect(userSenderSchema.safeParse({ emailReplyTo: "nope" }).success).toBe(false);
  });

  it("default to EMAIL_FROM, parsed, else Leadwell <leadwell@localhost>", () => {
    expect(defaultEmailSettings({ EMAIL_FROM: "Acme Sales <Sales@Acme.io>" })).toEqual({ fromName: "Acme Sales", fromAddress: "sales@acme.io", replyTo: null });
    expect(defaultEmailSettings({ EMAIL_FROM: "hello@acme.io" })).toEqual({ fromName: null, fromAddress: "hello@acme.io", replyTo: null });
    expect(defaultEmailSettings({})).toEqual({ fromName: "Leadwell", fromAddress: "leadwell@localhost", replyTo: null });
    expect(defaultEmailSettings({ EMAIL_FROM: "garbage <<" })).toEqual({ fromName: "Leadwell", fromAddress: "leadwell@localhost", replyTo: null });
  });

  it("format a From mailbox, quoting names with specials and dropping line breaks", () => {
    expect(formatMailbox("Ada Admin", "ada@example.com")).toBe("Ada Admin <ada@example.com>");
    expect(formatMailbox("Smith, Ada", "ada@example.com")).toBe('"Smith, Ada" <ada@example.com>');
    expect(formatMailbox('Ada "A" \\', "ada@example.com")).toBe('"Ada \\"A\\" \\\\" <ada@example.com>');
    expect(formatMailbox("Ada\r\nBcc: x@y.z", "ada@example.com")).toBe('"Ada Bcc: x@y.z" <ada@example.com>');
    expect(formatMailbox(null, "ada@example.com")).toBe("ada@example.com");
  });
});
