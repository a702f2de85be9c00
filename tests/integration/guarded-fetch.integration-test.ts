import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALLOW_LOOPBACK_FETCH_ENV, isAllowedAddress, loopbackFetchAllowed } from "@/server/http-client/address-policy";
import { FetchRefusedError, guardedFetch } from "@/server/http-client/guarded-fetch";
import type { HostResolver } from "@/server/http-client/guarded-lookup";
import { createRobotsCache, robotsAllows } from "@/server/http-client/robots";
import { LEADWELL_USER_AGENT } from "@/server/http-client/user-agent";
import { startFixtureSites, type FixtureSites } from "../support/fixture-sites";

// No database is used here; the suite sits with the integration tests because it runs real servers.
let sites: FixtureSites;
let probe: Server;
let probeOrigin: string;
let inFlight = 0;
let maxInFlight = 0;
let lastUserAgent = "";

/** Resolves every name to one address, as a hostile or rebinding DNS server would. */
const resolvesTo =
  (address: string): HostResolver =>
  async () => [{ address, family: address.includes(":") ? 6 : 4 }];

async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

beforeAll(async () => {
  sites = await startFixtureSites({ slowMs: 50 });
  // A probe server: counts requests in flight, records the User-Agent, redirects on demand, never answers /hang.
  probe = createServer((request, response) => {
    lastUserAgent = request.headers["user-agent"] ?? "";
    const url = new URL(request.url ?? "/", "http://probe");
    if (url.pathname === "/hang") return;
    if (url.pathname === "/redirect") return void response.writeHead(302, { location: url.searchParams.get("to") ?? "/" }).end();
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    }, 30);
  });
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  probeOrigin = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env[ALLOW_LOOPBACK_FETCH_ENV];
  probe.closeAllConnections();
  await new Promise((resolve) => probe.close(resolve));
  await sites.close();
});

beforeEach(() => {
  process.env[ALLOW_LOOPBACK_FETCH_ENV] = "1";
});

describe("guardedFetch against local fixture sites (loopback allowed by the test-only setting)", () => {
  it("fetches a page with Leadwell's User-Agent and reports status, body, time and no redirects", async () => {
    const response = await guardedFetch(sites.url("modern"));
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain("<h1>modern plumbing</h1>");
    expect(response.redirects).toEqual([]);
    expect(response.url).toBe(sites.url("modern"));
    expect(response.elapsedMs).toBeGreaterThanOrEqual(0);
    await guardedFetch(`${probeOrigin}/ua`);
    expect(lastUserAgent).toBe(LEADWELL_USER_AGENT);
    expect(lastUserAgent).toMatch(/^Leadwell\/0\.1 \(\+http/);
  });

  it("refuses a 50 MB body once it passes 2 MB, without holding the body in memory", async () => {
    const before = process.memoryUsage().rss;
    const error = await refusal(guardedFetch(sites.url("huge")));
    expect(error.reason).toBe("too_large");
    expect(error.message).toContain("2097152 bytes");
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it("follows at most 5 redirects: a redirect loop is refused", async () => {
    const error = await refusal(guardedFetch(sites.url("redirect-loop")));
    expect(error.reason).toBe("too_many_redirects");
    expect(sites.hits("/redirect-loop/")).toBe(6);
  });

  it("follows a redirect and lists where it went", async () => {
    const target = sites.url("modern");
    const response = await guardedFetch(`${probeOrigin}/redirect?to=${encodeURIComponent(target)}`);
    expect(response.url).toBe(target);
    expect(response.redirects).toEqual([target]);
  });

  it("returns a non-HTML answer as it came (the caller decides)", async () => {
    const response = await guardedFetch(sites.url("pdf"));
    expect(response.headers.get("content-type")).toContain("application/pdf");
    expect(response.body.toString()).toContain("%PDF");
  });

  it("gives up on a server that never answers after timeoutMs", async () => {
    const error = await refusal(guardedFetch(`${probeOrigin}/hang`, { timeoutMs: 200 }));
    expect(error.reason).toBe("timeout");
  });

  it("sends at most 2 requests at once to one host", async () => {
    maxInFlight = 0;
    // A host name of its own, so no slot is still held by an earlier test's request.
    const host = `count.example:${new URL(probeOrigin).port}`;
    await Promise.all(Array.from({ length: 6 }, (_, index) => guardedFetch(`http://${host}/count-${index}`, { resolve: resolvesTo("127.0.0.1") })));
    expect(maxInFlight).toBe(2);
  });
});

describe("guardedFetch refuses what is not a public http(s) address (SSRF)", () => {
  it.each([
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a private address", "http://10.0.0.1/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["the AWS IPv6 metadata address", "http://[fd00:ec2::254]/"],
    ["a CGNAT address", "http://100.64.0.1/"],
    ["an IPv4-mapped private address", "http://[::ffff:10.0.0.1]/"],
    ["loopback written in octal", "http://0177.0.0.1/"],
  ])("%s (%s), loopback ones with the test-only setting off", async (_label, url) => {
    if (url.includes("[::1]") || url.includes("0177")) delete process.env[ALLOW_LOOPBACK_FETCH_ENV];
    const error = await refusal(guardedFetch(url));
    expect(error.reason).toBe("private_address");
  });

  it("loopback when the test-only setting is off", async () => {
    delete process.env[ALLOW_LOOPBACK_FETCH_ENV];
    const hitsBefore = sites.hits("/modern/");
    expect((await refusal(guardedFetch(sites.url("modern")))).reason).toBe("private_address");
    expect(sites.hits("/modern/")).toBe(hitsBefore);
  });

  it("a host name that resolves to 127.0.0.1 while loopback is not allowed, without connecting", async () => {
    delete process.env[ALLOW_LOOPBACK_FETCH_ENV];
    const hitsBefore = sites.hits("/modern/");
    const port = new URL(sites.origin).port;
    const error = await refusal(guardedFetch(`http://innocent.example:${port}/modern/`, { resolve: resolvesTo("127.0.0.1") }));
    expect(error.reason).toBe("private_address");
    expect(error.message).toContain("innocent.example resolves to 127.0.0.1");
    expect(sites.hits("/modern/")).toBe(hitsBefore);
  });

  it("a host name with one public and one private address", async () => {
    const resolve: HostResolver = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "169.254.169.254", family: 4 },
    ];
    expect((await refusal(guardedFetch("http://mixed.example/", { resolve }))).reason).toBe("private_address");
  });

  it("a redirect to a private address or to a name that resolves to the metadata address", async () => {
    expect((await refusal(guardedFetch(`${probeOrigin}/redirect?to=${encodeURIComponent("http://10.0.0.1/admin")}`))).reason).toBe("private_address");
    const resolve: HostResolver = async (hostname) =>
      hostname === "metadata.example" ? [{ address: "169.254.169.254", family: 4 }] : [{ address: "127.0.0.1", family: 4 }];
    const error = await refusal(guardedFetch(`${probeOrigin}/redirect?to=${encodeURIComponent("http://metadata.example/")}`, { resolve }));
    expect(error.reason).toBe("private_address");
    expect(error.message).toContain("169.254.169.254");
  });

  it("other protocols", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/", "gopher://example.com/", "data:text/html,hi"]) {
      expect((await refusal(guardedFetch(url))).reason).toBe("protocol");
    }
    expect((await refusal(guardedFetch("not a url"))).reason).toBe("invalid_url");
  });

  it("only public unicast addresses pass the address policy", () => {
    expect(isAllowedAddress("93.184.216.34", false)).toBe(true);
    expect(isAllowedAddress("2606:2800:220:1:248:1893:25c8:1946", false)).toBe(true);
    for (const address of ["127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "fd00:ec2::254", "fe80::1", "100.64.0.1", "224.0.0.1", "0.0.0.0", "::", "255.255.255.255", "::ffff:127.0.0.1", "not-an-ip"]) {
      expect(isAllowedAddress(address, false), address).toBe(false);
    }
    expect(isAllowedAddress("127.0.0.1", true)).toBe(true);
    expect(isAllowedAddress("10.1.2.3", true)).toBe(false);
  });
});

describe("the test-only loopback setting", () => {
  it("is honoured outside production, and in production only when the app itself is served on loopback", () => {
    expect(loopbackFetchAllowed({ [ALLOW_LOOPBACK_FETCH_ENV]: "1", NODE_ENV: "test" })).toBe(true);
    expect(loopbackFetchAllowed({ NODE_ENV: "test" })).toBe(false);
    expect(loopbackFetchAllowed({ [ALLOW_LOOPBACK_FETCH_ENV]: "1", NODE_ENV: "production", NEXTAUTH_URL: "http://127.0.0.1:3100" })).toBe(true);
  });

  it("is refused by a production configuration", () => {
    expect(loopbackFetchAllowed({ [ALLOW_LOOPBACK_FETCH_ENV]: "1", NODE_ENV: "production" })).toBe(false);
    expect(loopbackFetchAllowed({ [ALLOW_LOOPBACK_FETCH_ENV]: "1", NODE_ENV: "production", NEXTAUTH_URL: "https://crm.example.com" })).toBe(false);
    expect(loopbackFetchAllowed({ [ALLOW_LOOPBACK_FETCH_ENV]: "1", NODE_ENV: "production", NEXTAUTH_URL: "http://10.0.0.5:3000" })).toBe(false);
  });
});

describe("robots.txt", () => {
  it("disallowed paths are refused, others allowed, and the file is fetched once per site for the run", async () => {
    const cache = createRobotsCache();
    const before = sites.hits("/robots.txt");
    expect(await robotsAllows(sites.url("blocked"), cache)).toBe(false);
    expect(await robotsAllows(sites.url("modern"), cache)).toBe(true);
    expect(await robotsAllows(`${sites.url("modern")}about`, cache)).toBe(true);
    expect(sites.hits("/robots.txt") - before).toBe(1);
  });

  it("a site without robots.txt (404) allows everything", async () => {
    expect(await robotsAllows(`${probeOrigin}/anything`, createRobotsCache())).toBe(true);
  });
});
