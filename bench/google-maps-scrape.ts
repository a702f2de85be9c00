/**
 * The generated Google-Maps-scraper CSV of the import benchmarks (bench:import, bench:crash) and
 * the crash-resume test: the gosom format of /work/shared/data, all 32 columns with their JSON
 * cells, ~5% of rows repeating an earlier place (same data_id) and a malformed rating ("n/a") on
 * every 997th row. Seeded, so the same row count gives the same file byte for byte.
 */
import fs from "node:fs";
import { once } from "node:events";
import { googleMapsPreset } from "@/lib/import/presets/google-maps";
import { random } from "@/lib/random";
import type { LeadImportSettingsInput } from "@/lib/validation/import";

/** The seed of every generated scrape (bench results stay comparable from run to run). */
export const SCRAPE_SEED = 20241013;

const HEADER = [
  "input_id", "link", "title", "category", "address", "open_hours", "popular_times", "website", "phone", "plus_code",
  "review_count", "review_rating", "reviews_per_rating", "latitude", "longitude", "cid", "status", "descriptions",
  "reviews_link", "thumbnail", "timezone", "price_range", "data_id", "images", "reservations", "order_online", "menu",
  "owner", "complete_address", "about", "user_reviews", "emails",
];

const NAME_WORDS = ["Blue", "Olive", "Golden", "Old", "Harbour", "Sea", "Village", "Stone", "Lemon", "Fig", "Sunset", "Mama", "Little", "Royal", "Green"];
const NAME_KINDS = ["Taverna", "Restaurant", "Grill House", "Fish Tavern", "Bistro", "Cafe", "Meze House", "Kitchen", "Beach Bar", "Pizzeria"];
const CATEGORIES = ["Restaurant", "Greek restaurant", "Seafood restaurant", "Cafe", "Bar", "Pizza restaurant", "Mediterranean restaurant", "Fast food restaurant"];
const CITIES = ["Paphos", "Limassol", "Larnaca", "Nicosia", "Ayia Napa", "Poli Crysochous", "Peyia", "Protaras", "Kyrenia", "Paralimni"];
const STREETS = ["Makariou Avenue", "Poseidonos Avenue", "Apostolou Pavlou", "Akamantos Avenue", "Ayiou Nikolaou", "Leoforos Archiepiskopou"];
const PRICES = ["€", "€€", "€€€", "€10–20", "€15–25", ""];
const REVIEWERS = ["Anna K", "Marco P", "Sophie L", "Nikos A", "John D", "Elena M"];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes a header and `rows` gosom-style rows to `file` (see this module's comment).
 * @param seed - the generator's seed (default SCRAPE_SEED).
 * @returns the file size in bytes.
 */
export async function writeScrape(file: string, rows: number, seed: number = SCRAPE_SEED): Promise<number> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join("");
  const out = fs.createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write(`${HEADER.join(",")}\n`);
  const places: string[] = [];
  for (let n = 0; n < rows; n++) {
    // About 5% of rows repeat an earlier place, as overlapping scraper searches do.
    const repeat = places.length > 100 && next() < 0.05;
    const dataId = repeat ? pick(places) : `0x14e7${hex(12)}:0x${hex(16)}`;
    if (!repeat) places.push(dataId);
    const title = `${pick(NAME_WORDS)} ${pick(NAME_WORDS)} ${pick(NAME_KINDS)} ${n}`;
    const city = pick(CITIES);
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "");
    const websiteRoll = next();
    const website = websiteRoll < 0.55 ? `https://www.${slug}.com.cy/` : websiteRoll < 0.7 ? `https://www.facebook.com/${slug}` : "";
    const rating = n % 997 === 0 ? "n/a" : (3 + next() * 2).toFixed(6);
    const street = `${pick(STREETS)} ${1 + Math.floor(next() * 200)}`;
    const lat = (34.6 + next() * 0.6).toFixed(6);
    const lng = (32.3 + next() * 1.6).toFixed(6);
    const placeId = `ChIJ${hex(20)}`;
    const review = {
      Name: pick(REVIEWERS),
      ProfilePicture: `https://lh3.googleusercontent.com/a-/ALV-${hex(40)}=s120-c-rp-mo-br100`,
      Rating: 1 + Math.floor(next() * 5),
      Description: "Lovely place by the sea, fresh fish and friendly staff. We came back twice during our holiday.",
      Images: null,
      When: "a month ago",
    };
    const cells = [
      `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
      `https://www.google.com/maps/place/${encodeURIComponent(title)}/data=!4m7!3m6!1s${dataId}!8m2!3d${lat}!4d${lng}!16s%2Fg%2F11${hex(8)}!19s${placeId}?authuser=0&hl=en&rclk=1`,
      title,
      pick(CATEGORIES),
      `${street}, ${city} ${8000 + Math.floor(next() * 900)}`,
      JSON.stringify({ Monday: ["12–11 pm"], Tuesday: ["12–11 pm"], Wednesday: ["12–11 pm"], Thursday: ["12–11 pm"], Friday: ["12–11:30 pm"], Saturday: ["12–11:30 pm"], Sunday: ["Closed"] }),
      "{}",
      website,
      `${pick(["26", "99", "97", "96", "25"])} ${100000 + Math.floor(next() * 899999)}`,
      `${hex(4).toUpperCase()}+${hex(3).toUpperCase()} ${city}`,
      String(Math.floor(next() * 3000)),
      rating,
      JSON.stringify({ 1: Math.floor(next() * 40), 2: Math.floor(next() * 30), 3: Math.floor(next() * 60), 4: Math.floor(next() * 200), 5: Math.floor(next() * 600) }),
      lat,
      lng,
      String(BigInt(`0x${hex(15)}`)),
      "Open ⋅ Closes 11 pm",
      "",
      `https://search.google.com/local/reviews?placeid=${placeId}&q=${encodeURIComponent(title)}&authuser=0&hl=en&gl=CY`,
      `https://lh5.googleusercontent.com/p/AF1Qip${hex(38)}=w408-h306-k-no`,
      "Asia/Nicosia",
      pick(PRICES),
      dataId,
      JSON.stringify([
        { title: "All", image: `https://lh5.googleusercontent.com/p/AF1Qip${hex(38)}=w298-h298-k-no` },
        { title: "Menu", image: `https://lh5.googleusercontent.com/p/AF1Qip${hex(38)}=w224-h298-k-no` },
      ]),
      "null",
      "null",
      JSON.stringify({ link: "", source: "" }),
      JSON.stringify({ id: "", name: `${title} (Owner)`, link: "" }),
      JSON.stringify({ borough: "", street, city, postal_code: String(8000 + Math.floor(next() * 900)), state: "", country: "CY" }),
      JSON.stringify([
        { id: "service_options", name: "Service options", options: [{ name: "Outdoor seating", enabled: true }, { name: "Takeaway", enabled: true }, { name: "Dine-in", enabled: true }] },
        { id: "payments", name: "Payments", options: [{ name: "Credit cards", enabled: true }, { name: "NFC mobile payments", enabled: next() < 0.5 }] },
      ]),
      JSON.stringify([review]),
      "",
    ];
    await write(`${cells.map(csvCell).join(",")}\n`);
  }
  out.end();
  await once(out, "finish");
  return fs.statSync(file).size;
}

/** The import settings of a generated scrape: the google-maps preset's mapping, duplicates skipped by external id. */
export function scrapeImportSettings(fileName: string): LeadImportSettingsInput {
  return { fileName, format: { delimiter: ",", hasHeader: true }, mapping: googleMapsPreset.mapping, dedupe: googleMapsPreset.dedupe, preset: googleMapsPreset.name };
}
