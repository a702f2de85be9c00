import type { JsonSchema } from "./describe-schema";

/** The parts of an OpenAPI 3.1 operation the API reference page shows. */
export type DocOperation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; headers?: Record<string, { description?: string; schema?: JsonSchema }>; content?: Record<string, { schema?: JsonSchema }> }>;
};

/** The parts of an OpenAPI 3.1 document the API reference page shows. */
export type DocDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Partial<Record<string, DocOperation>>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** One operation with the method and path it answers. */
export type DocEntry = { method: string; path: string; operation: DocOperation };

const METHOD_ORDER = ["get", "post", "put", "patch", "delete"];

/**
 * The document's operations grouped by their first tag: tags and paths in the document's order,
 * methods on a path as GET, POST, PUT, PATCH, DELETE. Untagged operations go under "Other".
 */
export function operationsByTag(document: DocDocument): { tag: string; entries: DocEntry[] }[] {
  const groups = new Map<string, DocEntry[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHOD_ORDER) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push({ method, path, operation });
    }
  }
  return [...groups].map(([tag, entries]) => ({ tag, entries }));
}

/** The id of a tag's section on the page ("Pipelines" → "tag-pipelines"). */
export function tagAnchor(tag: string): string {
  return `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
