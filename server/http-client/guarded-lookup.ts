import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { isAllowedAddress } from "./address-policy";
import { FetchRefusedError } from "./fetch-refused-error";

/** One address a host name resolves to. */
export type ResolvedAddress = { address: string; family: number };

/** Resolves a host name to its addresses (dns.lookup with all: true by default; tests inject their own). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts counts), every address. */
export const systemResolver: HostResolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for http.request that resolves the host, refuses it when ANY of its addresses is not
 * allowed (isAllowedAddress), and hands the checked addresses to the socket — so the connection goes to
 * an address that was checked and a DNS answer that changes between check and connect (DNS
 * rebinding) cannot slip through.
 * @param url - the URL being fetched (for the error message).
 * @param resolve - the resolver (systemResolver in production).
 * @param allowLoopback - whether loopback addresses pass (loopbackFetchAllowed).
 * Errors reach the request as FetchRefusedError: "private_address" or "dns".
 */
export function guardedLookup(url: string, resolve: HostResolver, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new FetchRefusedError("dns", `${hostname} has no address`, url);
        const refused = addresses.find((entry) => !isAllowedAddress(entry.address, allowLoopback));
        if (refused) {
          throw new FetchRefusedError("private_address", `${hostname} resolves to ${refused.address}, which is not a public address`, url);
        }
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
        if (wanted.length === 0) throw new FetchRefusedError("dns", `${hostname} has no IPv${options.family} address`, url);
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: unknown) => {
        const refusal =
          error instanceof FetchRefusedError ? error : new FetchRefusedError("dns", `${hostname} could not be resolved (${(error as Error).message})`, url);
        callback(refusal as NodeJS.ErrnoException, "", 0);
      });
  };
}
