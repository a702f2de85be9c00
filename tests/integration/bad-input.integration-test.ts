import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { addLeadNote } from "@/server/services/activities/add-lead-note";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { createLead } from "@/server/services/leads/create-lead";
import { updateLead } from "@/server/services/leads/update-lead";
import { inviteUser } from "@/server/services/users/invites";
import { updateProfile, updateUserRole } from "@/server/services/users/manage-users";
import { sendOneEmail } from "@/server/services/email/send-one-email";
import { updateEmailSettings } from "@/server/services/email-settings/update-email-settings";
import { updateUserSender } from "@/server/services/email-settings/update-user-sender";
import { updateDailySummarySettings } from "@/server/services/users/update-daily-summary-settings";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { sendCampaign } from "@/server/services/campaigns/send-campaign";
import { testSendCampaign } from "@/server/services/campaigns/test-send-campaign";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";
import { createSegment } from "@/server/services/segments/create-segment";
import { createTemplate } from "@/server/services/templates/create-template";
import { createTestUser, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn, tagNames, type CorruptibleCall } from "../support/hostile-values";

/** What the campaign form actions work on: an email template, a segment that matches the target lead, a draft campaign. */
type CampaignFixture = { templateId: string; segmentId: string; campaignId: string };

/** Every service behind a form action, with a valid input to corrupt one field at a time. */
function formActions(actor: TestActor, leadId: string, { templateId, segmentId, campaignId }: CampaignFixture): CorruptibleCall[] {
  const db = getDb();
  const lead = (id: string) => db.lead.findUnique({ where: { id }, include: { tags: true, websiteIssues: true } });
  const leadColumns = { nextActionDay: "nextActionAt", tags: tagNames, websiteIssues: (row: { websiteIssues: { issue: string }[] }) => row.websiteIssues.map((w) => w.issue) };
  const readLead = readColumn((r) => lead(idOf(r)), leadColumns as never);
  const readTarget = readColumn(() => lead(leadId), leadColumns as never);
  return [
    { name: "createLead", valid: { name: "Valid lead", email: "a@b.co", rating: 4, temperature: "HOT", websiteIssues: ["OUTDATED"], nextActionDay: "2026-03-10", estimatedValue: 10, tags: ["t"] }, call: (i: never) => createLead(actor, i), readBack: readLead, normalised: { estimatedValue: (v) => (v === null ? null : Number(v) * 100) }, notStored: ["temperature"] },
    { name: "updateLead", valid: { name: "Valid lead", score: 50, currency: "EUR", mapsUrl: "https://maps.example/x" }, call: (i: never) => updateLead(actor, leadId, i), readBack: readTarget, notStored: ["score"] }, // score and temperature: computed by lead scoring
    { name: "bulkUpdateLeads", valid: { action: "tag", leadIds: [leadId], tag: "ok" }, call: (i: never) => bulkUpdateLeads(actor, i),
      // The tag is found on the lead by its exact name, or the read gives null.
      readBack: async (_r, _f, value) => ((await db.lead.count({ where: { id: leadId, tags: { some: { name: String(value) } } } })) === 1 ? value : null),
    },
    { name: "addLeadNote", valid: { body: "A note" }, call: (i: never) => addLeadNote(actor, leadId, i), readBack: readColumn((r) => db.activity.findUnique({ where: { id: idOf(r) } })) },
    { name: "inviteUser", valid: { email: "new@example.test", role: "SALES" }, call: (i: never) => inviteUser(actor, i), readBack: readColumn((r) => db.invite.findUnique({ where: { id: idOf(r) } })) },
    { name: "updateUserRole", valid: { userId: actor.id, role: "ADMIN" }, call: (i: never) => updateUserRole(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } }), { userId: "id" }) },
    { name: "updateProfile", valid: { name: "Me", timeZone: "Europe/Nicosia" }, call: (i: never) => updateProfile(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } })) },
    // Without RESEND_API_KEY (see the test): an accepted send lands in the outbox. The body is
    // rendered to HTML and text, not stored as written.
    { name: "sendOneEmail", valid: { leadId, subject: "Hello", body: "Hi there", variant: "A" }, call: (i: never) => sendOneEmail(actor, i), readBack: readColumn((r) => db.emailMessage.findUnique({ where: { id: (r as { messageId: string }).messageId } })), notStored: ["leadId", "body", "variant"] },
    { name: "updateEmailSettings", valid: { fromName: "Acme", fromAddress: "sales@acme.example", replyTo: "reply@acme.example" }, call: (i: never) => updateEmailSettings(actor, i),
      readBack: async (_r, field) => ((await db.setting.findUnique({ where: { key: "email" } }))?.value as Record<string, unknown> | undefined)?.[field] },
    { name: "updateUserSender", valid: { emailFromName: "Ada at Acme", emailReplyTo: "ada@acme.example" }, call: (i: never) => updateUserSender(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } })) },
    { name: "updateDailySummarySettings", valid: { dailySummaryEnabled: true, dailySummaryHour: 17 }, call: (i: never) => updateDailySummarySettings(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } })) },
    // Campaigns (app/(app)/campaigns/actions.ts). A segment stores its filters as the list reads
    // them (unknown keys dropped), not as given; a send or a test send stores no input field.
    { name: "createSegment", valid: { name: "Valid segment", kind: "LEADS", filters: { q: "target" } }, call: (i: never) => createSegment(actor, i), readBack: readColumn((r) => db.segment.findUnique({ where: { id: idOf(r) } })), notStored: ["filters"] },
    { name: "createCampaign", valid: { name: "Valid campaign", templateId, segmentId, split: [{ label: "A", percent: 100 }] }, call: (i: never) => createCampaign(actor, i), readBack: readColumn((r) => db.campaign.findUnique({ where: { id: idOf(r) } })) },
    { name: "updateCampaign", valid: { name: "Valid campaign", templateId, segmentId, split: [{ label: "A", percent: 100 }] }, call: (i: never) => updateCampaign(actor, campaignId, i), readBack: readColumn(() => db.campaign.findUnique({ where: { id: campaignId } })) },
    { name: "testSendCampaign", valid: { variant: "A" }, call: (i: never) => testSendCampaign(actor, campaignId, i), readBack: async () => undefined, notStored: ["variant"] },
    // Last: an accepted value (null: send now) starts the send; later calls are refused anyway.
    { name: "sendCampaign", valid: { sendAt: "2099-03-10T09:30" }, call: (i: never) => sendCampaign(actor, campaignId, i), readBack: async () => undefined, notStored: ["sendAt"] },
  ];
}

/** Row counts, the target lead's last update and the draft campaign: a rejected call must change none of them. */
async function snapshot(leadId: string, campaignId: string) {
  const db = getDb();
  return Promise.all([
    db.lead.count(),
    db.tag.count(),
    db.activity.count(),
    db.invite.count(),
    db.leadWebsiteIssue.count(),
    db.auditLog.count(),
    db.lead.findUnique({ where: { id: leadId }, select: { updatedAt: true } }),
    db.user.findMany({ select: { role: true, name: true, timeZone: true }, orderBy: { id: "asc" } }),
    db.emailMessage.count(),
    db.setting.findMany({ select: { key: true, value: true }, orderBy: { key: "asc" } }),
    db.user.findMany({ select: { emailFromName: true, emailReplyTo: true, dailySummaryEnabled: true, dailySummaryHour: true }, orderBy: { id: "asc" } }),
    db.segment.count(),
    db.campaign.count(),
    db.job.count(),
    db.campaign.findUnique({ where: { id: campaignId }, select: { name: true, templateId: true, segmentId: true, split: true, status: true, scheduledAt: true, updatedAt: true } }),
  ]);
}

describe("hostile input to every form action", () => {
  it("is refused with field errors (never a crash) and a refused call stores nothing", async () => {
    delete process.env.RESEND_API_KEY;
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Target", email: "target@example.com" });
    const { id: templateId } = await createTemplate(admin, { name: "Campaign template", category: "EMAIL", subcategory: "COLD_OUTREACH", subject: "Hi {{ businessName }}", body: "Hello" });
    const { id: segmentId } = await createSegment(admin, { name: "Target segment", kind: "LEADS", filters: { q: "target" } });
    const { id: campaignId } = await createCampaign(admin, { name: "Target campaign", templateId, segmentId });
    const { fieldErrors } = await corruptEachField(formActions(admin, leadId, { templateId, segmentId, campaignId }), () => snapshot(leadId, campaignId));
    expect(fieldErrors).toBeGreaterThan(150);
  }, 120_000); // every form's every field × every hostile value: over 30 s on a busy 2-core machine
});
