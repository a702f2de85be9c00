import type { ImportPreset } from "./index";

/**
 * CSV written by the gosom Google Maps scraper (github.com/gosom/google-maps-scraper): one
 * place per row, 32 columns, several of them JSON. City and country come from the
 * `complete_address` JSON (its country is an ISO code such as "CY", stored as "Cyprus").
 * Reviewer names and texts (`user_reviews`), owner details, photos and opening hours are
 * deliberately not imported. Places are identified by `data_id`, so re-running a scrape and
 * importing again skips the places already imported.
 */
export const googleMapsPreset: ImportPreset = {
  name: "google-maps",
  label: "Google Maps scraper (gosom)",
  description: "results.csv of github.com/gosom/google-maps-scraper",
  target: "lead",
  signature: ["title", "link", "data_id", "review_rating", "complete_address"],
  mapping: {
    columns: {
      name: "title",
      niche: "category",
      phone: "phone",
      website: "website",
      rating: "review_rating",
      reviewCount: "review_count",
      address: "address",
      city: "complete_address.city",
      country: "complete_address.country",
      mapsUrl: "link",
      externalId: "data_id",
    },
    defaults: { source: "google-maps" },
  },
  dedupe: { match: ["externalId"], mode: "skip" },
};

/**
 * The same scraper's JSON output (`-json`: one object per line; or a JSON array of them): the
 * keys are the CSV's column names except `web_site` for the website (gosom's Entry JSON tags).
 */
export const googleMapsJsonPreset: ImportPreset = {
  ...googleMapsPreset,
  name: "google-maps-json",
  label: "Google Maps scraper JSON (gosom)",
  description: "JSON output of github.com/gosom/google-maps-scraper",
  signature: [...googleMapsPreset.signature, "web_site"],
  mapping: { ...googleMapsPreset.mapping, columns: { ...googleMapsPreset.mapping.columns, website: "web_site" } },
};
