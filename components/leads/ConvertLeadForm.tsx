"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { companyContactsAction, convertLeadAction } from "@/app/(app)/leads/[id]/convert/actions";
import { CompanyPicker, type PickedCompany } from "@/components/companies/CompanyPicker";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { personName } from "@/lib/validation/contact";
import { convertLeadSchema, type ConvertLeadInput } from "@/lib/validation/lead";
import type { CompanyOption } from "@/server/services/companies/search-companies";
import type { CompanyContactOption } from "@/server/services/contacts/list-company-contacts";

type ConvertLeadData = z.output<typeof convertLeadSchema>;
type Mode = "new" | "existing";

function ModeChoice({ name, value, onChange, options }: { name: string; value: Mode; onChange: (mode: Mode) => void; options: Array<{ mode: Mode; label: string; disabled?: boolean }> }) {
  return (
    <div role="radiogroup" className="flex flex-wrap gap-x-5 gap-y-2">
      {options.map((o) => (
        <label key={o.mode} className={`flex items-center gap-2 text-sm ${o.disabled ? "text-slate-400" : "text-slate-800"}`}>
          <input type="radio" name={name} className="size-4 accent-brand-600" checked={value === o.mode} disabled={o.disabled} onChange={() => onChange(o.mode)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/**
 * The lead conversion form: create a new company (name prefilled from the lead) or link an
 * existing one (companies that look like the lead are offered first); then create a contact
 * (prefilled from the lead's contact person) or link one of the chosen company's contacts.
 * Validates with the schema the server uses and shows the server's field errors inline.
 */
export function ConvertLeadForm({ lead, matches, defaults }: { lead: { id: string; name: string }; matches: CompanyOption[]; defaults: ConvertLeadInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [companyMode, setCompanyMode] = useState<Mode>("new");
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [contactMode, setContactMode] = useState<Mode>("new");
  const [contacts, setContacts] = useState<CompanyContactOption[]>([]);
  const [loadingContacts, startLoading] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<ConvertLeadInput, unknown, ConvertLeadData>({ resolver: zodResolver(convertLeadSchema), defaultValues: defaults });

  const linkedCompanyId = companyMode === "existing" ? (company?.id ?? null) : null;
  useEffect(() => {
    if (!linkedCompanyId) return;
    startLoading(async () => {
      const result = await companyContactsAction(linkedCompanyId);
      setContacts(result.ok ? result.data : []);
    });
  }, [linkedCompanyId]);
  const companyContacts = linkedCompanyId ? contacts : [];
  const effectiveContactMode: Mode = companyContacts.length ? contactMode : "new";

  const onSubmit = handleSubmit(async (data) => {
    setFormError(null);
    if (companyMode === "existing" && !company) {
      setError("companyId", { message: "Choose a company" });
      return;
    }
    const existingContact = effectiveContactMode === "existing";
    if (existingContact && !data.contactId) {
      setError("contactId", { message: "Choose a contact" });
      return;
    }
    const result = await convertLeadAction({
      leadId: lead.id,
      companyId: companyMode === "existing" ? company!.id : null,
      companyName: companyMode === "new" ? data.companyName : null,
      contactId: existingContact ? data.contactId : null,
      contactFirstName: existingContact ? null : data.contactFirstName,
      contactLastName: existingContact ? null : data.contactLastName,
      contactEmail: existingContact ? null : data.contactEmail,
    });
    if (result.ok) {
      router.push(`/companies/${result.data.companyId}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(path.split(".")[0] as FieldPath<ConvertLeadInput>, { message: messages[0] });
    }
  });

  const err = (name: keyof ConvertLeadInput) => errors[name]?.message as string | undefined;
  const text = (name: "companyName" | "contactFirstName" | "contactLastName" | "contactEmail", label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <Input id={name} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `${name}-error` : undefined} {...props} {...register(name)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="space-y-4 p-4">
        <h2 className="text-sm font-semibold text-slate-800">Company</h2>
        <ModeChoice
          name="companyMode"
          value={companyMode}
          onChange={(mode) => {
            setCompanyMode(mode);
            clearErrors(["companyId", "companyName"]);
          }}
          options={[
            { mode: "new", label: "Create a new company" },
            { mode: "existing", label: "Link an existing company" },
          ]}
        />
        {companyMode === "new" ? (
          <div className="max-w-md">{text("companyName", "Company name", { placeholder: lead.name })}</div>
        ) : (
          <div className="max-w-md space-y-2">
            <Field label="Company" htmlFor="companyId" error={err("companyId")}>
              <CompanyPicker
                id="companyId"
                value={company}
                invalid={!!errors.companyId}
                onChange={(picked) => {
                  setCompany(picked);
                  setContactMode("new");
                  clearErrors(["companyId", "contactId"]);
                }}
              />
            </Field>
            {!company && matches.length ? (
              <div className="text-sm">
                <p className="text-xs font-medium text-slate-500">Looks like this lead:</p>
                <ul className="mt-1 flex flex-wrap gap-2">
                  {matches.map((m) => (
                    <li key={m.id}>
                      <Button variant="secondary" size="sm" onClick={() => setCompany({ id: m.id, name: m.name })}>
                        {m.name}
                        {m.domain ? <span className="text-xs text-slate-500">{m.domain}</span> : null}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        )}
        {companyMode === "new" && matches.length ? (
          <p className="text-xs text-amber-700" role="note">
            {matches.length === 1 ? "A company" : `${matches.length} companies`} with this name or website already exist
            {matches.length === 1 ? "s" : ""}: {matches.map((m) => m.name).join(", ")}. Consider linking instead.
          </p>
        ) : null}
      </Card>

      <Card className="space-y-4 p-4">
        <h2 className="text-sm font-semibold text-slate-800">Contact</h2>
        <ModeChoice
          name="contactMode"
          value={effectiveContactMode}
          onChange={(mode) => {
            setContactMode(mode);
            clearErrors(["contactId", "contactFirstName"]);
          }}
          options={[
            { mode: "new", label: "Create a new contact" },
            {
              mode: "existing",
              label: loadingContacts ? "Link a contact of the company (loading…)" : "Link a contact of the company",
              disabled: companyContacts.length === 0,
            },
          ]}
        />
        {effectiveContactMode === "existing" ? (
          <div className="max-w-md">
            <Field label="Contact" htmlFor="contactId" error={err("contactId")}>
              <Select id="contactId" aria-invalid={!!errors.contactId} {...register("contactId", { setValueAs: (v: unknown) => v || null })}>
                <option value="">Choose a contact…</option>
                {companyContacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {personName(c)}
                    {c.isPrimary ? " (primary)" : ""}
                    {c.email ? ` — ${c.email}` : ""}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            {text("contactFirstName", "First name", { autoComplete: "off" })}
            {text("contactLastName", "Last name", { autoComplete: "off" })}
            {text("contactEmail", "Email", { type: "email", autoComplete: "off" })}
          </div>
        )}
        <p className="text-xs text-slate-500">
          A new contact also gets the lead&apos;s phone number, and becomes the company&apos;s primary contact when it has none. Without a first name
          (here or on the lead) no contact is created.
        </p>
      </Card>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Converting…" : "Convert lead"}
        </Button>
        <LinkButton href={`/leads/${lead.id}`}>Cancel</LinkButton>
      </div>
    </form>
  );
}
