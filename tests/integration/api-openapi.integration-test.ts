import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { loadApiRoutes } from "../support/api-client";

const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

describe("the OpenAPI document of REST API v1", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await GET().json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every route file under app/api/v1 and every method it exports, and the session-or-key operations under /api/jobs, and nothing else", async () => {
    const doc = (await GET().json()) as { paths: Record<string, Record<string, unknown>> };
    const served = (await loadApiRoutes()).flatMap((route) => METHODS.filter((method) => typeof route.module[method] === "function").map((method) => `${method} ${route.openApiPath}`));
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) => Object.keys(operations).filter((key) => METHODS.includes(key.toUpperCase() as never)).map((method) => `${method.toUpperCase()} ${path.startsWith("/api/") ? path : `/api/v1${path}`}`));
    expect(served.length).toBeGreaterThan(40);
    expect(documented.sort()).toEqual(served.sort());
  });
});
