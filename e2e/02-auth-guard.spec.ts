import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Pages public on purpose: sign-in, first-run setup, invites, the REST API's documentation
 * (/api-docs, which renders the public OpenAPI document), and the unsubscribe page an email links
 * to (its signed token is the credential; a forged one is a 404, see the last test).
 */
const PUBLIC = new Set(["/sign-in", "/setup", "/invite/[token]", "/api-docs", "/unsubscribe/[token]"]);

/** Every page route of the app, from the files under app/ (route groups dropped, params filled). */
function pageRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) {
      if (entry.name === "page.tsx") routes.push(prefix || "/");
      continue;
    }
    if (entry.name === "api") continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    routes.push(...pageRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return routes;
}

test("every page except sign-in, setup and invites redirects to sign-in without a session", async ({ request }) => {
  const routes = pageRoutes().filter((r) => !PUBLIC.has(r));
  expect(routes).toEqual(expect.arrayContaining(["/", "/leads", "/leads/[id]", "/leads/new", "/settings/users"]));
  for (const route of routes) {
    const url = route.replace(/\[[^\]]+\]/g, "some-id");
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(307);
    expect(response.headers().location, url).toContain("/sign-in");
  }
});

test("server actions and route handlers refuse requests without a session", async ({ request }) => {
  const action = await request.post("/leads", {
    headers: { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(action.status()).toBe(401);
  const api = await request.get("/api/jobs/some-id", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  const download = await request.get("/leads/export", { maxRedirects: 0 });
  expect(download.status()).toBe(307);
  expect(download.headers().location).toContain("/sign-in");
});

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Route handlers public on purpose (no credentials needed, may answer 2xx). Keep this list short
 * and say why each entry is here; every other handler must refuse a request without credentials.
 */
const PUBLIC_HANDLERS = new Set([
  "/api/auth/[...nextauth]", // next-auth itself: sign-in, session, CSRF endpoints
  "/api/v1/openapi.json", // the public OpenAPI document of the REST API
  "/api/unsubscribe/[token]", // RFC 8058 one-click unsubscribe: mail clients post it without sign-in; the signed token is the credential
]);

/** Every route.ts under app/ as its URL pattern (route groups dropped) and the HTTP methods it exports. */
function routeHandlers(dir = path.join(process.cwd(), "app"), prefix = ""): { route: string; methods: Method[] }[] {
  const handlers: { route: string; methods: Method[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      handlers.push(...routeHandlers(path.join(dir, entry.name), prefix + segment));
    } else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
      handlers.push({ route: prefix || "/", methods: exportedMethods(fs.readFileSync(path.join(dir, entry.name), "utf8")) });
    }
  }
  return handlers;
}

/**
 * Every Pages Router API route under pages/api (the webhook route) as its URL pattern, with the
 * methods it answers: the file lists them as `export const ALLOWED_METHODS = [...]`.
 */
function pagesApiRoutes(dir = path.join(process.cwd(), "pages", "api"), prefix = "/api"): { route: string; methods: Method[] }[] {
  if (!fs.existsSync(dir)) return [];
  const handlers: { route: string; methods: Method[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      handlers.push(...pagesApiRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    } else if (/\.(ts|js)$/.test(entry.name)) {
      const name = entry.name.replace(/\.(ts|js)$/, "");
      const allowed = /export\s+const\s+ALLOWED_METHODS\s*=\s*\[([^\]]*)\]/.exec(fs.readFileSync(path.join(dir, entry.name), "utf8"))?.[1] ?? "";
      handlers.push({ route: name === "index" ? prefix : `${prefix}/${name}`, methods: METHODS.filter((method) => allowed.includes(`"${method}"`)) });
    }
  }
  return handlers;
}

/** The HTTP methods a route file exports: `export async function GET`, `export const GET =`, `export { handler as GET }`. */
function exportedMethods(source: string): Method[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(match[1]);
  for (const match of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\s*[:=]/g)) found.add(match[1]);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of match[1].split(",")) found.add(name.trim().split(/\s+as\s+/).pop() ?? "");
  }
  return METHODS.filter((method) => found.has(method));
}

test("every route handler and Pages Router API route refuses a request without credentials, except the public allow-list", async ({ request }) => {
  const handlers = [...routeHandlers(), ...pagesApiRoutes()];
  const routes = handlers.map((h) => h.route);
  expect(routes).toEqual(expect.arrayContaining(["/leads/export", "/api/jobs/[id]", "/api/cron/run-jobs", "/api/webhooks/resend", "/api/auth/[...nextauth]"]));
  for (const { route, methods } of handlers) {
    // A route file whose methods the patterns above cannot see would escape the check.
    expect(methods.length, `${route} exports no method this test can see`).toBeGreaterThan(0);
    if (PUBLIC_HANDLERS.has(route)) continue;
    const url = route.replace(/\[[^\]]+\]/g, "some-id");
    for (const method of methods) {
      const label = `${method} ${url}`;
      const response = await request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      expect(status >= 200 && status < 300, `${label} answered ${status} without credentials`).toBe(false);
      if (url.startsWith("/api/")) {
        // Cron routes too: without credentials they answer 401 whether CRON_SECRET is set or not
        // (503 is only for a bearer token sent while the server has no secret).
        expect(status, label).toBe(401);
        expect(response.headers()["content-type"], label).toContain("application/problem+json");
      } else {
        expect(status, label).toBe(307);
        expect(response.headers().location, label).toContain("/sign-in");
      }
    }
  }
});

test("the public unsubscribe routes answer a forged token with 404, never 2xx or 500", async ({ request }) => {
  const page = await request.get("/unsubscribe/cmforged0000000000000001.AAAA", { maxRedirects: 0 });
  expect(page.status()).toBe(404);
  for (const token of ["some-id", "cmforged0000000000000001.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
    const oneClick = await request.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(oneClick.status(), token).toBe(404);
    expect(oneClick.headers()["content-type"]).toContain("application/problem+json");
  }
});
