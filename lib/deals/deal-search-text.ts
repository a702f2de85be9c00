import { MAX_SEARCH_TEXT } from "@/lib/leads/normalize";

/**
 * The text a deal's free-text search matches: its title and its company's name, lower-cased
 * and cut at MAX_SEARCH_TEXT characters. Recompute it whenever either changes.
 */
export function dealSearchText(deal: { title: string; companyName?: string | null }): string {
  return [deal.title, deal.companyName].filter(Boolean).join(" ").toLowerCase().slice(0, MAX_SEARCH_TEXT);
}
