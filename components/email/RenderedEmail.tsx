/**
 * A rendered email as its recipient sees it: the HTML part in a sandboxed frame (`sandbox=""`: no
 * scripts, no forms, no same-origin access, so nothing in an email can act on the app) and the
 * plain-text part under a disclosure.
 */
export function RenderedEmail({ html, text, height = "h-80" }: { html: string | null; text: string | null; height?: string }) {
  return (
    <div className="space-y-2">
      {html ? <iframe title="Rendered email" sandbox="" srcDoc={html} className={`${height} w-full rounded-md border border-slate-200 bg-white`} /> : null}
      {text ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-700">Text part</summary>
          <pre data-testid="email-text" className="mt-2 max-h-64 overflow-auto text-sm whitespace-pre-wrap text-slate-800">
            {text}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
