import type { IncomingMessage } from "node:http";
import { BadRequestError, PayloadTooLargeError } from "./request-errors";

/** The chunks of a fetch body; cancels the stream when the reader stops early. */
async function* webChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel();
  }
}

/** Reads `chunks` to the end, refusing more than `maxBytes` from the declared length before reading and otherwise while reading. */
async function readBody(chunks: AsyncIterable<Uint8Array>, declaredLength: string | null | undefined, maxBytes: number): Promise<Uint8Array> {
  if (Number(declaredLength) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const read: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > maxBytes) break;
      read.push(chunk);
    }
  } catch {
    throw new BadRequestError("The request body could not be read");
  }
  if (size > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return Buffer.concat(read);
}

/**
 * Reads a fetch request's body, refusing one larger than `maxBytes` from its Content-Length before
 * reading and otherwise while reading (a body may come without a length, chunked).
 * @returns the bytes (empty without a body).
 * @throws PayloadTooLargeError (413); BadRequestError when the body cannot be read (aborted).
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  return request.body ? readBody(webChunks(request.body), request.headers.get("content-length"), maxBytes) : new Uint8Array(0);
}

/**
 * readRequestBody for a Node.js request (a Pages Router API route with `bodyParser: false`). A body
 * refused for its size is left unread, not destroyed, so the 413 can still be answered on its
 * connection.
 * @throws PayloadTooLargeError (413); BadRequestError when the body cannot be read (aborted).
 */
export async function readNodeRequestBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return readBody(request.iterator({ destroyOnReturn: false }), request.headers["content-length"], maxBytes);
}
