import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ServiceError, ValidationError } from "@/server/errors";
import { addLeadNote } from "@/server/services/activities/add-lead-note";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { createLead } from "@/server/services/leads/create-lead";
import { updateLead } from "@/server/services/leads/update-lead";
import { inviteUser } from "@/server/services/users/invites";
import { updateProfile, updateUserRole } from "@/server/services/users/manage-users";
import { createTestUser, type TestActor } from "../support/factories";

/** Values a hostile or broken client might post in place of any field. */
const HOSTILE: unknown[] = [
  null,
  42,
  -1e308,
  true,
  [],
  { $gt: "" },
  "x".repeat(300_000),
  "<script>alert(1)</script>".repeat(1000),
  "javascript://alert(1)",
  "BOGUS_ENUM_VALUE",
  "2026-13-45",
  "\u0000\uFFFF",
];

/** Every service behind a form action, with a valid input to corrupt one field at a time. */
function formActions(actor: TestActor, leadId: string) {
  return [
    { name: "createLead", valid: { name: "Valid lead", email: "a@b.co", rating: 4, temperature: "HOT", websiteIssues: ["OUTDATED"], nextActionDay: "2026-03-10", estimatedValue: 10, tags: ["t"] }, call: (i: never) => createLead(actor, i) },
    { name: "updateLead", valid: { name: "Valid lead", score: 50, currency: "EUR", mapsUrl: "https://maps.example/x" }, call: (i: never) => updateLead(actor, leadId, i) },
    { name: "bulkUpdateLeads", valid: { action: "tag", leadIds: [leadId], tag: "ok" }, call: (i: never) => bulkUpdateLeads(actor, i) },
    { name: "addLeadNote", valid: { body: "A note" }, call: (i: never) => addLeadNote(actor, leadId, i) },
    { name: "inviteUser", valid: { email: "new@example.test", role: "SALES" }, call: (i: never) => inviteUser(actor, i) },
    { name: "updateUserRole", valid: { userId: actor.id, role: "ADMIN" }, call: (i: never) => updateUserRole(actor, i) },
    { name: "updateProfile", valid: { name: "Me", timeZone: "Europe/Nicosia" }, call: (i: never) => updateProfile(actor, i) },
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
    let fieldErrorCount = 0;

    for (const action of formActions(admin, leadId)) {
      for (const field of Object.keys(action.valid)) {
        for (const value of HOSTILE) {
          const label = `${action.name}.${field}=${JSON.stringify(value)?.slice(0, 40)}`;
          const before = await snapshot(leadId);
          const outcome = await action.call({ ...action.valid, [field]: value } as never).then(
            () => null,
            (error: unknown) => error,
          );
          if (outcome === null) continue; // a value that is valid for this field (e.g. null for an optional one)
          expect(outcome, label).toBeInstanceOf(ServiceError);
          if (outcome instanceof ValidationError) {
            fieldErrorCount++;
            expect(Object.keys(outcome.fieldErrors).length, label).toBeGreaterThan(0);
          }
          expect(await snapshot(leadId), label).toEqual(before);
        }
      }
    }
    expect(fieldErrorCount).toBeGreaterThan(150);
  });
});
