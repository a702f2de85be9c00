import { NoteMarkdown } from "@/components/activities/NoteMarkdown";
import { schemaFields } from "@/lib/api-docs/describe-schema";
import { operationsByTag, tagAnchor, type DocDocument } from "@/lib/api-docs/operations-by-tag";
import { FieldTable } from "./FieldTable";
import { OperationSection } from "./OperationSection";

const EXAMPLE = `curl -H "Authorization: Bearer $LEADWELL_API_KEY" \\
  "$LEADWELL_URL/api/v1/leads?limit=50&temperature=HOT"

curl -X POST -H "Authorization: Bearer $LEADWELL_API_KEY" \\
  -H "Content-Type: application/json" -H "Idempotency-Key: $(uuidgen)" \\
  -d '{"name":"Latchi Fish Tavern","city":"Latchi"}' \\
  "$LEADWELL_URL/api/v1/leads"`;

/**
 * The readable reference of an OpenAPI document, rendered on the server from the document
 * itself (no script, no CDN): the introduction, a table of contents by tag, every operation with
 * its parameters, body and responses, and every named schema with its fields.
 */
export function ApiReference({ document }: { document: DocDocument }) {
  const groups = operationsByTag(document);
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <div className="mx-auto flex max-w-6xl gap-8 p-4 md:p-8">
      <nav aria-label="API sections" className="sticky top-4 hidden w-44 shrink-0 self-start text-sm md:block">
        <p className="mb-2 font-semibold text-slate-900">Contents</p>
        <ul className="space-y-1">
          {groups.map(({ tag }) => (
            <li key={tag}>
              <a href={`#${tagAnchor(tag)}`} className="text-slate-700 hover:text-brand-700">
                {tag}
              </a>
            </li>
          ))}
          <li>
            <a href="#schemas" className="text-slate-700 hover:text-brand-700">
              Schemas
            </a>
          </li>
        </ul>
      </nav>
      <main className="min-w-0 flex-1 space-y-8">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">
            {document.info.title} <span className="text-base font-normal text-slate-500">v{document.info.version}</span>
          </h1>
          {document.info.description && <NoteMarkdown text={document.info.description} />}
          <p className="text-sm text-slate-700">
            The machine-readable document is{" "}
            <a href="/api/v1/openapi.json" className="text-brand-700 underline hover:text-brand-600">
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1), for client generators and tools such as Postman.
          </p>
          <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">{EXAMPLE}</pre>
        </header>
        {groups.map(({ tag, entries }) => (
          <section key={tag} id={tagAnchor(tag)} className="scroll-mt-4 space-y-3" aria-labelledby={`${tagAnchor(tag)}-title`}>
            <h2 id={`${tagAnchor(tag)}-title`} className="text-xl font-semibold text-slate-900">
              {tag}
            </h2>
            {entries.map((entry) => (
              <OperationSection key={`${entry.method} ${entry.path}`} entry={entry} />
            ))}
          </section>
        ))}
        <section id="schemas" className="scroll-mt-4 space-y-3" aria-labelledby="schemas-title">
          <h2 id="schemas-title" className="text-xl font-semibold text-slate-900">
            Schemas
          </h2>
          {schemas.map(([name, schema]) => (
            <div key={name} id={`schema-${name}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-mono text-sm font-bold text-slate-900">{name}</h3>
              {schema.description && <NoteMarkdown text={schema.description} className="mt-1" />}
              <FieldTable fields={schemaFields(schema)} caption="Fields" />
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
