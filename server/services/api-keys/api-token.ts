import { createHash, randomBytes } from "node:crypto";

/** Every API token starts with this, so leaked tokens are recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "lw_";

/** Random bytes in a token: 32 bytes = 256 bits, written as 43 base64url characters. */
const TOKEN_BYTES = 32;

/** Characters of the token after "lw_" that its stored `prefix` keeps, to tell keys apart in lists. */
const PREFIX_CHARACTERS = 8;

/** The shape of a token as issued: "lw_" and 43 base64url characters. */
export const API_TOKEN_PATTERN = /^lw_[A-Za-z0-9_-]{43}$/;

/** SHA-256 of a token, hex: the only form in which a token is stored (ApiKey.tokenHash). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A new random token ("lw_" + 32 bytes from node:crypto as base64url), its hash and its display
 * prefix ("lw_" + the next 8 characters).
 */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = API_TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + PREFIX_CHARACTERS) };
}
