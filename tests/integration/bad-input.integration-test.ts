import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { addLeadNote } from "@/server/services/activities/add-lead-note";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { createLead } from "@/server/services/leads/create-lead";
import { updateLead } from "@/server/services/leads/update-lead";
import { inviteUser } from "@/server/services/users/invites";
import { updateProfile, updateUserRole } from "@/server/services/users/manage-users";
import { createTestUser, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn, tagNames, type CorruptibleCall } from "../support/hostile-values";

/** Every service behind a form action, with a valid input to corrupt one field at a time. */
function formActions(actor: TestActor, leadId: string): CorruptibleCall[] {
  const db = getDb();
  const lead = (id: string) => db.lead.findUnique({ where: { id }, include: { tags: true, websiteIssues: true } });
  const leadColumns = { nextActionDay: "nextActionAt", tags: tagNames, websiteIssues: (row: { websiteIssues: { issue: string }[] }) => row.websiteIssues.map((w) => w.issue) };
  const readLead = readColumn((r) => lead(idOf(r)), leadColumns as never);
  const readTarget = readColumn(() => lead(leadId), leadColumns as never);
  return [
    { name: "createLead", valid: { name: "Valid lead", email: "a@b.co", rating: 4, temperature: "HOT", websiteIssues: ["OUTDATED"], nextActionDay: "2026-03-10", estimatedValue: 10, tags: ["t"] }, call: (i: never) => createLead(actor, i), readBack: readLead, normalised: { estimatedValue: (v) => (v === null ? null : Number(v) * 100) } },
    { name: "updateLead", valid: { name: "Valid lead", score: 50, currency: "EUR", mapsUrl: "https://maps.example/x" }, call: (i: never) => updateLead(actor, leadId, i), readBack: readTarget },
    { name: "bulkUpdateLeads", valid: { action: "tag", leadIds: [leadId], tag: "ok" }, call: (i: never) => bulkUpdateLeads(actor, i),
      // The tag is found on the lead by its exact name, or the read gives null.
      readBack: async (_r, _f, value) => ((await db.lead.count({ where: { id: leadId, tags: { some: { name: String(value) } } } })) === 1 ? value : null),
    },
    { name: "addLeadNote", valid: { body: "A note" }, call: (i: never) => addLeadNote(actor, leadId, i), readBack: readColumn((r) => db.activity.findUnique({ where: { id: idOf(r) } })) },
    { name: "inviteUser", valid: { email: "new@example.test", role: "SALES" }, call: (i: never) => inviteUser(actor, i), readBack: readColumn((r) => db.invite.findUnique({ where: { id: idOf(r) } })) },
    { name: "updateUserRole", valid: { userId: actor.id, role: "ADMIN" }, call: (i: never) => updateUserRole(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } }), { userId: "id" }) },
    { name: "updateProfile", valid: { name: "Me", timeZone: "Europe/Nicosia" }, call: (i: never) => updateProfile(actor, i), readBack: readColumn(() => db.user.findUnique({ where: { id: actor.id } })) },
  ];
}

/** Row counts and the target lead's last update: a rejected call must change none of them. */
async function snapshot(leadId: string) {
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
  ]);
}

describe("hostile input to every form action", () => {
  it("is refused with field errors (never a crash) and a refused call stores nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Target" });
    const { fieldErrors } = await corruptEachField(formActions(admin, leadId), () => snapshot(leadId));
    expect(fieldErrors).toBeGreaterThan(150);
  });
});
