"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createCompanyAction, updateCompanyAction } from "@/app/(app)/companies/actions";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { COMPANY_STATUSES, enumLabel, type Role } from "@/lib/enums";
import { companyInputSchema, type CompanyData, type CompanyInput } from "@/lib/validation/company";
import type { UserSummary } from "@/server/services/users/manage-users";
import { TagsInput } from "./TagsInput";

type TextField = "name" | "domain" | "website" | "industry" | "size" | "address" | "city" | "country" | "phone";

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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CompanyInput, unknown, CompanyData>({ resolver: zodResolver(companyInputSchema), defaultValues: defaults });

  const onSubmit = handleSubmit(async (data) => {
    setFormError(null);
    const result = companyId ? await updateCompanyAction(companyId, data) : await createCompanyAction(data);
    if (result.ok) {
      router.push(`/companies/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(path.split(".")[0] as FieldPath<CompanyInput>, { message: messages[0] });
    }
  });

  const err = (name: keyof CompanyInput) => errors[name]?.message as string | undefined;
  // A bad tag is reported on its item ("tags.0"), a bad list on the field itself.
  const tagsError = err("tags") ?? (errors.tags as Array<{ message?: string } | undefined> | undefined)?.find?.((e) => e?.message)?.message;
  const text = (name: TextField, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field label={label} htmlFor={name} error={err(name)} hint={hint}>
      <Input id={name} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `${name}-error` : undefined} {...props} {...register(name)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Company</h2>
        {text("name", "Company name", { autoComplete: "organization" })}
        {text("website", "Website", { placeholder: "example.com", inputMode: "url" })}
        {text("domain", "Domain", { placeholder: "example.com" }, "Left empty, taken from the website")}
        {text("industry", "Industry")}
        {text("size", "Size", { placeholder: "e.g. 1–10" })}
        <Field label="Status" htmlFor="status" error={err("status")}>
          <Select id="status" aria-invalid={!!errors.status} {...register("status")}>
            {COMPANY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {enumLabel(s)}
              </option>
            ))}
          </Select>
        </Field>
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Contact details</h2>
        {text("phone", "Phone", { type: "tel", autoComplete: "tel" })}
        {text("address", "Address", { autoComplete: "street-address" })}
        {text("city", "City")}
        {text("country", "Country")}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Ownership</h2>
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
          {isSubmitting ? "Saving…" : companyId ? "Save changes" : "Create company"}
        </Button>
        <LinkButton href={companyId ? `/companies/${companyId}` : "/companies"}>Cancel</LinkButton>
      </div>
    </form>
  );
}
