import { random } from "@/lib/random";

/**
 * A 32-bit seed from text (FNV-1a), so a draw seeded by "user id + date" is the same on every
 * machine and every run.
 */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A PRNG (mulberry32, lib/random.ts) seeded from `text`, with a helper for whole numbers in [min, max]. */
export function seededDraw(text: string): { next: () => number; int: (min: number, max: number) => number; pick: <T>(items: readonly T[]) => T } {
  const next = random(seedFromText(text));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[Math.floor(next() * items.length)] };
}
