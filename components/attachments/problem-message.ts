/**
 * The message to show for a failed attachments API call: the first field error of the problem
 * JSON body, else its detail, else a generic message for the status.
 */
export function problemMessage(status: number, body: unknown): string {
  if (status === 401) return "Your session has ended; sign in again";
  const problem = (typeof body === "object" && body !== null ? body : {}) as { detail?: unknown; errors?: Record<string, unknown> };
  const fieldError = Object.values(problem.errors ?? {}).flat().find((m): m is string => typeof m === "string");
  if (fieldError) return fieldError;
  if (typeof problem.detail === "string") return problem.detail;
  return status === 413 ? "The file is too large" : `Something went wrong (HTTP ${status}); try again`;
}
