import { BadRequestError, UnsupportedMediaTypeError } from "./request-errors";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses a JSON request body that must be one object (the fields of a record).
 * @param contentType - the Content-Type header: application/json or another `+json` type;
 *   a charset other than UTF-8 is refused.
 * @throws UnsupportedMediaTypeError (415) for another media type; BadRequestError (400) for an
 *   empty body, bytes that are not UTF-8, malformed JSON, or JSON that is not an object.
 */
export function parseJsonObject(bytes: Uint8Array, contentType: string | null): Record<string, unknown> {
  const [type, ...parameters] = (contentType ?? "").toLowerCase().split(";").map((s) => s.trim());
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) throw new UnsupportedMediaTypeError("application/json");
  const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  if (charset && charset !== "utf-8" && charset !== "utf8") throw new UnsupportedMediaTypeError("application/json in UTF-8");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new BadRequestError("The body is not valid UTF-8");
  }
  if (!text.trim()) throw new BadRequestError("Send a JSON object in the body");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequestError("The body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BadRequestError("The body must be a JSON object");
  return value as Record<string, unknown>;
}
