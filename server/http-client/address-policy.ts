import ipaddr from "ipaddr.js";
import { testOnlySettingEnabled } from "@/server/test-only-setting";

type Env = Readonly<Record<string, string | undefined>>;

/** The test-only setting that lets guardedFetch reach loopback addresses (fixture sites on 127.0.0.1). */
export const ALLOW_LOOPBACK_FETCH_ENV = "LEADWELL_ALLOW_LOOPBACK_FETCH";

/**
 * Whether loopback addresses (127.0.0.0/8, ::1) may be fetched: only with the test-only setting
 * LEADWELL_ALLOW_LOOPBACK_FETCH=1, which a production configuration refuses (testOnlySettingEnabled),
 * so the e2e server and the tests may reach fixture sites on 127.0.0.1 and a deployment never does.
 * Private, link-local and metadata addresses are never allowed.
 * @param env - where the settings are read (process.env by default; tests pass their own).
 */
export function loopbackFetchAllowed(env: Env = process.env): boolean {
  return testOnlySettingEnabled(ALLOW_LOOPBACK_FETCH_ENV, env);
}

/** ipaddr.js's range name of an address, with IPv4-mapped IPv6 (::ffff:10.0.0.1) judged as IPv4. */
function rangeOf(address: string): string {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().range();
  }
  return parsed.range();
}

/**
 * Whether an IP address may be connected to: only public unicast addresses ("unicast" in ipaddr.js's
 * range table, which follows the IANA special-purpose registries). Refused: private (RFC 1918),
 * loopback, link-local (incl. the cloud metadata address 169.254.169.254), unique-local (incl.
 * fd00:ec2::254), carrier-grade NAT (100.64.0.0/10), multicast, broadcast, unspecified, reserved,
 * and the IPv6 forms that embed another IPv4 address (6to4, Teredo, NAT64). Loopback is allowed
 * only when `allowLoopback` is true (see loopbackFetchAllowed).
 * @param address - a literal IPv4 or IPv6 address (no brackets); anything else is refused.
 */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = rangeOf(address);
  return range === "unicast" || (allowLoopback && range === "loopback");
}
