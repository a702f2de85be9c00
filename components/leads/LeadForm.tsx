"use client";

import { Controller } from "react-hook-form";
import { createLeadAction, updateLeadAction } from "@/app/(app)/leads/actions";
import { TagsField } from "@/components/shared/TagsInput";
import { useActionForm } from "@/components/shared/use-action-form";
import { FormButtons } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, InputField, SelectField } from "@/components/ui/field";
import { Checkbox, Select, Textarea } from "@/components/ui/input";
import { WEBSITE_ISSUES, enumLabel, type Role } from "@/lib/enums";
import { leadInputSchema, type LeadInput } from "@/lib/validation/lead";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

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
  const {
    register,
    control,
    formState: { errors, isSubmitting },
    formError,
    onSubmit,
    errorOf,
  } = useActionForm({
    schema: leadInputSchema,
    defaultValues: defaults,
    action: (data) => (leadId ? updateLeadAction(leadId, data) : createLeadAction(data)),
    redirectTo: (lead) => `/leads/${lead.id}`,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage>{formError}</FormMessage>
      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Business</h2>
        <InputField label="Business name" error={errorOf("name")} {...register("name")} />
        <InputField label="Contact person" error={errorOf("contactName")} {...register("contactName")} />
        <InputField label="Email" type="email" error={errorOf("email")} {...register("email")} />
        <InputField label="Phone" type="tel" error={errorOf("phone")} {...register("phone")} />
        <InputField label="Niche" error={errorOf("niche")} {...register("niche")} />
        <InputField label="Source" error={errorOf("source")} {...register("source")} />
        <InputField label="Address" error={errorOf("address")} {...register("address")} />
        <InputField label="City" error={errorOf("city")} {...register("city")} />
        <InputField label="Country" error={errorOf("country")} {...register("country")} />
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Website</h2>
        <InputField label="Website" placeholder="example.com" error={errorOf("website")} {...register("website")} />
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
        <InputField label="Rating (0–5)" type="number" inputMode="decimal" step="0.1" min={0} max={5} error={errorOf("rating")} {...register("rating", { setValueAs: numberOrNull })} />
        <InputField label="Reviews" type="number" inputMode="decimal" step="1" min={0} error={errorOf("reviewCount")} {...register("reviewCount", { setValueAs: numberOrNull })} />
        <InputField label="Maps link" error={errorOf("mapsUrl")} {...register("mapsUrl")} />
      </Card>

      <Card className="grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 className="text-sm font-semibold text-slate-800 sm:col-span-2 lg:col-span-3">Pipeline</h2>
        <SelectField label="Status" options={stages.map((s) => ({ value: s.id, label: s.name }))} error={errorOf("stageId")} {...register("stageId")} />
        <div className="space-y-1" data-testid="computed-score">
          <div className="text-sm font-medium text-slate-700">Score</div>
          <p className="text-sm text-slate-600">
            {leadId ? `${defaults.score ?? 0} · ${enumLabel(defaults.temperature ?? "COLD")}. ` : ""}Computed from the scoring rules when you save; set a manual score on the lead page.
          </p>
        </div>
        <InputField label="Next action date" type="date" error={errorOf("nextActionDay")} {...register("nextActionDay")} />
        <InputField label="Estimated value" type="number" inputMode="decimal" step="0.01" min={0} error={errorOf("estimatedValue")} {...register("estimatedValue", { setValueAs: numberOrNull })} />
        <InputField label="Currency" maxLength={3} className="uppercase" error={errorOf("currency")} {...register("currency")} />
        {viewerRole !== "SALES" ? (
          <SelectField label="Owner" options={users.map((u) => ({ value: u.id, label: u.name }))} error={errorOf("ownerId")} {...register("ownerId")} />
        ) : null}
        <TagsField control={control} name="tags" error={errorOf("tags")} placeholder="e.g. seafood, priority" />
        <Field label="Notes" htmlFor="notes" error={errorOf("notes")} className="sm:col-span-2 lg:col-span-3">
          <Textarea id="notes" rows={4} {...register("notes")} />
        </Field>
      </Card>

      <FormButtons submitLabel={leadId ? "Save changes" : "Create lead"} pending={isSubmitting} cancelHref={leadId ? `/leads/${leadId}` : "/leads"} />
    </form>
  );
}
