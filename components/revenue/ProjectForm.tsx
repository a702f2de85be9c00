"use client";

import { createProjectAction, updateProjectAction } from "@/app/(app)/companies/[id]/revenue-actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { enumLabel, type Role } from "@/lib/enums";
import { newProjectSchema, PROJECT_STATUSES, type NewProjectInput } from "@/lib/validation/project";
import type { UserSummary } from "@/server/services/users/manage-users";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
const nullIfBlank = (v: unknown) => v || null;

/**
 * Create or edit a project (one-off revenue) of a company. Validates in the browser with the
 * schema the server uses; the amount is in major units, the dates are days in the user's time
 * zone. A PAID project without a paid date is paid today.
 * @param types - the project types on offer (not archived; plus the project's own).
 */
export function ProjectForm({
  projectId,
  defaults,
  types,
  users,
  viewerRole,
}: {
  projectId?: string;
  defaults: NewProjectInput;
  types: Array<{ id: string; name: string }>;
  users: UserSummary[];
  viewerRole: Role;
}) {
  const companyHref = `/companies/${defaults.companyId}`;
  const {
    register,
    formState: { isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: newProjectSchema,
    defaultValues: defaults,
    action: (data) => (projectId ? updateProjectAction(data.companyId, projectId, data) : createProjectAction(data)),
    redirectTo: () => companyHref,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2">
          <InputField label="Name" error={errorOf("name")} {...register("name")} />
        </div>
        <SelectField label="Type" options={[{ value: "", label: "No type" }, ...types.map((t) => ({ value: t.id, label: t.name }))]} error={errorOf("typeId")} {...register("typeId", { setValueAs: nullIfBlank })} />
        <InputField label="Amount" type="number" inputMode="decimal" step="0.01" min={0} error={errorOf("amount")} {...register("amount", { setValueAs: numberOrNull })} />
        <InputField label="Currency" maxLength={3} className="uppercase" error={errorOf("currency")} {...register("currency")} />
        <SelectField label="Status" options={PROJECT_STATUSES.map((s) => ({ value: s, label: enumLabel(s) }))} error={errorOf("status")} {...register("status")} />
        <InputField label="Started" type="date" error={errorOf("startedDay")} {...register("startedDay")} />
        <InputField label="Completed" type="date" error={errorOf("completedDay")} {...register("completedDay")} />
        <InputField label="Paid" type="date" hint="Paid projects only; empty: today" error={errorOf("paidDay")} {...register("paidDay")} />
        <InputField label="Payment expected" type="date" hint="For the revenue forecast" error={errorOf("paymentDueDay")} {...register("paymentDueDay")} />
        {viewerRole !== "SALES" ? (
          <SelectField label="Owner" options={users.map((u) => ({ value: u.id, label: u.name }))} error={errorOf("ownerId")} {...register("ownerId")} />
        ) : null}
        <div className="sm:col-span-2 lg:col-span-3">
          <Field label="Notes" htmlFor="notes" error={errorOf("notes")}>
            <Textarea id="notes" rows={3} {...register("notes")} />
          </Field>
        </div>
      </Card>
      <FormButtons submitLabel={projectId ? "Save changes" : "Add project"} pending={isSubmitting} cancelHref={companyHref} />
    </form>
  );
}
