/** At most this many requests at once to one host (hostname:port). */
export const MAX_REQUESTS_PER_HOST = 2;

/** Politeness delay: a request slot to a host is reused only this long after its last request ended. */
export const POLITENESS_DELAY_MS = 100;

type HostState = { active: number; waiting: (() => void)[] };

const globalForHosts = globalThis as unknown as { leadwellFetchHosts?: Map<string, HostState> };

function hosts(): Map<string, HostState> {
  globalForHosts.leadwellFetchHosts ??= new Map();
  return globalForHosts.leadwellFetchHosts;
}

/**
 * Waits for one of the MAX_REQUESTS_PER_HOST slots of a host and returns its release function. The
 * slot becomes free POLITENESS_DELAY_MS after release is called, so one host sees at most two requests
 * in flight and a short pause between consecutive requests on each slot. State is per process
 * (on globalThis, shared by the bundles of one Next.js server), not across workers.
 * @param host - URL.host (hostname and port) the request goes to.
 */
export async function acquireHostSlot(host: string): Promise<() => void> {
  const state = hosts().get(host) ?? { active: 0, waiting: [] };
  hosts().set(host, state);
  if (state.active >= MAX_REQUESTS_PER_HOST) await new Promise<void>((resolve) => state.waiting.push(resolve));
  else state.active += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    setTimeout(() => handOver(host, state), POLITENESS_DELAY_MS).unref();
  };
}

/** Gives a freed slot to the next waiting request, or frees it (and forgets an idle host). */
function handOver(host: string, state: HostState): void {
  const next = state.waiting.shift();
  if (next) return next();
  state.active -= 1;
  if (state.active === 0) hosts().delete(host);
}
