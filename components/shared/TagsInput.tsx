"use client";

import { useState } from "react";
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * Comma-separated tags typed as text, reported as a list of names. While `invalid`, it is marked
 * so and described by the error of its Field (`<id>-error`).
 */
export function TagsInput({
  id,
  value,
  onChange,
  invalid,
  placeholder = "e.g. priority, hosting",
}: {
  id: string;
  value: string[];
  onChange: (tags: string[]) => void;
  invalid?: boolean;
  placeholder?: string;
}) {
  const [text, setText] = useState(value.join(", "));
  return (
    <Input
      id={id}
      value={text}
      placeholder={placeholder}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${id}-error` : undefined}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value.split(",").map((t) => t.trim()).filter(Boolean));
      }}
    />
  );
}

/** A form's "Tags" field: a TagsInput bound to the list field `name` of a react-hook-form form. */
export function TagsField<T extends FieldValues>({
  control,
  name,
  error,
  placeholder,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  error?: string;
  placeholder?: string;
}) {
  return (
    <Field label="Tags" htmlFor={name} error={error} hint="Separate tags with commas">
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <TagsInput id={name} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} invalid={!!error} placeholder={placeholder} />
        )}
      />
    </Field>
  );
}
