"use client";

import { createCompanyAction, updateCompanyAction } from "@/app/(app)/companies/actions";
import { TagsField } from "@/components/shared/TagsInput";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, InputField, SelectField } from "@/components/ui/field";
import { COMPANY_STATUSES, enumLabel, type Role } from "@/lib/enums";
import { companyInputSchema, type CompanyInput } from "@/lib/validation/company";
import type { UserSummary } from "@/server/services/users/manage-users";

/**
 * Create or edit a company. Validates in the browser with the same zod schema the server uses;
 * errors the server finds are shown on their fields too.
 */
export function CompanyForm({
  companyId,
  defaults,
  users,
  viewerRole,
}: {
  companyId?: string;
  defaults: CompanyInput;
  users: UserSummary[];
  viewerRole: Role;
}) {
  const {
    register,
    control,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: companyInputSchema,
    defaultValues: defaults,
    action: (data) => (companyId ? updateCompanyAction(companyId, data) : createCompanyAction(data)),
    redirectTo: (company) => `/companies/${company.id}`,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Company</h2>
        <InputField label="Company name" autoComplete="organization" error={errorOf("name")} {...register("name")} />
        <InputField label="Website" placeholder="example.com" inputMode="url" error={errorOf("website")} {...register("website")} />
        <InputField label="Domain" placeholder="example.com" hint="Left empty, taken from the website" error={errorOf("domain")} {...register("domain")} />
        <InputField label="Industry" error={errorOf("industry")} {...register("industry")} />
        <InputField label="Size" placeholder="e.g. 1–10" error={errorOf("size")} {...register("size")} />
        <SelectField
          label="Status"
          options={COMPANY_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }))}
          error={errorOf("status")}
          {...register("status")}
        />
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Contact details</h2>
        <InputField label="Phone" type="tel" autoComplete="tel" error={errorOf("phone")} {...register("phone")} />
        <InputField label="Address" autoComplete="street-address" error={errorOf("address")} {...register("address")} />
        <InputField label="City" error={errorOf("city")} {...register("city")} />
        <InputField label="Country" error={errorOf("country")} {...register("country")} />
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Ownership</h2>
        {viewerRole !== "SALES" ? (
          <SelectField label="Owner" options={users.map((u) => ({ value: u.id, label: u.name }))} error={errorOf("ownerId")} {...register("ownerId")} />
        ) : null}
        <TagsField control={control} name="tags" error={errorOf("tags")} />
      </Card>

      <FormButtons submitLabel={companyId ? "Save changes" : "Create company"} pending={isSubmitting} cancelHref={companyId ? `/companies/${companyId}` : "/companies"} />
    </form>
  );
}
