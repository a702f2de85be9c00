import ipaddr from "ipaddr.js";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether a test-only setting (an environment variable set to "1") is honoured: only in a
 * configuration that is not a production one. Production is NODE_ENV=production with an app URL
 * (NEXTAUTH_URL) that is not itself on loopback, or with no app URL at all — so a deployment others
 * can reach refuses every test-only setting, while the e2e server (`next start` on 127.0.0.1) and
 * the test suites may use them.
 * @param name - the variable, e.g. LEADWELL_ALLOW_LOOPBACK_FETCH or LEADWELL_TEST_CLOCK.
 * @param env - where the settings are read (process.env by default; tests pass their own).
 */
export function testOnlySettingEnabled(name: string, env: Env = process.env): boolean {
  if (env[name] !== "1") return false;
  if (env.NODE_ENV !== "production") return true;
  const appUrl = env.NEXTAUTH_URL?.trim();
  if (!appUrl || !URL.canParse(appUrl)) return false;
  const host = new URL(appUrl).hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(host) && ipaddr.process(host).range() === "loopback";
}
