/** One share of an A/B split: a variant label and its percentage of the recipients. */
export type SplitShare = { label: string; percent: number };

/** 32-bit FNV-1a of a string: a stable, well-spread order that needs no crypto (runs anywhere). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * How many of `total` recipients each share gets: the largest-remainder (Hamilton) method, so the
 * counts add up to `total` and each is within one of `total × percent / 100`. Ties go to the
 * earlier share.
 */
export function splitCounts(split: readonly SplitShare[], total: number): number[] {
  const exact = split.map((share) => (total * share.percent) / 100);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    counts[index]++;
    left--;
  }
  return counts;
}

/**
 * Assigns each address a variant of the split, deterministically: the addresses are ordered by a
 * hash of (`seed`, address) — a shuffle that does not depend on the audience's list order, the same
 * on every run — and dealt out in that order by splitCounts. The same audience, seed and split
 * always give the same assignment (a resumed send recomputes nothing: the labels are stored).
 * @param seed - e.g. the campaign id, so two campaigns to one audience split it differently.
 * @returns the label by address.
 */
export function assignVariants(addresses: readonly string[], split: readonly SplitShare[], seed: string): Map<string, string> {
  const counts = splitCounts(split, addresses.length);
  const ordered = [...addresses].map((address) => ({ address, key: fnv1a(`${seed}:${address}`) })).sort((a, b) => a.key - b.key || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const labels = new Map<string, string>();
  let position = 0;
  split.forEach((share, index) => {
    for (let i = 0; i < counts[index]; i++) labels.set(ordered[position++].address, share.label);
  });
  return labels;
}
