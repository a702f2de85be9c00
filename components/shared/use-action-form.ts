"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { get, useForm, type DefaultValues, type FieldError, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/server/action";

/**
 * A record form (react-hook-form) validated in the browser by `schema` — the one the server uses —
 * that submits to a server action. A failed action's message becomes `formError`
 * and its field errors are shown on their fields (an item's, such as "tags.0", on its list); a
 * successful one navigates to `redirectTo(result)` and refreshes — or, for a form that stays on
 * its page (e.g. in a dialog), calls `onSuccess(result)` and refreshes the page.
 * @param action - sends the parsed form; it may instead mark fields itself (checks the schema
 *   cannot make) and return null, and nothing more happens.
 * @returns the form (useForm's result) with `formError`, `onSubmit` for the <form> and
 *   `errorOf(name)`: the message to show on a field (for a list, its own or its first item's).
 */
export function useActionForm<Input extends FieldValues, Data, Result>({
  schema,
  defaultValues,
  action,
  redirectTo,
  onSuccess,
}: {
  schema: z.ZodType<Data, Input>;
  defaultValues: DefaultValues<Input>;
  action: (data: Data, form: UseFormReturn<Input, unknown, Data>) => Promise<ActionResult<Result> | null>;
  redirectTo?: (result: Result) => string;
  onSuccess?: (result: Result) => void;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Data>({ resolver: zodResolver(schema), defaultValues });

  const onSubmit = form.handleSubmit(async (data) => {
    setFormError(null);
    const result = await action(data, form);
    if (!result) return;
    if (result.ok) {
      if (redirectTo) router.push(redirectTo(result.data));
      onSuccess?.(result.data);
      router.refresh();
      return;
    }
    setFormError(result.error);
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(path.split(".")[0] as FieldPath<Input>, { message: messages[0] });
    }
  });

  const errorOf = (name: FieldPath<Input>): string | undefined => {
    const error: FieldError | Array<FieldError | undefined> | undefined = get(form.formState.errors, name);
    return Array.isArray(error) ? error.find((e) => e?.message)?.message : error?.message;
  };

  return { ...form, formError, onSubmit, errorOf };
}
