import fs from "node:fs";
import path from "node:path";
import type { ApiKeyScope } from "@/lib/validation/api-key";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import type { TestActor } from "./factories";

/** A route file of REST API v1: its path pattern (Next's folders) and exported handlers. */
export type ApiRouteFile = {
  /** Relative to the project, e.g. "app/api/v1/leads/[id]/route.ts". */
  file: string;
  /** The OpenAPI path, e.g. "/api/v1/leads/{id}". */
  openApiPath: string;
  pattern: RegExp;
  paramNames: string[];
  module: Record<string, unknown>;
};

const APP_API_DIR = path.join(process.cwd(), "app", "api");
const API_DIR = path.join(APP_API_DIR, "v1");
/** Routes outside /api/v1 whose handlers serve API operations too (sessionOrApiKeyRoute): only those handlers count. */
const SESSION_OR_KEY_DIRS = [path.join(APP_API_DIR, "jobs")];

/** Keeps a route module's exports that are operation handlers (they carry `.operation`). */
function operationHandlers(module: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value === "function" && "operation" in value));
}

/**
 * Every route.ts below app/api/v1, and the operation handlers of the route files below
 * SESSION_OR_KEY_DIRS (walked on disk), loaded.
 */
export async function loadApiRoutes(): Promise<ApiRouteFile[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") files.push(full);
    }
  };
  for (const dir of [API_DIR, ...SESSION_OR_KEY_DIRS]) walk(dir);
  // Static segments before dynamic ones, as Next matches (leads/import before leads/[id]).
  const order = (file: string) => file.replace(/\[/g, "~");
  return Promise.all(
    files.sort((a, b) => (order(a) < order(b) ? -1 : 1)).map(async (full) => {
      const segments = path.relative(APP_API_DIR, path.dirname(full)).split(path.sep).filter(Boolean);
      const paramNames = segments.filter((s) => /^\[\w+\]$/.test(s)).map((s) => s.slice(1, -1));
      const openApiPath = `/api${segments.map((s) => `/${s.replace(/^\[(\w+)\]$/, "{$1}")}`).join("")}`;
      const pattern = new RegExp(`^/api${segments.map((s) => (/^\[\w+\]$/.test(s) ? "/([^/]+)" : `/${s.replace(/\./g, "\\.")}`)).join("")}$`);
      const loaded = (await import(full)) as Record<string, unknown>;
      const handlers = full.startsWith(API_DIR + path.sep) ? loaded : operationHandlers(loaded);
      return { file: path.relative(process.cwd(), full), openApiPath, pattern, paramNames, module: handlers };
    }),
  ).then((routes) => routes.filter((route) => Object.keys(route.module).length > 0));
}

let routes: Promise<ApiRouteFile[]> | undefined;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Options of one API call; `json` is sent as application/json, `body` as given. */
export type ApiCallOptions = { token?: string | null; json?: unknown; body?: BodyInit | null; headers?: Record<string, string> };

/**
 * Calls a route handler of REST API v1 directly, as Next would: finds the route file whose
 * folders match `url`'s path, and calls its exported `method` with a real Request and the path
 * parameters. A method the file does not export answers 405, as Next does.
 * @param url - a path with query, e.g. "/api/v1/leads?limit=5".
 */
export async function callApi(method: string, url: string, { token, json, body, headers = {} }: ApiCallOptions = {}): Promise<Response> {
  routes ??= loadApiRoutes();
  const full = new URL(url, "http://localhost");
  for (const route of await routes) {
    const match = route.pattern.exec(full.pathname);
    if (!match) continue;
    const handler = route.module[method] as Handler | undefined;
    if (!handler) return new Response(null, { status: 405 });
    const params = Object.fromEntries(route.paramNames.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    const request = new Request(full, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(json !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : body,
    });
    return handler(request, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}

/** Creates an API key for `user` through the service and returns its token. */
export async function apiToken(user: TestActor, scope: ApiKeyScope = "READ_WRITE", name = "test key"): Promise<string> {
  return (await createApiKey(user, { name, scope })).token;
}

/** A JSON answer's status and body, for compact assertions. */
export async function readJson(response: Response): Promise<{ status: number; body: Record<string, unknown> & { data?: unknown[] } }> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
