import { describe, expect, it } from "vitest";
import { issuesAfterAudit, issuesShown } from "@/lib/audit/audit-issues";
import { auditCheck } from "@/lib/audit/audit-check";
import { createPageInspector, inspectPage } from "@/lib/audit/inspect-page";
import { socialHostOf } from "@/lib/audit/social-website";
import { httpsChecks, isHtml, pageChecks, type FetchedPage } from "@/lib/audit/website-checks";

const page: FetchedPage = { requestedUrl: "https://joes.example/", finalUrl: "https://joes.example/", status: 200, contentType: "text/html", bytes: 2048, loadMs: 400 };
const now = new Date("2026-06-01T00:00:00Z");

describe("inspectPage", () => {
  it("reads title, description, H1, viewport, the newest footer copyright year, contact and same-site links", () => {
    const facts = inspectPage(
      `<html><head><title> Joe's  Plumbing </title><meta name="Description" content="Pipes"><meta name="viewport" content="width=device-width"></head>
       <body><h1>Joe</h1><a href="/about#team">About</a><a href="https://www.joes.example/contact">Contact</a><a href="/about">again</a>
       <a href="https://facebook.com/joe">fb</a><a href="mailto:joe@joes.example?subject=hi">mail</a><a href="javascript:void(0)">x</a>
       <footer>Copyright 2012–2019 Joe's. Call 022 123 456</footer></body></html>`,
      "https://joes.example/",
    );
    expect(facts).toMatchObject({ title: "Joe's Plumbing", description: "Pipes", h1: "Joe", viewport: "width=device-width", copyrightYear: 2019, email: "joe@joes.example" });
    expect(facts.internalLinks).toEqual(["https://joes.example/about", "https://www.joes.example/contact"]);
    expect(facts.phone).toBe("022 123 456");
  });

  it("names the site builder from meta generator, else from markers in the code", () => {
    expect(inspectPage('<meta name="generator" content="Wix.com Website Builder">', "https://a.example/").generator).toBe("Wix.com Website Builder (meta generator)");
    expect(inspectPage('<link href="/wp-content/themes/x.css">', "https://a.example/").generator).toBe("WordPress (seen in the page's code)");
    expect(inspectPage('<script src="https://cdn.shopify.com/s/x.js"></script>', "https://a.example/").generator).toBe("Shopify (seen in the page's code)");
    expect(inspectPage("<p>plain</p>", "https://a.example/").generator).toBeNull();
  });

  it("finds no copyright year where there is none (the check then cannot tell)", () => {
    const facts = inspectPage("<footer>Since 1998</footer>", "https://a.example/");
    expect(facts.copyrightYear).toBeNull();
    const checks = pageChecks({ page, facts, links: [], now });
    expect(checks.find((c) => c.key === "copyright_year")).toMatchObject({ passed: null, evidence: "No copyright year found" });
    expect(issuesShown(checks).OUTDATED).toBeUndefined();
  });
});

describe("createPageInspector (streaming)", () => {
  const html = `<html><head><title>Joe's &amp; Sons</title><meta name="description" content="Pipes"><script>var t = "+44 20 7946 0958";</script></head>
    <body><h1>Joe <b>and</b> sons</h1><a href="/about">About</a><link href="/wp-content/themes/x.css">
    <p>Mail joe@joes.example</p><footer>© 2013 Joe's</footer><footer>© 2019</footer></body></html>`;

  it("reads the same facts whatever the chunks, a builder marker or a tag split between two", () => {
    const whole = inspectPage(html, "https://joes.example/");
    expect(whole).toMatchObject({ title: "Joe's & Sons", description: "Pipes", h1: "Joe and sons", copyrightYear: 2019, generator: "WordPress (seen in the page's code)" });
    expect(whole.internalLinks).toEqual(["https://joes.example/about"]);
    for (const size of [1, 3, 16, 37]) {
      const inspector = createPageInspector();
      for (let i = 0; i < html.length; i += size) inspector.write(html.slice(i, i + size));
      expect(inspector.end("https://joes.example/")).toEqual(whole);
    }
  });

  it("takes the body's text for phone and email, not a script of the head", () => {
    expect(inspectPage(html, "https://joes.example/")).toMatchObject({ phone: null, email: "joe@joes.example" });
  });
});

describe("pageChecks and the issues they show", () => {
  it("a copyright year two years back is current, three years back is outdated (injected now)", () => {
    const facts = (year: number) => inspectPage(`<footer>© ${year}</footer>`, "https://a.example/");
    expect(issuesShown(pageChecks({ page, facts: facts(2024), links: [], now })).OUTDATED).toBe(false);
    expect(issuesShown(pageChecks({ page, facts: facts(2023), links: [], now })).OUTDATED).toBe(true);
  });

  it("a page over 1 MiB of HTML or slower than 3 s is SLOW_LOADING", () => {
    const facts = inspectPage("<p>x</p>", "https://a.example/");
    expect(issuesShown(pageChecks({ page: { ...page, loadMs: 3001 }, facts, links: [], now })).SLOW_LOADING).toBe(true);
    expect(issuesShown(pageChecks({ page: { ...page, bytes: 1024 * 1024 + 1 }, facts, links: [], now })).SLOW_LOADING).toBe(true);
    expect(issuesShown(pageChecks({ page: { ...page, loadMs: 3000 }, facts, links: [], now })).SLOW_LOADING).toBe(false);
  });

  it("a link that could not be fetched counts as broken", () => {
    const facts = inspectPage("<p>x</p>", "https://a.example/");
    const checks = pageChecks({ page, facts, links: [{ url: "https://a.example/x", status: null, error: "timeout" }], now });
    expect(checks.find((c) => c.key === "broken_links")?.evidence).toBe("1 of 1 internal links broken: https://a.example/x (timeout)");
  });
});

describe("httpsChecks", () => {
  it("an https site whose http:// form redirects to it passes both", () => {
    const checks = httpsChecks(page, { url: "http://joes.example/", finalUrl: "https://joes.example/", error: null });
    expect(checks.map((c) => c.passed)).toEqual([true, true]);
    expect(checks[1].evidence).toBe("http://joes.example/ redirects to https://joes.example/");
  });

  it("an http:// address that redirected to https passes; one that stayed on http fails both", () => {
    expect(httpsChecks({ ...page, requestedUrl: "http://joes.example/" }, null).map((c) => c.passed)).toEqual([true, true]);
    expect(httpsChecks({ ...page, requestedUrl: "http://joes.example/", finalUrl: "http://joes.example/" }, null).map((c) => c.passed)).toEqual([false, false]);
  });
});

describe("issuesAfterAudit", () => {
  it("sets and clears only the issues decided, keeping the others (POOR_DESIGN by hand)", () => {
    expect(issuesAfterAudit(["POOR_DESIGN", "SLOW_LOADING", "OUTDATED"], { SLOW_LOADING: false, BROKEN_FEATURES: true })).toEqual([
      "OUTDATED",
      "POOR_DESIGN",
      "BROKEN_FEATURES",
    ]);
    expect(issuesAfterAudit(["OUTDATED"], {})).toEqual(["OUTDATED"]);
  });

  it("informational checks decide nothing", () => {
    expect(issuesShown([auditCheck("generator", null, "WordPress")])).toEqual({});
  });
});

describe("socialHostOf and isHtml", () => {
  it("social pages are not websites of their own", () => {
    expect(socialHostOf("https://www.facebook.com/joe")).toBe("facebook.com");
    expect(socialHostOf("https://m.facebook.com/joe")).toBe("facebook.com");
    expect(socialHostOf("https://instagram.com/joe")).toBe("instagram.com");
    expect(socialHostOf("https://notfacebook.com/")).toBeNull();
    expect(socialHostOf("https://joes.example/")).toBeNull();
  });

  it("HTML is text/html or XHTML; a missing type is taken as HTML", () => {
    expect(isHtml("text/html; charset=utf-8")).toBe(true);
    expect(isHtml(null)).toBe(true);
    expect(isHtml("application/pdf")).toBe(false);
  });
});
