import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A handler served by serveNodeHandler: its URL, and close() to stop it. */
export interface ServedHandler {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a Node.js request handler (a Pages Router API route, e.g. pages/api/webhooks/resend.ts)
 * from a real HTTP server on 127.0.0.1, at a free port. Its headers may be up to 1 MB, over
 * Node's 16 KB default, so that tests reach the handler itself with oversized headers.
 */
export async function serveNodeHandler(handler: (request: IncomingMessage, response: ServerResponse) => unknown): Promise<ServedHandler> {
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, (request, response) => void handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sends one request with node:http, every header as given — a Content-Length that does not match
 * the body included, which fetch refuses to send — on a connection of its own, and returns the
 * answer as a fetch Response. The connection is closed once the answer has arrived, so a body the
 * server left unread does not hold it open.
 */
export function sendRequest(url: string, { method = "POST", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        request.destroy();
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        resolve(new Response(chunks.length ? Buffer.concat(chunks) : null, { status: response.statusCode, headers: answerHeaders }));
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}
