/** Whether `phrase` occurs in `text` as whole words (both lower-cased; letters and digits of any script count as word characters). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * The keywords a post matches, for a keyword monitor: each keyword or phrase found as whole
 * words in the post's text (case-insensitive); none when a negative keyword is found as well.
 * @param text - the post's title and body.
 * @param keywords - lower-cased words or phrases (as stored on the monitor).
 * @returns the matched keywords in the monitor's order; empty when the post is not a signal.
 */
export function matchKeywords(text: string, keywords: readonly string[], negativeKeywords: readonly string[]): string[] {
  const lower = text.toLowerCase();
  if (negativeKeywords.some((word) => containsPhrase(lower, word))) return [];
  return keywords.filter((word) => containsPhrase(lower, word));
}
