"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createLeadAction, updateLeadAction } from "@/app/(app)/leads/actions";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage } from "@/components/ui/field";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";
import { TEMPERATURES, WEBSITE_ISSUES, enumLabel, type Role } from "@/lib/enums";
import { leadInputSchema, type LeadData, type LeadInput } from "@/lib/validation/lead";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

function TagsInput({ value, onChange, id }: { value: string[]; onChange: (tags: string[]) => void; id: string }) {
  const [text, setText] = useState(value.join(", "));
  return (
    <Input
      id={id}
      value={text}
      placeholder="e.g. seafood, priority"
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.split(",").map((t) => t.trim()).filter(Boolean));
      }}
    />
  );
}

/**
 * Create or edit a lead. Validates in the browser with the same zod schema the server uses;
 * errors the server finds are shown on their fields too.
 */
export function LeadForm({
  leadId,
  defaults,
  stages,
  users,
  viewerRole,
}: {
  leadId?: string;
  defaults: LeadInput;
  stages: StageSummary[];
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
  } = useForm<LeadInput, unknown, LeadData>({ resolver: zodResolver(leadInputSchema), defaultValues: defaults });

  const onSubmit = handleSubmit(async (data) => {
    setFormError(null);
    const result = leadId ? await updateLeadAction(leadId, data) : await createLeadAction(data);
    if (result.ok) {
      router.push(`/leads/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(path.split(".")[0] as FieldPath<LeadInput>, { message: messages[0] });
    }
  });

  const err = (name: keyof LeadInput) => errors[name]?.message as string | undefined;
  const text = (name: keyof LeadInput, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <Input id={name} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `${name}-error` : undefined} {...props} {...register(name)} />
    </Field>
  );
  const number = (name: keyof LeadInput, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field label={label} htmlFor={name} error={err(name)}>
      <Input id={name} type="number" inputMode="decimal" aria-invalid={!!errors[name]} {...props} {...register(name, { setValueAs: numberOrNull })} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Business</h2>
        {text("name", "Business name")}
        {text("contactName", "Contact person")}
        {text("email", "Email", { type: "email" })}
        {text("phone", "Phone", { type: "tel" })}
        {text("niche", "Niche")}
        {text("source", "Source")}
        {text("address", "Address")}
        {text("city", "City")}
        {text("country", "Country")}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Website</h2>
        {text("website", "Website", { placeholder: "example.com" })}
        <Field label="Has website" htmlFor="hasWebsite" hint="Left empty, it follows the website field">
          <Controller
            control={control}
            name="hasWebsite"
            render={({ field }) => (
              <Select
                id="hasWebsite"
                value={field.value === undefined ? "" : field.value ? "yes" : "no"}
                onChange={(e) => field.onChange(e.target.value === "" ? undefined : e.target.value === "yes")}
              >
                <option value="">From website field</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </Select>
            )}
          />
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium text-slate-700">
          <Checkbox {...register("demoSiteBuilt")} /> Demo site built
        </label>
        <fieldset className="sm:col-span-2 lg:col-span-3">
          <legend className="mb-1 text-sm font-medium text-slate-700">Website issues</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {WEBSITE_ISSUES.map((issue) => (
              <label key={issue} className="flex items-center gap-2 text-sm">
                <Checkbox value={issue} {...register("websiteIssues")} /> {enumLabel(issue)}
              </label>
            ))}
          </div>
          {errors.websiteIssues ? <p className="text-xs text-red-600">{errors.websiteIssues.message ?? "Unknown website issue"}</p> : null}
        </fieldset>
        {number("rating", "Rating (0–5)", { step: "0.1", min: 0, max: 5 })}
        {number("reviewCount", "Reviews", { step: "1", min: 0 })}
        {text("mapsUrl", "Maps link")}
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Pipeline</h2>
        <Field label="Status" htmlFor="stageId" error={err("stageId")}>
          <Select id="stageId" {...register("stageId")}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Temperature" htmlFor="temperature" error={err("temperature")}>
          <Select id="temperature" {...register("temperature")}>
            {TEMPERATURES.map((t) => (
              <option key={t} value={t}>
                {enumLabel(t)}
              </option>
            ))}
          </Select>
        </Field>
        {number("score", "Score (0–100)", { step: "1", min: 0, max: 100 })}
        {text("nextActionDay", "Next action date", { type: "date" })}
        {number("estimatedValue", "Estimated value", { step: "0.01", min: 0 })}
        {text("currency", "Currency", { maxLength: 3, className: "uppercase" })}
        {viewerRole !== "SALES" ? (
          <Field label="Owner" htmlFor="ownerId" error={err("ownerId")}>
            <Select id="ownerId" {...register("ownerId")}>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label="Tags" htmlFor="tags" error={err("tags")} hint="Separate tags with commas">
          <Controller control={control} name="tags" render={({ field }) => <TagsInput id="tags" value={field.value ?? []} onChange={field.onChange} />} />
        </Field>
        <Field label="Notes" htmlFor="notes" error={err("notes")} className="sm:col-span-2 lg:col-span-3">
          <Textarea id="notes" rows={4} {...register("notes")} />
        </Field>
      </Card>

      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : leadId ? "Save changes" : "Create lead"}
        </Button>
        <LinkButton href={leadId ? `/leads/${leadId}` : "/leads"}>Cancel</LinkButton>
      </div>
    </form>
  );
}
