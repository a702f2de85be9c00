import { describe, expect, it } from "vitest";
import { listUnsubscribeHeaders, oneClickUnsubscribeUrl, unsubscribeUrl } from "@/server/email/unsubscribe-links";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/server/email/unsubscribe-token";

const env = { UNSUBSCRIBE_SECRET: "unit-test-secret", NEXTAUTH_URL: "https://crm.example.com/" };
const id = "cmabc123def456ghi789jkl0";

describe("unsubscribe tokens", () => {
  it("verify to the message id they were signed for", () => {
    const token = signUnsubscribeToken(id, env);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(verifyUnsubscribeToken(token, env)).toBe(id);
  });

  it("are refused when the id, the signature or the secret differs", () => {
    const token = signUnsubscribeToken(id, env);
    const [, signature] = token.split(".");
    expect(verifyUnsubscribeToken(`cmother000000000000000000.${signature}`, env)).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyUnsubscribeToken(`${id}.${flipped}`, env)).toBeNull();
    expect(verifyUnsubscribeToken(token, { UNSUBSCRIBE_SECRET: "another-secret" })).toBeNull();
  });

  it("refuse malformed input without throwing", () => {
    for (const bad of ["", ".", id, `${id}.`, `.${id}`, `${id}.short`, "a".repeat(500), "../../etc/passwd.x", `${id}.${"=".repeat(43)}`, null, 42, {}]) {
      expect(verifyUnsubscribeToken(bad, env), String(bad)).toBeNull();
    }
  });

  it("fall back to NEXTAUTH_SECRET, then AUTH_SECRET, and need one of them", () => {
    const withSession = signUnsubscribeToken(id, { NEXTAUTH_SECRET: "s1" });
    expect(verifyUnsubscribeToken(withSession, { AUTH_SECRET: "s1" })).toBe(id);
    expect(verifyUnsubscribeToken(withSession, { UNSUBSCRIBE_SECRET: "s2", NEXTAUTH_SECRET: "s1" })).toBeNull();
    expect(() => signUnsubscribeToken(id, {})).toThrow(/UNSUBSCRIBE_SECRET/);
  });
});

describe("unsubscribe links", () => {
  it("point at the page and at the one-click endpoint of the app URL", () => {
    const token = signUnsubscribeToken(id, env);
    expect(unsubscribeUrl(id, env)).toBe(`https://crm.example.com/unsubscribe/${token}`);
    expect(oneClickUnsubscribeUrl(id, env)).toBe(`https://crm.example.com/api/unsubscribe/${token}`);
  });

  it("make the RFC 8058 header pair", () => {
    expect(listUnsubscribeHeaders(id, env)).toEqual({
      "List-Unsubscribe": `<https://crm.example.com/api/unsubscribe/${signUnsubscribeToken(id, env)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
