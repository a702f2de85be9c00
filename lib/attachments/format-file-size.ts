const UNITS = ["KB", "MB", "GB"] as const;

/**
 * A size in bytes for people: "512 bytes", "1.5 KB", "10 MB" (binary units, 1 KB = 1024 bytes,
 * one decimal below 10 of a unit, none above).
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${UNITS[unit]}`;
}
