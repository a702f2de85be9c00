import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** URL search parameters as Next passes them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * For pages: the value of `promise`, or Next's 404 page when it rejects with NotFoundError (an
 * unknown or deleted record, a malformed id). Other errors propagate.
 */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
}
