import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitError, ValidationError } from "@/server/errors";
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MS, signIn } from "@/server/services/auth/sign-in";
import { createFirstAdmin } from "@/server/services/users/create-first-admin";
import { ensureAdminFromEnv } from "@/server/services/users/ensure-admin-from-env";
import { INVITE_TTL_MS, acceptInvite, findInvite, inviteUser } from "@/server/services/users/invites";
import { updateProfile, updateUserRole } from "@/server/services/users/manage-users";
import { createTestUser } from "../support/factories";

const PASSWORD = "a long enough password";

// One database for the whole file: the first-admin rules depend on there being no user yet.
describe("users, sign-in and invites", () => {
  it("creates the first admin only while no user exists, with the lead pipeline", async () => {
    await expect(createFirstAdmin({ name: "", email: "bad", password: "short" })).rejects.toBeInstanceOf(ValidationError);
    expect(await getDb().user.count()).toBe(0);
    expect(await ensureAdminFromEnv({})).toBeNull();

    const admin = await createFirstAdmin({ name: "Ada", email: "Ada@Example.TEST", password: PASSWORD });
    expect(admin.email).toBe("ada@example.test");
    expect(await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN" });
    expect(await getDb().stage.count({ where: { pipeline: { kind: "LEAD" } } })).toBe(7);

    await expect(createFirstAdmin({ name: "Eve", email: "eve@example.test", password: PASSWORD })).rejects.toBeInstanceOf(ConflictError);
    expect(await ensureAdminFromEnv({ ADMIN_EMAIL: "eve@example.test", ADMIN_PASSWORD: PASSWORD })).toBeNull();
  });

  it("signs in with the right password and rate-limits failures per email and per IP", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(await signIn({ email: "ada@example.test", password: PASSWORD }, "10.0.0.1", now)).toMatchObject({ role: "ADMIN" });
    expect(await signIn({ email: "ADA@example.test", password: "wrong" }, "10.0.0.1", now)).toBeNull();
    expect(await signIn({ email: "nobody@example.test", password: PASSWORD }, "10.0.0.1", now)).toBeNull();
    expect(await signIn({ email: 42, password: null }, "10.0.0.1", now)).toBeNull();

    for (let i = 1; i < MAX_FAILURES_PER_EMAIL; i++) await signIn({ email: "ada@example.test", password: "wrong" }, `10.0.1.${i}`, now);
    // Locked: even the right password is refused until the window passes.
    await expect(signIn({ email: "ada@example.test", password: PASSWORD }, "10.0.2.1", now)).rejects.toBeInstanceOf(RateLimitError);
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect(await signIn({ email: "ada@example.test", password: PASSWORD }, "10.0.2.1", later)).not.toBeNull();

    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await signIn({ email: `guess${i}@example.test`, password: "x" }, "10.9.9.9", later);
    await expect(signIn({ email: "ada@example.test", password: PASSWORD }, "10.9.9.9", later)).rejects.toBeInstanceOf(RateLimitError);
    expect(await signIn({ email: "ada@example.test", password: PASSWORD }, "10.9.9.10", later)).not.toBeNull();
  });

  it("invites users with a one-time link that only an admin can create", async () => {
    const admin = await getDb().user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const manager = await createTestUser("MANAGER");
    await expect(inviteUser(manager, { email: "sam@example.test", role: "SALES" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteUser(admin, { email: "ada@example.test", role: "SALES" })).rejects.toBeInstanceOf(ConflictError);
    await expect(inviteUser(admin, { email: "sam@example.test", role: "OWNER" as never })).rejects.toBeInstanceOf(ValidationError);

    const now = new Date();
    const { token } = await inviteUser(admin, { email: "Sam@Example.test", role: "SALES" }, now);
    expect(await getDb().invite.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect(await findInvite(token, now)).toEqual({ email: "sam@example.test", role: "SALES" });
    expect(await findInvite(token, new Date(now.getTime() + INVITE_TTL_MS + 1))).toBeNull();

    await expect(acceptInvite({ token, name: "Sam", password: "short" }, now)).rejects.toBeInstanceOf(ValidationError);
    const sam = await acceptInvite({ token, name: "Sam", password: PASSWORD }, now);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({ email: "sam@example.test", role: "SALES" });
    await expect(acceptInvite({ token, name: "Sam again", password: PASSWORD }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await signIn({ email: "sam@example.test", password: PASSWORD }, "10.1.1.1")).toMatchObject({ role: "SALES" });
  });

  it("lets only admins change roles and never demotes the last admin", async () => {
    const admin = await getDb().user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const sales = await createTestUser("SALES");
    await expect(updateUserRole(sales, { userId: sales.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUserRole(admin, { userId: admin.id, role: "SALES" })).rejects.toBeInstanceOf(ConflictError);
    await updateUserRole(admin, { userId: sales.id, role: "MANAGER" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: sales.id } })).role).toBe("MANAGER");
    expect(await getDb().auditLog.count({ where: { entityType: "User", entityId: sales.id } })).toBe(1);
  });

  it("updates the profile time zone and refuses unknown zones", async () => {
    const user = await createTestUser("SALES");
    await expect(updateProfile(user, { name: "S", timeZone: "Mars/Olympus" })).rejects.toBeInstanceOf(ValidationError);
    await updateProfile(user, { name: "Sydney Sales", timeZone: "Australia/Sydney" });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Sydney Sales", timeZone: "Australia/Sydney" });
  });
});
