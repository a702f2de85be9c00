import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * The real results file of a gosom scrape (118 restaurants in Cyprus), read from the shared data
 * folder beside the project at run time — never copied into the repository.
 */
export const CYPRUS_RESULTS_CSV = path.resolve(process.cwd(), "..", "shared", "data", "google_maps_gosom_scraper", "results_cyprus_restaurants.csv");

/** How the fake's jobs behave (changeable between tests with `behave`). */
export type GosomBehaviour = {
  /** Status polls a job answers "pending", then "working", before "ok" (default 1 each). */
  pendingPolls: number;
  workingPolls: number;
  /** The job ends "failed" instead of "ok". */
  fail: boolean;
  /** The job stays "working" forever. */
  neverFinish: boolean;
  /** The download: the Cyprus file (default), or this text instead (e.g. a malformed CSV). */
  csv: string | null;
};

/** One job the fake was asked to create: its id and the JSON body as received. */
export type GosomJobRequest = { id: string; body: Record<string, unknown> };

const DEFAULTS: GosomBehaviour = { pendingPolls: 1, workingPolls: 1, fail: false, neverFinish: false, csv: null };

/**
 * A fake of gosom google-maps-scraper's web API (github.com/gosom/google-maps-scraper, web/web.go)
 * as a real HTTP server on 127.0.0.1, for integration tests and e2e:
 * - `POST /api/v1/jobs` (JSON with name and keywords) → 201 `{ id }`; 422 `{ code, message }` without keywords;
 * - `GET /api/v1/jobs/{id}` → the job `{ ID, Name, Date, Status, Data }`; Status goes pending →
 *   working → ok (or failed, or stays working) as the behaviour says, one step per poll;
 * - `GET /api/v1/jobs/{id}/download` → the results CSV (text/csv), 404 before the job is ok.
 * Knobs: `behave` (failure, never finishing, malformed CSV, poll counts), `jobs` (what was asked).
 */
export async function startFakeGosom({ port = 0 }: { port?: number } = {}) {
  let behaviour: GosomBehaviour = { ...DEFAULTS };
  const jobs: GosomJobRequest[] = [];
  const polls = new Map<string, number>();

  const statusOf = (id: string): string => {
    const seen = polls.get(id) ?? 0;
    if (seen < behaviour.pendingPolls) return "pending";
    if (behaviour.neverFinish || seen < behaviour.pendingPolls + behaviour.workingPolls) return "working";
    return behaviour.fail ? "failed" : "ok";
  };
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    const match = /^\/api\/v1\/jobs(?:\/([^/]+)(\/download)?)?$/.exec(url.pathname);
    if (!match) return json(response, 404, { code: 404, message: "Not Found" });
    const [, id, download] = match;
    if (!id && request.method === "POST") {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(await readBody(request));
      } catch (error) {
        return json(response, 422, { code: 422, message: String(error) });
      }
      if (!Array.isArray(body.keywords) || body.keywords.length === 0) return json(response, 422, { code: 422, message: "missing keywords" });
      const job = { id: randomUUID(), body };
      jobs.push(job);
      return json(response, 201, { id: job.id });
    }
    const job = jobs.find((candidate) => candidate.id === id);
    if (!id || request.method !== "GET") return json(response, 405, { code: 405, message: "Method Not Allowed" });
    if (!job) return json(response, 404, { code: 404, message: "Not Found" });
    if (download) {
      if (statusOf(id) !== "ok") return json(response, 404, { code: 404, message: "results not ready" });
      response.writeHead(200, { "content-type": "text/csv", "content-disposition": `attachment; filename=${id}.csv` });
      return response.end(behaviour.csv ?? (await fs.promises.readFile(CYPRUS_RESULTS_CSV)));
    }
    const status = statusOf(id);
    polls.set(id, (polls.get(id) ?? 0) + 1);
    return json(response, 200, { ID: id, Name: job.body.name, Date: new Date().toISOString(), Status: status, Data: job.body });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    jobs,
    /** Changes how jobs behave from now on (unset fields: the defaults). */
    behave(next: Partial<GosomBehaviour>) {
      behaviour = { ...DEFAULTS, ...next };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeGosom = Awaited<ReturnType<typeof startFakeGosom>>;
