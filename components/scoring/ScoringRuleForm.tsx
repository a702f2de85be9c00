"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, InlineError } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { WEBSITE_ISSUES, enumLabel } from "@/lib/enums";
import { ENGAGEMENT_SUBJECTS, FIT_SUBJECTS, operatorsFor } from "@/lib/scoring/rule-keys";
import type { ScoringRuleInput } from "@/lib/validation/scoring";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import type { ActionResult } from "@/server/action";

/** A rule as the settings page lists it. */
export type RuleItem = {
  id: string;
  kind: "FIT" | "ENGAGEMENT";
  name: string;
  subject: string;
  operator: string;
  value: number | string[] | null;
  points: number;
  windowDays: number | null;
  enabled: boolean;
};

const firstOperator = (kind: "FIT" | "ENGAGEMENT", subject: string) => Object.keys(operatorsFor(kind, subject))[0] ?? "";

/**
 * Adds or edits one scoring rule: kind, name, subject, operator (those of the subject), the operand
 * the operator takes (a number, or a comma-separated list; website issues as checkboxes), points
 * (negative lowers the score) and, for engagement, the window in days. The server validates again.
 */
export function ScoringRuleForm({ rule, onSave, onCancel }: { rule: RuleItem | null; onSave: (input: ScoringRuleInput) => Promise<ActionResult<unknown>>; onCancel: () => void }) {
  const [kind, setKind] = useState<"FIT" | "ENGAGEMENT">(rule?.kind ?? "FIT");
  const [subject, setSubject] = useState(rule?.subject ?? "rating");
  const [operator, setOperator] = useState(rule?.operator ?? "gte");
  const [name, setName] = useState(rule?.name ?? "");
  const [points, setPoints] = useState(String(rule?.points ?? 10));
  const [windowDays, setWindowDays] = useState(String(rule?.windowDays ?? 30));
  const [numberValue, setNumberValue] = useState(typeof rule?.value === "number" ? String(rule.value) : "");
  const [listValue, setListValue] = useState(Array.isArray(rule?.value) ? rule.value.join(", ") : "");
  const [issues, setIssues] = useState<string[]>(Array.isArray(rule?.value) && rule.subject === "websiteIssues" ? rule.value : []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const subjects = kind === "FIT" ? FIT_SUBJECTS : ENGAGEMENT_SUBJECTS;
  const operators = operatorsFor(kind, subject);
  const operand = operators[operator]?.operand ?? "none";
  const id = rule?.id ?? "new";
  const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

  const submit = () =>
    startTransition(async () => {
      const value = operand === "number" ? toNumber(numberValue) : operand === "list" ? (subject === "websiteIssues" ? issues : listValue.split(",").map((v) => v.trim()).filter(Boolean)) : null;
      const result = await onSave({
        kind,
        name,
        subject,
        operator,
        value,
        points: toNumber(points),
        windowDays: kind === "ENGAGEMENT" ? toNumber(windowDays) : null,
        enabled: rule?.enabled ?? true,
      });
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setError(result.ok ? null : result.error);
    });
  const err = (field: string) => errors[field]?.[0];

  return (
    <form
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={rule ? `Edit rule ${rule.name}` : "New rule"}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label="Kind" htmlFor={`${id}-kind`} error={err("kind")}>
        <Select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            const next = e.target.value as "FIT" | "ENGAGEMENT";
            const nextSubject = next === "FIT" ? "rating" : "EMAIL_OPENED";
            setKind(next);
            setSubject(nextSubject);
            setOperator(firstOperator(next, nextSubject));
          }}
        >
          <option value="FIT">Fit (lead fields)</option>
          <option value="ENGAGEMENT">Engagement (events, decays)</option>
        </Select>
      </Field>
      <Field label="Name" htmlFor={`${id}-name`} error={err("name")}>
        <Input id={`${id}-name`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Looks at" htmlFor={`${id}-subject`} error={err("subject")}>
        <Select
          id={`${id}-subject`}
          value={subject}
          onChange={(e) => {
            setSubject(e.target.value);
            setOperator(firstOperator(kind, e.target.value));
          }}
        >
          {Object.entries(subjects).map(([key, info]) => (
            <option key={key} value={key}>
              {info.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Condition" htmlFor={`${id}-operator`} error={err("operator")}>
        <Select id={`${id}-operator`} value={operator} onChange={(e) => setOperator(e.target.value)}>
          {Object.entries(operators).map(([key, info]) => (
            <option key={key} value={key}>
              {info.label}
            </option>
          ))}
        </Select>
      </Field>
      {operand === "number" ? (
        <Field label={kind === "ENGAGEMENT" ? "Count at most (events)" : "Value"} htmlFor={`${id}-value`} error={err("value")}>
          <Input id={`${id}-value`} type="number" step="any" value={numberValue} onChange={(e) => setNumberValue(e.target.value)} />
        </Field>
      ) : operand === "list" && subject === "websiteIssues" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">Issues</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {WEBSITE_ISSUES.map((issue) => (
              <label key={issue} className="flex items-center gap-1 text-sm">
                <input type="checkbox" checked={issues.includes(issue)} onChange={(e) => setIssues(e.target.checked ? [...issues, issue] : issues.filter((i) => i !== issue))} />
                {enumLabel(issue)}
              </label>
            ))}
          </div>
          {err("value") ? <p className="text-xs text-red-600">{err("value")}</p> : null}
        </fieldset>
      ) : operand === "list" ? (
        <Field label="Values (comma-separated)" htmlFor={`${id}-value`} error={err("value")} hint="Compared without case, e.g. restaurant, cafe">
          <Input id={`${id}-value`} value={listValue} onChange={(e) => setListValue(e.target.value)} />
        </Field>
      ) : null}
      <Field label="Points" htmlFor={`${id}-points`} error={err("points")} hint="−100 to 100; negative lowers the score">
        <Input id={`${id}-points`} type="number" step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
      </Field>
      {kind === "ENGAGEMENT" ? (
        <Field label={subject === "NO_TOUCH" ? "No touch for (days)" : "Within the last (days)"} htmlFor={`${id}-window`} error={err("windowDays")}>
          <Input id={`${id}-window`} type="number" step={1} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
        </Field>
      ) : null}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : rule ? "Save rule" : "Add rule"}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <InlineError message={error} />
      </div>
    </form>
  );
}
