import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { recordIdSchema } from "@/lib/validation/common";
import { NotFoundError, ValidationError } from "@/server/errors";

/**
 * Parses service input with its zod schema.
 * @throws ValidationError with field-level messages when the input does not match.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError("Some fields need attention", fieldErrorsOf(result.error));
  return result.data;
}

/**
 * Checks the shape of a record id taken from a URL or a client before it reaches the database.
 * @throws NotFoundError(what) for anything that cannot be an id (so a bad link reads as "not found").
 */
export function assertRecordId(id: unknown, what: string): asserts id is string {
  if (!recordIdSchema.safeParse(id).success) throw new NotFoundError(what);
}
