import { ValidationError } from "@/server/errors";

/**
 * Parses a multipart request body, reading at most `maxBodyBytes` of it, whether or not the
 * client sent a Content-Length (a body that says it is larger is refused before any is read).
 * @param tooLarge - the error to throw when the body is larger.
 * @throws `tooLarge()`; ValidationError on `file` for a body that is not a readable multipart form.
 */
export async function readLimitedForm(request: Request, maxBodyBytes: number, tooLarge: () => Error): Promise<FormData> {
  if (Number(request.headers.get("content-length")) > maxBodyBytes) throw tooLarge();
  let received = 0;
  let exceeded = false;
  const limited = request.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        exceeded = received > maxBodyBytes;
        if (exceeded) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(limited, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (exceeded) throw tooLarge();
    const message = "The upload could not be read; try again";
    throw new ValidationError(message, { file: [message] });
  }
}
