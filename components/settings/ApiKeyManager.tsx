"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createApiKeyAction, revokeApiKeyAction } from "@/app/(app)/settings/profile/actions";
import { ConfirmDeleteButton } from "@/components/shared/ConfirmDeleteButton";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/validation/zod-errors";

/** An API key as the list shows it; dates already formatted in the user's time zone. */
export type ApiKeyListItem = { id: string; name: string; prefix: string; scope: "READ" | "READ_WRITE"; created: string; expires: string | null; lastUsed: string | null; revoked: string | null; expired: boolean };

/**
 * Profile → API keys: create a key (name, scope, optional last day), see its token once with a
 * copy button, list the keys with their state, revoke one after confirming.
 */
export function ApiKeyManager({ keys }: { keys: ApiKeyListItem[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-5">
      <form
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const formElement = e.currentTarget;
          const form = new FormData(formElement);
          startTransition(async () => {
            const result = await createApiKeyAction({ name: String(form.get("name")), scope: String(form.get("scope")), expiresOn: String(form.get("expiresOn") ?? "") });
            setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
            setError(result.ok ? null : result.error);
            if (result.ok) {
              setCreated({ name: result.data.name, token: result.data.token });
              setCopied(false);
              formElement.reset();
              router.refresh();
            }
          });
        }}
      >
        <Field label="Key name" htmlFor="api-key-name" error={fieldErrors.name?.[0]}>
          <Input id="api-key-name" name="name" placeholder="e.g. Zapier" maxLength={80} />
        </Field>
        <Field label="Scope" htmlFor="api-key-scope" error={fieldErrors.scope?.[0]}>
          <Select id="api-key-scope" name="scope" defaultValue="READ">
            <option value="READ">Read</option>
            <option value="READ_WRITE">Read and write</option>
          </Select>
        </Field>
        <Field label="Expires after (optional)" htmlFor="api-key-expires" error={fieldErrors.expiresOn?.[0]}>
          <Input id="api-key-expires" name="expiresOn" type="date" />
        </Field>
        <Button type="submit" disabled={pending}>
          Create key
        </Button>
      </form>
      {error ? <FormMessage>{error}</FormMessage> : null}
      {created ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" role="status">
          <p className="text-sm font-medium text-amber-900">Copy the token of “{created.name}” now: it is shown only once.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="api-token" className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900">
              {created.token}
            </code>
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => {});
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-xs text-amber-900">Send it as <code>Authorization: Bearer {created.token.slice(0, 11)}…</code>; the reference is at <a className="underline" href="/api-docs">/api-docs</a>.</p>
        </div>
      ) : null}
      {keys.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {keys.map((key) => (
            <li key={key.id} data-api-key={key.prefix} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {key.name} <code className="ml-1 text-xs text-slate-500">{key.prefix}…</code>{" "}
                  <Badge tone={key.scope === "READ_WRITE" ? "amber" : "slate"}>{key.scope === "READ_WRITE" ? "Read and write" : "Read"}</Badge>{" "}
                  {key.revoked ? <Badge tone="red">Revoked {key.revoked}</Badge> : key.expired ? <Badge tone="red">Expired</Badge> : null}
                </p>
                <p className="text-xs text-slate-500">
                  Created {key.created} · {key.expires ? `expires after ${key.expires}` : "never expires"} · {key.lastUsed ? `last used ${key.lastUsed}` : "never used"}
                </p>
              </div>
              {key.revoked ? null : (
                <ConfirmDeleteButton
                  name={`Revoke ${key.name}`}
                  confirmName={`Revoke ${key.name}?`}
                  verbs={{ label: "Revoke", confirm: "Confirm revoke", pending: "Revoking…" }}
                  prompt={`Requests with ${key.prefix}… will be refused from now on.`}
                  size="sm"
                  onConfirm={async () => {
                    const result = await revokeApiKeyAction(key.id);
                    return result.ok ? null : result.error;
                  }}
                  onDeleted={() => router.refresh()}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No API keys yet.</p>
      )}
    </div>
  );
}
