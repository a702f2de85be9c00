import path from "node:path";

/**
 * The directory uploaded files live under: UPLOAD_DIR, or data/uploads relative to the working
 * directory (the project root). Read on every call, so tests and e2e runs can point it elsewhere.
 */
export function uploadDir(): string {
  // turbopackIgnore: the path is only known at run time; without it the build would trace (and
  // ship) the whole project as if the server read any file in it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR?.trim() || path.join("data", "uploads"));
}
