import { describeType, refName, schemaFields, type JsonSchema } from "@/lib/api-docs/describe-schema";
import { FieldTable } from "./FieldTable";
import { TypeLabel } from "./TypeLabel";

/** A body's schema: a link to the named schema, the fields of an inline object, or its type. */
export function SchemaSummary({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const ref = refName(schema);
  if (ref) {
    return (
      <p className="mt-1 text-sm">
        {caption}: <TypeLabel type={ref} schemaName={ref} />
      </p>
    );
  }
  const fields = schemaFields(schema);
  if (fields.length) return <FieldTable fields={fields} caption={caption} />;
  return (
    <p className="mt-1 text-sm">
      {caption}: {describeType(schema)}
    </p>
  );
}
