import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PUBLIC = new Set(["/sign-in", "/setup", "/invite/[token]"]);

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
