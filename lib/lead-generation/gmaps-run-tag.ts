/** Tag names are at most 40 characters (lib/validation/common.ts tagNames). */
const MAX_TAG = 40;

/**
 * The tag put on every lead a Google Maps run created: "gmaps: <keywords> <day>", the keywords
 * shortened with "…" to fit 40 characters, and characters that split tag lists ("," ";" "|")
 * replaced by spaces.
 * @param keywords - the run's searches.
 * @param at - when the run started; its UTC day is used.
 */
export function gmapsRunTag(keywords: readonly string[], at: Date): string {
  const day = at.toISOString().slice(0, 10);
  const room = MAX_TAG - "gmaps: ".length - day.length - 1;
  const words = keywords.join(" ").replace(/[,;|]/g, " ").replace(/\s+/g, " ").trim();
  const shown = words.length > room ? `${words.slice(0, room - 1).trimEnd()}…` : words;
  return `gmaps: ${shown} ${day}`;
}
