/** The part of a JSON Schema (OpenAPI 3.1 dialect) the API reference page shows. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  description?: string;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
};

/** One row of a field table: a property of an object schema, or a parameter. */
export type SchemaField = { name: string; type: string; required: boolean; description?: string; defaultValue?: string; ref?: string };

/** The component name a `$ref` points to ("#/components/schemas/Lead" → "Lead"), if any. */
export function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.split("/").pop();
}

function limits(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) parts.push(`≥ ${schema.minLength} chars`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) parts.push(`≤ ${schema.maxItems} items`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/**
 * A short, readable type for a schema: "string (≤ 200 chars) or null", "one of: active, converted",
 * "array of string", "Lead" for a reference. Nested objects read "object" (their fields are listed
 * separately by schemaFields).
 */
export function describeType(schema: JsonSchema): string {
  const ref = refName(schema);
  if (ref) return ref;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(describeType))].join(" or ");
  if (schema.allOf) return schema.allOf.map(describeType).join(" and ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of: ${schema.enum.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array")) return `array of ${schema.items ? describeType(schema.items) : "anything"}${limits(schema)}`;
  if (!types.length) return schema.properties ? "object" : "any";
  const base = types.map((type) => (type === "string" && schema.format ? `${type} (${schema.format})` : type)).join(" or ");
  return base + limits(schema);
}

/**
 * The fields of an object schema, in the schema's order, with their types, whether each is
 * required, its description and its default. A schema that is not an object (or a reference)
 * has no fields.
 */
export function schemaFields(schema: JsonSchema): SchemaField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: describeType(property),
    required: required.has(name),
    description: property.description ?? property.anyOf?.find((option) => option.description)?.description,
    defaultValue: property.default === undefined ? undefined : JSON.stringify(property.default),
    ref: refName(property) ?? (property.items ? refName(property.items) : undefined),
  }));
}
