"use client";

import { useEffect, useState, useTransition } from "react";
import { companyContactsAction, convertLeadAction } from "@/app/(app)/leads/[id]/convert/actions";
import { CompanyPicker, type PickedCompany } from "@/components/companies/CompanyPicker";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button, FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Checkbox, Select } from "@/components/ui/input";
import { personName } from "@/lib/validation/contact";
import { convertLeadSchema, type ConvertLeadInput } from "@/lib/validation/lead";
import type { CompanyOption } from "@/server/services/companies/search-companies";
import type { CompanyContactOption } from "@/server/services/contacts/list-company-contacts";
import type { DealPipelineOption } from "@/server/services/pipelines/list-deal-pipelines";

type Mode = "new" | "existing";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

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
 * (prefilled from the lead's contact person) or link one of the chosen company's contacts; and,
 * optionally, create a deal (title and value prefilled from the lead) in an open stage of a deal
 * pipeline. Validates with the schema the server uses and shows the server's field errors inline.
 * Goes on to the new deal, else to the company.
 */
export function ConvertLeadForm({
  lead,
  matches,
  defaults,
  pipelines,
}: {
  lead: { id: string; name: string };
  matches: CompanyOption[];
  defaults: ConvertLeadInput;
  pipelines: DealPipelineOption[];
}) {
  const [companyMode, setCompanyMode] = useState<Mode>("new");
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [contactMode, setContactMode] = useState<Mode>("new");
  const [contacts, setContacts] = useState<CompanyContactOption[]>([]);
  const [loadingContacts, startLoading] = useTransition();
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

  const [dealPipelineId, setDealPipelineId] = useState(() => pipelines.find((p) => p.stages.some((s) => s.id === defaults.dealStageId))?.id ?? pipelines[0]?.id);
  const dealStages = pipelines.find((p) => p.id === dealPipelineId)?.stages.filter((s) => s.kind === "OPEN") ?? [];

  const {
    register,
    clearErrors,
    watch,
    setValue,
    formState: { errors, isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: convertLeadSchema,
    defaultValues: defaults,
    action: async (data, { setError }) => {
      if (companyMode === "existing" && !company) {
        setError("companyId", { message: "Choose a company" });
        return null;
      }
      const existingContact = effectiveContactMode === "existing";
      if (existingContact && !data.contactId) {
        setError("contactId", { message: "Choose a contact" });
        return null;
      }
      return convertLeadAction({
        leadId: lead.id,
        companyId: companyMode === "existing" ? company!.id : null,
        companyName: companyMode === "new" ? data.companyName : null,
        contactId: existingContact ? data.contactId : null,
        contactFirstName: existingContact ? null : data.contactFirstName,
        contactLastName: existingContact ? null : data.contactLastName,
        contactEmail: existingContact ? null : data.contactEmail,
        createDeal: data.createDeal,
        dealTitle: data.dealTitle,
        dealValue: data.dealValue,
        dealCurrency: data.dealCurrency,
        dealStageId: data.dealStageId,
      });
    },
    redirectTo: (result) => (result.dealId ? `/deals/${result.dealId}` : `/companies/${result.companyId}`),
  });
  const createDeal = watch("createDeal");

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
          <div className="max-w-md"><InputField label="Company name" placeholder={lead.name} error={errorOf("companyName")} {...register("companyName")} /></div>
        ) : (
          <div className="max-w-md space-y-2">
            <Field label="Company" htmlFor="companyId" error={errorOf("companyId")}>
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
            <SelectField
              label="Contact"
              options={[
                { value: "", label: "Choose a contact…" },
                ...companyContacts.map((c) => ({ value: c.id, label: `${personName(c)}${c.isPrimary ? " (primary)" : ""}${c.email ? ` — ${c.email}` : ""}` })),
              ]}
              error={errorOf("contactId")}
              {...register("contactId", { setValueAs: (v: unknown) => v || null })}
            />
          </div>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            <InputField label="First name" autoComplete="off" error={errorOf("contactFirstName")} {...register("contactFirstName")} />
            <InputField label="Last name" autoComplete="off" error={errorOf("contactLastName")} {...register("contactLastName")} />
            <InputField label="Email" type="email" autoComplete="off" error={errorOf("contactEmail")} {...register("contactEmail")} />
          </div>
        )}
        <p className="text-xs text-slate-500">
          A new contact also gets the lead&apos;s phone number, and becomes the company&apos;s primary contact when it has none. Without a first name
          (here or on the lead) no contact is created.
        </p>
      </Card>

      <Card className="space-y-4 p-4">
        <h2 className="text-sm font-semibold text-slate-800">Deal</h2>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <Checkbox {...register("createDeal")} /> Create a deal
        </label>
        {createDeal ? (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <InputField label="Deal title" placeholder={lead.name} autoComplete="off" error={errorOf("dealTitle")} {...register("dealTitle")} />
            <InputField label="Deal value" type="number" inputMode="decimal" step="0.01" min={0} error={errorOf("dealValue")} {...register("dealValue", { setValueAs: numberOrNull })} />
            <InputField label="Deal currency" maxLength={3} className="uppercase" error={errorOf("dealCurrency")} {...register("dealCurrency")} />
            <Field label="Deal pipeline" htmlFor="dealPipeline">
              <Select
                id="dealPipeline"
                value={dealPipelineId ?? ""}
                onChange={(e) => {
                  setDealPipelineId(e.target.value);
                  setValue("dealStageId", pipelines.find((p) => p.id === e.target.value)?.stages.find((s) => s.kind === "OPEN")?.id ?? null);
                }}
              >
                {pipelines.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <SelectField label="Deal stage" options={dealStages.map((s) => ({ value: s.id, label: `${s.name} (${s.probability}%)` }))} error={errorOf("dealStageId")} {...register("dealStageId")} />
          </div>
        ) : null}
        <p className="text-xs text-slate-500">The deal is linked to the company, the contact and this lead, and belongs to the lead&apos;s owner.</p>
      </Card>

      <FormButtons submitLabel="Convert lead" pending={isSubmitting} pendingLabel="Converting…" cancelHref={`/leads/${lead.id}`} />
    </form>
  );
}
