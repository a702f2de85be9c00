import { TEMPLATE_VARIABLES } from "@/lib/templates/template-variables";

/** The variables a template may use, with what each holds, and how to give a fallback. */
export function TemplateVariablesHelp() {
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" data-testid="template-variables">
      <summary className="cursor-pointer font-medium text-slate-700">Variables</summary>
      <p className="mt-2 text-slate-600">
        Write <code>{"{{ firstName }}"}</code>, or with a fallback for an empty value <code>{'{{ firstName | default: "there" }}'}</code>. Conditions:{" "}
        <code>{"{% if city %} in {{ city }}{% endif %}"}</code>. Any other variable is refused when you save.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {TEMPLATE_VARIABLES.map((v) => (
          <div key={v.name} className="contents">
            <dt>
              <code className="text-slate-900">{`{{ ${v.name} }}`}</code>
            </dt>
            <dd className="text-slate-600">
              {v.description} <span className="text-slate-400">(e.g. {v.example})</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
