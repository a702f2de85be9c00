import "server-only";
import { BadRequestError, PayloadTooLargeError } from "./request-errors";

/**
 * Reads a request's body, refusing one larger than `maxBytes` from its Content-Length before
 * reading and otherwise while reading (a body may come without a length, chunked).
 * @returns the bytes (empty without a body).
 * @throws PayloadTooLargeError (413); BadRequestError when the body cannot be read (aborted).
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new PayloadTooLargeError(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new BadRequestError("The request body could not be read");
  }
  return Buffer.concat(chunks);
}
