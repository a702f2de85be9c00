"use client";

import type { FieldPath, UseFormRegister } from "react-hook-form";
import { Input, Select } from "@/components/ui/input";
import { STAGE_KINDS, enumLabel } from "@/lib/enums";
import type { StageInput } from "@/lib/validation/pipeline";

const numberOrNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/**
 * The inputs of one stage in the pipeline editor (colour, name, default probability, kind,
 * rotting days), laid out as cells of the editor's grid. Each has an accessible name ending in
 * `of` (e.g. "Name of Proposal"), since the column headers are shown once for all rows.
 */
export function StageFields({
  register,
  errorOf,
  of,
}: {
  register: UseFormRegister<StageInput>;
  errorOf: (name: FieldPath<StageInput>) => string | undefined;
  of: string;
}) {
  const invalid = (name: FieldPath<StageInput>) => ({ "aria-invalid": !!errorOf(name) });
  return (
    <>
      <input type="color" aria-label={`Colour of ${of}`} className="h-9 w-10 cursor-pointer rounded border border-slate-300 bg-white p-0.5" {...register("color")} />
      <Input aria-label={`Name of ${of}`} {...invalid("name")} {...register("name")} />
      <Input aria-label={`Probability of ${of}`} type="number" inputMode="numeric" min={0} max={100} step={1} {...invalid("probability")} {...register("probability", { setValueAs: numberOrNull })} />
      <Select aria-label={`Kind of ${of}`} {...invalid("kind")} {...register("kind")}>
        {STAGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {enumLabel(k)}
          </option>
        ))}
      </Select>
      <Input aria-label={`Rotting days of ${of}`} type="number" inputMode="numeric" min={1} step={1} placeholder="never" {...invalid("rottingDays")} {...register("rottingDays", { setValueAs: numberOrNull })} />
    </>
  );
}

/** The messages of a stage form (its fields' and the form's), under its row. */
export function StageErrors({ errors }: { errors: Array<string | null | undefined> }) {
  const shown = [...new Set(errors.filter(Boolean))];
  if (!shown.length) return null;
  return (
    <p role="alert" className="col-span-full text-xs text-red-600">
      {shown.join(" · ")}
    </p>
  );
}

/** Grid columns of a stage row: order buttons, colour, name, probability, kind, rotting days, records, actions. */
export const STAGE_GRID = "grid grid-cols-[4.5rem_2.75rem_minmax(8rem,1fr)_5.5rem_6.5rem_6rem_5rem_minmax(9rem,auto)] items-center gap-2";
