import { cn } from "@/lib/cn";
import { Input, Select } from "./input";

/**
 * A labelled form control with its error message. `htmlFor` must match the control's id;
 * the error is linked to the control with aria-describedby by the caller (`errorId`).
 */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  className,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string;
  hint?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${htmlFor}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p className="text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}

/**
 * An Input in a Field: labelled, and marked invalid and described by its error while it has one.
 * Spread react-hook-form's `register(name)` into it; the id is the field's name unless given.
 */
export function InputField({
  label,
  error,
  hint,
  id,
  name,
  ...input
}: React.ComponentProps<"input"> & { label: string; name: string; error?: string; hint?: string }) {
  const controlId = id ?? name;
  return (
    <Field label={label} htmlFor={controlId} error={error} hint={hint}>
      <Input id={controlId} name={name} aria-invalid={!!error} aria-describedby={error ? `${controlId}-error` : undefined} {...input} />
    </Field>
  );
}

/**
 * A Select of `options` in a Field, like InputField. Spread react-hook-form's `register(name)`
 * into it; the id is the field's name unless given.
 */
export function SelectField({
  label,
  error,
  hint,
  id,
  name,
  options,
  ...select
}: React.ComponentProps<"select"> & { label: string; name: string; error?: string; hint?: string; options: ReadonlyArray<{ value: string; label: string }> }) {
  const controlId = id ?? name;
  return (
    <Field label={label} htmlFor={controlId} error={error} hint={hint}>
      <Select id={controlId} name={name} aria-invalid={!!error} aria-describedby={error ? `${controlId}-error` : undefined} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A form-level message (the error of a failed submit, or a success note). */
export function FormMessage({ tone = "error", children }: { tone?: "error" | "success"; children: React.ReactNode }) {
  if (!children) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "rounded-md px-3 py-2 text-sm",
        tone === "error" ? "bg-red-50 text-red-700" : "bg-green-50 text-green-700",
      )}
    >
      {children}
    </p>
  );
}

/** A one-line error under a control or a row of buttons (nothing when `message` is empty). */
export function InlineError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="text-sm text-red-600" role="alert">
      {message}
    </p>
  );
}
