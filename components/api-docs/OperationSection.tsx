import { NoteMarkdown } from "@/components/activities/NoteMarkdown";
import { describeType, refName } from "@/lib/api-docs/describe-schema";
import type { DocEntry } from "@/lib/api-docs/operations-by-tag";
import { cn } from "@/lib/cn";
import { FieldTable } from "./FieldTable";
import { SchemaSummary } from "./SchemaSummary";
import { TypeLabel } from "./TypeLabel";

const METHOD_STYLE: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800",
  post: "bg-brand-100 text-brand-700",
  patch: "bg-amber-100 text-amber-800",
  put: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

/** One operation of the API: method and path, summary, description, parameters, request body and responses. */
export function OperationSection({ entry }: { entry: DocEntry }) {
  const { method, path, operation } = entry;
  const parameters = (operation.parameters ?? []).map((parameter) => ({
    name: parameter.name,
    type: `${parameter.in} · ${parameter.schema ? describeType(parameter.schema) : "string"}`,
    required: Boolean(parameter.required),
    description: parameter.description ?? parameter.schema?.description,
    defaultValue: parameter.schema?.default === undefined ? undefined : JSON.stringify(parameter.schema.default),
  }));
  const body = Object.entries(operation.requestBody?.content ?? {});
  return (
    <section id={operation.operationId} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" data-operation={`${method.toUpperCase()} ${path}`}>
      <h3 className="flex flex-wrap items-center gap-2">
        <span className={cn("rounded px-1.5 py-0.5 font-mono text-xs font-bold uppercase", METHOD_STYLE[method])}>{method}</span>
        <code className="font-mono text-sm break-all text-slate-900">{path}</code>
        <span className="text-sm font-semibold text-slate-700">{operation.summary}</span>
      </h3>
      {operation.description && <NoteMarkdown text={operation.description} className="mt-2" />}
      <FieldTable fields={parameters} caption="Parameters" />
      {body.map(([contentType, media]) => (
        <div key={contentType} className="mt-3">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Request body ({contentType}){operation.requestBody?.required ? ", required" : ""}
          </p>
          {media.schema && <SchemaSummary schema={media.schema} caption="Body" />}
        </div>
      ))}
      <p className="mt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">Responses</p>
      <dl className="mt-1 space-y-1 text-sm">
        {Object.entries(operation.responses ?? {}).map(([status, response]) => {
          const json = Object.entries(response.content ?? {})[0];
          return (
            <div key={status} className="flex flex-wrap gap-x-2">
              <dt className={cn("font-mono text-xs font-bold", status.startsWith("2") ? "text-emerald-700" : "text-red-700")}>{status}</dt>
              <dd className="text-xs text-slate-700">
                {response.description}
                {json?.[1].schema && (
                  <span className="ml-1 text-slate-500">
                    ({json[0]}: <TypeLabel type={describeType(json[1].schema)} schemaName={refName(json[1].schema)} />)
                  </span>
                )}
                {response.headers && <span className="ml-1 text-slate-500">Headers: {Object.keys(response.headers).join(", ")}.</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith("2"))
        .map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          return schema && !schema.$ref ? <SchemaSummary key={status} schema={schema} caption={`${status} body`} /> : null;
        })}
    </section>
  );
}
