import type { WebsiteIssue } from "@/lib/enums";

/**
 * Longest `Lead.tagKeys` value stored, in characters: the 20 tags the lead form allows, with
 * ids of 25 characters (cuid). The column is part of Lead_list_idx, whose entries PostgreSQL
 * limits to 2,704 bytes (see the notes above the Lead indexes in prisma/schema.prisma).
 */
export const MAX_TAG_KEYS = 20 * 26 + 1;

/**
 * `Lead.tagKeys` of a lead whose tag ids do not fit in MAX_TAG_KEYS characters: the tag filter
 * then reads that lead's tags from the join table instead.
 */
export const TAG_KEYS_OVERFLOW = "*";

/** `values` as a key list: sorted, without duplicates, each enclosed in "|" ("|a|b|"); "" for none. */
function keyList(values: readonly string[]): string {
  const unique = [...new Set(values)].sort();
  return unique.length ? `|${unique.join("|")}|` : "";
}

/**
 * The text a key list contains when it holds `value`: "|value|". Matched with LIKE, where "_"
 * stands for any character; the values are tag ids (letters and digits) and website issue names,
 * which differ in more than their underscores, so this never matches another value.
 */
export function keyNeedle(value: string): string {
  return `|${value}|`;
}

/**
 * `Lead.tagKeys` for a lead with the tags `tagIds` ("|id1|id2|", "" without tags), or
 * TAG_KEYS_OVERFLOW when that would be longer than MAX_TAG_KEYS characters.
 */
export function tagKeysOf(tagIds: readonly string[]): string {
  const keys = keyList(tagIds);
  return keys.length > MAX_TAG_KEYS ? TAG_KEYS_OVERFLOW : keys;
}

/** `Lead.websiteIssueKeys` for a lead with `issues` ("|OUTDATED|SLOW_LOADING|", "" without issues). */
export function websiteIssueKeysOf(issues: readonly WebsiteIssue[]): string {
  return keyList(issues);
}

/** The values of a key list ("|a|b|" → ["a", "b"]; "" → []). */
export function keysIn(keys: string): string[] {
  return keys.split("|").filter(Boolean);
}

/**
 * `Lead.reachedStageKeys` after a status change: the stages the lead had reached, plus the one it
 * leaves and the one it enters ("|id1|id2|…", sorted).
 */
export function reachedStageKeysWith(reached: string, ...stageIds: string[]): string {
  return keyList([...keysIn(reached), ...stageIds]);
}
