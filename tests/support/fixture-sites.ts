import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Fixture websites for the website-audit tests, e2e and bench: one real HTTP server on 127.0.0.1
 * serving several small "sites" under path prefixes (the audit follows links under the page's own
 * path, so each prefix behaves as a site of its own):
 * - `/modern/` — viewport, title, description, H1, phone and email, a current copyright year, three
 *   working internal links, a WordPress generator tag;
 * - `/outdated/` — as modern but "© 2015" in the footer;
 * - `/no-viewport/` — no mobile viewport meta tag;
 * - `/slow/` — answers after `slowMs` (default 3,500 ms, above the 3,000 ms SLOW_LOADING threshold);
 * - `/broken-links/` — two of its four internal links answer 404 and 500;
 * - `/redirect-loop/` — redirects to itself forever;
 * - `/huge/` — streams a 50 MB body (stops when the client hangs up);
 * - `/pdf/` — a non-HTML answer (application/pdf);
 * - `/blocked/` — disallowed by the server's robots.txt;
 * - `/gone/` — 404.
 * Every site is served over plain HTTP only (no redirect to HTTPS).
 */
export type FixtureSiteKind = "modern" | "outdated" | "no-viewport" | "slow" | "broken-links" | "redirect-loop" | "huge" | "pdf" | "blocked" | "gone";

export interface FixtureSites {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The home page URL of one site, e.g. http://127.0.0.1:<port>/modern/ */
  url(kind: FixtureSiteKind): string;
  /** Requests served so far, by path. */
  hits(path: string): number;
  close(): Promise<void>;
}

export interface FixtureSitesOptions {
  /** Delay of the slow site, ms (default 3,500). */
  slowMs?: number;
  /** Port (default 0: a free one). */
  port?: number;
}

const HUGE_BYTES = 50 * 1024 * 1024;

/** Starts the fixture sites on 127.0.0.1. */
export async function startFixtureSites(options: FixtureSitesOptions = {}): Promise<FixtureSites> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    route(path, request, response, options.slowMs ?? 3_500);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (kind) => `${origin}/${kind}/`,
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(path: string, request: IncomingMessage, response: ServerResponse, slowMs: number): void {
  const [, site = "", ...rest] = path.split("/");
  const subpage = rest.filter(Boolean).join("/");
  if (path === "/robots.txt") return send(response, 200, "text/plain", "User-agent: *\nDisallow: /blocked/\n");
  switch (site) {
    case "modern":
    case "no-viewport":
    case "slow":
      if (subpage) return send(response, 200, "text/html", page({ title: subpage, year: new Date().getUTCFullYear(), viewport: true, links: [] }));
      if (site === "slow") {
        const timer = setTimeout(() => send(response, 200, "text/html", page({ site, year: new Date().getUTCFullYear(), viewport: true })), slowMs);
        request.on("close", () => clearTimeout(timer));
        return;
      }
      return send(response, 200, "text/html", page({ site, year: new Date().getUTCFullYear(), viewport: site === "modern", generator: "WordPress 6.5.2" }));
    case "outdated":
      if (subpage) return send(response, 200, "text/html", page({ title: subpage, year: 2015, viewport: true, links: [] }));
      return send(response, 200, "text/html", page({ site, year: 2015, viewport: true }));
    case "broken-links":
      if (subpage === "missing") return send(response, 404, "text/html", "<h1>Not found</h1>");
      if (subpage === "crash") return send(response, 500, "text/html", "<h1>Server error</h1>");
      if (subpage) return send(response, 200, "text/html", page({ title: subpage, year: new Date().getUTCFullYear(), viewport: true, links: [] }));
      return send(response, 200, "text/html", page({ site, year: new Date().getUTCFullYear(), viewport: true, links: ["about", "missing", "contact", "crash"] }));
    case "redirect-loop":
      response.writeHead(302, { location: "/redirect-loop/" }).end();
      return;
    case "huge":
      return streamHuge(response);
    case "pdf":
      return send(response, 200, "application/pdf", "%PDF-1.4\n% fixture\n");
    case "blocked":
      return send(response, 200, "text/html", page({ site, year: new Date().getUTCFullYear(), viewport: true }));
    default:
      return send(response, 404, "text/html", "<h1>Not found</h1>");
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": `${type}; charset=utf-8`, "content-length": Buffer.byteLength(body) }).end(body);
}

/** 50 MB in 64 KiB chunks without a Content-Length, honouring back-pressure; stops when the client goes. */
function streamHuge(response: ServerResponse): void {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const pump = () => {
    while (sent < HUGE_BYTES && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", pump);
    }
    response.end();
  };
  pump();
}

type PageOptions = { site?: string; title?: string; year: number; viewport: boolean; generator?: string; links?: string[] };

/** A small business home page. */
function page({ site = "", title, year, viewport, generator, links = ["about", "services", "contact"] }: PageOptions): string {
  const heading = title ?? `${site} plumbing`;
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
${viewport ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : ""}
${generator ? `<meta name="generator" content="${generator}">` : ""}
<title>${heading} — Nicosia</title>
<meta name="description" content="Family-run ${heading} in Nicosia since 1998.">
</head><body>
<header><h1>${heading}</h1><nav>${links.map((link) => `<a href="${link}">${link}</a>`).join(" ")} <a href="https://www.facebook.com/example">Facebook</a></nav></header>
<main><p>Call us on <a href="tel:+35722123456">+357 22 123456</a> or write to <a href="mailto:hello@example.com">hello@example.com</a>.</p></main>
<footer>© ${year} ${heading}. All rights reserved.</footer>
</body></html>`;
}
