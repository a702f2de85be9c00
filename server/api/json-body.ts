import { z } from "zod";
import { ValidationError } from "@/server/errors";
import { parseJsonObject } from "./parse-json-object";

/** Largest JSON body a record operation accepts (bytes): far above any valid record (1 MiB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * The fields of an input schema: a z.object's shape, looking through `.transform()` pipes
 * (e.g. activityInputSchema).
 * @throws Error at module load for a schema that is not an object (a programming error).
 */
export function shapeOf(schema: z.ZodType): z.ZodRawShape {
  if (schema instanceof z.ZodObject) return schema.shape;
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  throw new Error("An API body schema must be a z.object (or a z.object with transforms)");
}

/**
 * A JSON object body whose fields are those of `schema` — what a record operation's body
 * definition needs: the document shows `doc` (the schema itself, or e.g. its partial for PATCH);
 * the parser refuses unknown fields with 422 (zod would drop them silently, hiding a typo).
 * Values are not checked here: the service parses them with the same schema as the UI.
 */
export function jsonObjectBody(schema: z.ZodType, doc: z.ZodType = schema) {
  const fields = new Set(Object.keys(shapeOf(schema)));
  return {
    contentType: "application/json",
    maxBytes: MAX_JSON_BODY_BYTES,
    schema: doc,
    required: true,
    parse(bytes: Uint8Array, contentType: string | null): Record<string, unknown> {
      const body = parseJsonObject(bytes, contentType);
      const unknown = Object.keys(body).filter((key) => !fields.has(key));
      if (unknown.length) throw new ValidationError("Some fields are not known", Object.fromEntries(unknown.slice(0, 20).map((key) => [key.slice(0, 100), ["Unknown field"]])));
      return body;
    },
  };
}
