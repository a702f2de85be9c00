"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { createDealAction, dealCompanyContactsAction, updateDealAction } from "@/app/(app)/deals/actions";
import { CompanyPicker, type PickedCompany } from "@/components/companies/CompanyPicker";
import { TagsField } from "@/components/shared/TagsInput";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import type { Role } from "@/lib/enums";
import { personName } from "@/lib/validation/contact";
import { newDealSchema, type NewDealInput } from "@/lib/validation/deal";
import type { CompanyContactOption } from "@/server/services/contacts/list-company-contacts";
import type { DealPipelineOption } from "@/server/services/pipelines/list-deal-pipelines";
import type { UserSummary } from "@/server/services/users/manage-users";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
const nullIfBlank = (v: unknown) => v || null;

/**
 * Create or edit a deal. Validates in the browser with the same zod schema the server uses;
 * errors the server finds are shown on their fields too. A new deal chooses its pipeline and open
 * stage here; an existing deal changes stage from its page (and on the board), so editing shows
 * neither. The contact is one of the chosen company's contacts.
 * @param stageProbability - when editing: the default probability of the deal's stage.
 * @param contacts - the contacts offered at first (the company's, plus the deal's own contact).
 * @param lead - the lead the deal comes from, shown (not editable).
 */
export function DealForm({
  dealId,
  defaults,
  pipelines,
  stageProbability,
  company: initialCompany,
  contacts: initialContacts,
  lead,
  users,
  viewerRole,
}: {
  dealId?: string;
  defaults: NewDealInput;
  pipelines: DealPipelineOption[];
  stageProbability?: number;
  company: PickedCompany | null;
  contacts: CompanyContactOption[];
  lead: { id: string; name: string } | null;
  users: UserSummary[];
  viewerRole: Role;
}) {
  const [company, setCompany] = useState<PickedCompany | null>(initialCompany);
  const [contacts, setContacts] = useState<CompanyContactOption[]>(initialContacts);
  const [loadingContacts, startLoading] = useTransition();
  const {
    register,
    control,
    watch,
    setValue,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: newDealSchema,
    defaultValues: defaults,
    action: (data) => (dealId ? updateDealAction(dealId, data) : createDealAction(data)),
    redirectTo: (deal) => `/deals/${deal.id}`,
  });

  const pipelineId = watch("pipelineId");
  const stageId = watch("stageId");
  const pipeline = pipelines.find((p) => p.id === pipelineId) ?? pipelines[0];
  const openStages = pipeline?.stages.filter((s) => s.kind === "OPEN") ?? [];
  const defaultProbability = dealId ? stageProbability : (openStages.find((s) => s.id === stageId) ?? openStages[0])?.probability;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Deal</h2>
        <div className="sm:col-span-2">
          <InputField label="Title" error={errorOf("title")} {...register("title")} />
        </div>
        <InputField label="Expected close date" type="date" error={errorOf("expectedCloseDay")} {...register("expectedCloseDay")} />
        <InputField label="Value" type="number" inputMode="decimal" step="0.01" min={0} error={errorOf("value")} {...register("value", { setValueAs: numberOrNull })} />
        <InputField label="Currency" maxLength={3} className="uppercase" error={errorOf("currency")} {...register("currency")} />
        <InputField
          label="Probability (%)"
          type="number"
          inputMode="numeric"
          step="1"
          min={0}
          max={100}
          placeholder={defaultProbability !== undefined ? String(defaultProbability) : undefined}
          hint={`Leave empty to use the stage's default${defaultProbability !== undefined ? ` (${defaultProbability}%)` : ""}`}
          error={errorOf("probability")}
          {...register("probability", { setValueAs: numberOrNull })}
        />
        {!dealId ? (
          <>
            <SelectField
              label="Pipeline"
              options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
              error={errorOf("pipelineId")}
              {...register("pipelineId", {
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                  const next = pipelines.find((p) => p.id === e.target.value);
                  setValue("stageId", next?.stages.find((s) => s.kind === "OPEN")?.id ?? null);
                },
              })}
            />
            <SelectField label="Stage" options={openStages.map((s) => ({ value: s.id, label: `${s.name} (${s.probability}%)` }))} error={errorOf("stageId")} {...register("stageId")} />
          </>
        ) : null}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Customer</h2>
        <Field label="Company" htmlFor="companyId" error={errorOf("companyId")}>
          <CompanyPicker
            id="companyId"
            value={company}
            invalid={!!errorOf("companyId")}
            onChange={(picked) => {
              setCompany(picked);
              setContacts([]);
              setValue("companyId", picked?.id ?? null);
              setValue("contactId", null);
              if (picked) {
                startLoading(async () => {
                  const result = await dealCompanyContactsAction(picked.id);
                  setContacts(result.ok ? result.data : []);
                });
              }
            }}
          />
        </Field>
        <SelectField
          label="Contact"
          disabled={!company && contacts.length === 0}
          hint={company ? (loadingContacts ? "Loading the company's contacts…" : undefined) : "Choose a company to pick one of its contacts"}
          options={[{ value: "", label: contacts.length ? "No contact" : "No contacts" }, ...contacts.map((c) => ({ value: c.id, label: `${personName(c)}${c.isPrimary ? " (primary)" : ""}` }))]}
          error={errorOf("contactId")}
          {...register("contactId", { setValueAs: nullIfBlank })}
        />
        {lead ? (
          <Field label="Source lead" htmlFor="leadId">
            <Link id="leadId" href={`/leads/${lead.id}`} className="block py-2 text-sm text-brand-700 hover:underline">
              {lead.name}
            </Link>
          </Field>
        ) : null}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Ownership</h2>
        {viewerRole !== "SALES" ? (
          <SelectField label="Owner" options={users.map((u) => ({ value: u.id, label: u.name }))} error={errorOf("ownerId")} {...register("ownerId")} />
        ) : null}
        <TagsField control={control} name="tags" error={errorOf("tags")} placeholder="e.g. website, hosting" />
      </Card>

      <FormButtons submitLabel={dealId ? "Save changes" : "Create deal"} pending={isSubmitting} cancelHref={dealId ? `/deals/${dealId}` : lead ? `/leads/${lead.id}` : "/deals"} />
    </form>
  );
}
