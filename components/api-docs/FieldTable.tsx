import type { SchemaField } from "@/lib/api-docs/describe-schema";
import { TypeLabel } from "./TypeLabel";

/** A table of fields or parameters: name (with "required"), type (linked when it names a schema), default and description. */
export function FieldTable({ fields, caption }: { fields: SchemaField[]; caption: string }) {
  if (!fields.length) return null;
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm">
      <caption className="mb-1 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-xs text-slate-500">
          <th className="py-1 pr-3 font-medium">Name</th>
          <th className="py-1 pr-3 font-medium">Type</th>
          <th className="py-1 font-medium">Notes</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.name} className="border-b border-slate-100 align-top">
            <td className="py-1 pr-3 font-mono text-xs whitespace-nowrap">
              {field.name}
              {field.required && <span className="ml-1 font-sans text-[0.7rem] text-red-700">required</span>}
            </td>
            <td className="py-1 pr-3 text-xs text-slate-700">
              <TypeLabel type={field.type} schemaName={field.ref} />
            </td>
            <td className="py-1 text-xs text-slate-600">
              {field.description}
              {field.defaultValue !== undefined && <span className="ml-1 text-slate-500">Default {field.defaultValue}.</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
