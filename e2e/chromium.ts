import fs from "node:fs";

/** Chromium to drive: CHROMIUM_PATH, or Debian's /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return null;
}
