import { randomBytes } from "node:crypto";

/** Storage keys: 128 random bits as 32 lower-case hex digits, never derived from a file name. */
export const STORAGE_KEY_PATTERN = /^[0-9a-f]{32}$/;

/** A new random storage key (see STORAGE_KEY_PATTERN). */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

/** Thrown by stores for a key that does not match STORAGE_KEY_PATTERN (a bug, not user input). */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}
