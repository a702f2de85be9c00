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
  return runPublicAction(() => body(user));
}

/**
 * Like runAction but without a session, for the few actions whose input is the credential
 * (first-run setup, which the service refuses once a user exists; accepting an invite token).
 */
export async function runPublicAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof ServiceError) return { ok: false, error: error.message };
    throw error;
  }
}
