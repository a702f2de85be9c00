"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { createContactAction, updateContactAction } from "@/app/(app)/contacts/actions";
import { CompanyPicker, type PickedCompany } from "@/components/companies/CompanyPicker";
import { TagsField } from "@/components/shared/TagsInput";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/input";
import { CONTACT_ROLES, enumLabel, type Role } from "@/lib/enums";
import { SUBSCRIPTION_STATUSES, contactInputSchema, type ContactInput } from "@/lib/validation/contact";
import type { UserSummary } from "@/server/services/users/manage-users";

/**
 * Create or edit a contact. Validates in the browser with the same zod schema the server uses;
 * errors the server finds are shown on their fields too. The company is chosen with a search
 * picker; "Primary contact" needs a company.
 */
export function ContactForm({
  contactId,
  defaults,
  defaultCompany,
  users,
  viewerRole,
}: {
  contactId?: string;
  defaults: ContactInput;
  defaultCompany: PickedCompany | null;
  users: UserSummary[];
  viewerRole: Role;
}) {
  const [company, setCompany] = useState<PickedCompany | null>(defaultCompany);
  const {
    register,
    control,
    setValue,
    formState: { errors, isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: contactInputSchema,
    defaultValues: defaults,
    action: (data) => (contactId ? updateContactAction(contactId, data) : createContactAction(data)),
    redirectTo: (contact) => `/contacts/${contact.id}`,
  });
  const companyId = useWatch({ control, name: "companyId" });
  const subscriptionOptions = SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Person</h2>
        <InputField label="First name" autoComplete="given-name" error={errorOf("firstName")} {...register("firstName")} />
        <InputField label="Last name" autoComplete="family-name" error={errorOf("lastName")} {...register("lastName")} />
        <InputField label="Email" type="email" autoComplete="email" error={errorOf("email")} {...register("email")} />
        <InputField label="Phone" type="tel" autoComplete="tel" error={errorOf("phone")} {...register("phone")} />
        <InputField label="Mobile" type="tel" error={errorOf("mobile")} {...register("mobile")} />
        <InputField label="Job title" autoComplete="organization-title" error={errorOf("title")} {...register("title")} />
        <InputField label="Department" error={errorOf("department")} {...register("department")} />
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Company</h2>
        <Field label="Company" htmlFor="companyId" error={errorOf("companyId")}>
          <CompanyPicker
            id="companyId"
            value={company}
            invalid={!!errors.companyId}
            onChange={(picked) => {
              setCompany(picked);
              setValue("companyId", picked?.id ?? null, { shouldDirty: true });
              if (!picked) setValue("isPrimary", false);
            }}
          />
        </Field>
        <SelectField
          label="Role"
          options={[{ value: "", label: "No role" }, ...CONTACT_ROLES.map((r) => ({ value: r, label: enumLabel(r) }))]}
          error={errorOf("role")}
          {...register("role", { setValueAs: (v: unknown) => v || null })}
        />
        <div className="space-y-1 self-end pb-2">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
            <Checkbox disabled={!companyId} {...register("isPrimary")} /> Primary contact of the company
          </label>
          <p className="text-xs text-slate-500">
            {companyId ? "A company has one primary contact; choosing this one replaces the current one." : "Choose a company first."}
          </p>
        </div>
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Subscriptions and ownership</h2>
        <SelectField label="Email subscription" options={subscriptionOptions} error={errorOf("emailStatus")} {...register("emailStatus")} />
        <SelectField label="SMS subscription" options={subscriptionOptions} error={errorOf("smsStatus")} {...register("smsStatus")} />
        {viewerRole !== "SALES" ? (
          <SelectField label="Owner" options={users.map((u) => ({ value: u.id, label: u.name }))} error={errorOf("ownerId")} {...register("ownerId")} />
        ) : null}
        <TagsField control={control} name="tags" error={errorOf("tags")} />
      </Card>

      <FormButtons submitLabel={contactId ? "Save changes" : "Create contact"} pending={isSubmitting} cancelHref={contactId ? `/contacts/${contactId}` : defaultCompany ? `/companies/${defaultCompany.id}` : "/contacts"} />
    </form>
  );
}
