import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { ValidationError } from "@/server/errors";

/**
 * Parses service input with its zod schema.
 * @throws ValidationError with field-level messages when the input does not match.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError("Some fields need attention", fieldErrorsOf(result.error));
  return result.data;
}
