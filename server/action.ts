import "server-only";
import type { FieldErrors } from "@/lib/validation/zod-errors";
import { requireUser, type CurrentUser } from "@/server/auth/session";
import { ServiceError, ValidationError } from "@/server/errors";

/** What every server action returns: data, or a message with field-level errors for the form. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

/**
 * Runs a server action body for the signed-in user (redirecting to /sign-in without a session)
 * and maps service errors to a result the form can show. Errors that are not ServiceErrors
 * are bugs and propagate.
 */
export async function runAction<T>(body: (user: CurrentUser) => Promise<T>): Promise<ActionResult<T>> {
  const user = await requireUser();
  try {
    return { ok: true, data: await body(user) };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof ServiceError) return { ok: false, error: error.message };
    throw error;
  }
}
