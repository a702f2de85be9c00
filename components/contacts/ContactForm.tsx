"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createContactAction, updateContactAction } from "@/app/(app)/contacts/actions";
import { CompanyPicker, type PickedCompany } from "@/components/companies/CompanyPicker";
import { TagsInput } from "@/components/companies/TagsInput";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { Field, FormMessage } from "@/components/ui/field";
import { CONTACT_ROLES, enumLabel, type Role } from "@/lib/enums";
import { SUBSCRIPTION_STATUSES, contactInputSchema, type ContactData, type ContactInput } from "@/lib/validation/contact";
import type { UserSummary } from "@/server/services/users/manage-users";

type TextField = "firstName" | "lastName" | "email" | "phone" | "mobile" | "title" | "department";

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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [company, setCompany] = useState<PickedCompany | null>(defaultCompany);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ContactInput, unknown, ContactData>({ resolver: zodResolver(contactInputSchema), defaultValues: defaults });
  const companyId = useWatch({ control, name: "companyId" });

  const onSubmit = handleSubmit(async (data) => {
    setFormError(null);
    const result = contactId ? await updateContactAction(contactId, data) : await createContactAction(data);
    if (result.ok) {
      router.push(`/contacts/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(path.split(".")[0] as FieldPath<ContactInput>, { message: messages[0] });
    }
  });

  const err = (name: keyof ContactInput) => errors[name]?.message as string | undefined;
  const tagsError = err("tags") ?? (errors.tags as Array<{ message?: string } | undefined> | undefined)?.find?.((e) => e?.message)?.message;
  const text = (name: TextField, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <Input id={name} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `${name}-error` : undefined} {...props} {...register(name)} />
    </Field>
  );
  const subscription = (name: "emailStatus" | "smsStatus", label: string) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <Select id={name} aria-invalid={!!errors[name]} {...register(name)}>
        {SUBSCRIPTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {enumLabel(s)}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Person</h2>
        {text("firstName", "First name", { autoComplete: "given-name" })}
        {text("lastName", "Last name", { autoComplete: "family-name" })}
        {text("email", "Email", { type: "email", autoComplete: "email" })}
        {text("phone", "Phone", { type: "tel", autoComplete: "tel" })}
        {text("mobile", "Mobile", { type: "tel" })}
        {text("title", "Job title", { autoComplete: "organization-title" })}
        {text("department", "Department")}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Company</h2>
        <Field label="Company" htmlFor="companyId" error={err("companyId")}>
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
        <Field label="Role" htmlFor="role" error={err("role")}>
          <Select id="role" aria-invalid={!!errors.role} {...register("role", { setValueAs: (v: unknown) => v || null })}>
            <option value="">No role</option>
            {CONTACT_ROLES.map((r) => (
              <option key={r} value={r}>
                {enumLabel(r)}
              </option>
            ))}
          </Select>
        </Field>
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
        {subscription("emailStatus", "Email subscription")}
        {subscription("smsStatus", "SMS subscription")}
        {viewerRole !== "SALES" ? (
          <Field label="Owner" htmlFor="ownerId" error={err("ownerId")}>
            <Select id="ownerId" aria-invalid={!!errors.ownerId} {...register("ownerId")}>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label="Tags" htmlFor="tags" error={tagsError} hint="Separate tags with commas">
          <Controller
            control={control}
            name="tags"
            render={({ field }) => <TagsInput id="tags" value={field.value ?? []} onChange={field.onChange} invalid={!!tagsError} />}
          />
        </Field>
      </Card>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : contactId ? "Save changes" : "Create contact"}
        </Button>
        <LinkButton href={contactId ? `/contacts/${contactId}` : defaultCompany ? `/companies/${defaultCompany.id}` : "/contacts"}>Cancel</LinkButton>
      </div>
    </form>
  );
}
