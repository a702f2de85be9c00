/** Why guardedFetch refused or gave up on a request. */
export type FetchRefusedReason =
  | "protocol"
  | "private_address"
  | "too_large"
  | "timeout"
  | "too_many_redirects"
  | "dns"
  | "connection"
  | "invalid_url";

/**
 * Thrown by guardedFetch when a request is refused before it is sent (a non-http(s) URL, an address
 * that is not public) or given up while it runs (a cap reached, DNS or the connection failed). The
 * message names the URL and the rule, so it can be shown as a job's row error or an audit's evidence.
 */
export class FetchRefusedError extends Error {
  constructor(
    readonly reason: FetchRefusedReason,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = "FetchRefusedError";
  }
}
