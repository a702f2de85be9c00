import { describe, expect, it } from "vitest";
import { detectImportPreset, findImportPreset } from "@/lib/import/presets";
import { suggestLeadMapping } from "@/lib/import/suggest-mapping";

const GOSOM_HEADER =
  "input_id,link,title,category,address,open_hours,popular_times,website,phone,plus_code,review_count,review_rating,reviews_per_rating,latitude,longitude,cid,status,descriptions,reviews_link,thumbnail,timezone,price_range,data_id,images,reservations,order_online,menu,owner,complete_address,about,user_reviews,emails".split(
    ",",
  );

describe("suggestLeadMapping", () => {
  it("maps columns by name, label and alias, ignoring case, spaces, _ and -", () => {
    const mapping = suggestLeadMapping(
      ["Company Name", "E-Mail", "Phone_Number", "URL", "Category", "Review-Rating", "Number of reviews", "Tags", "Notes"],
      [],
      null,
    );
    expect(mapping).toEqual({
      columns: {
        name: "Company Name",
        email: "E-Mail",
        phone: "Phone_Number",
        website: "URL",
        niche: "Category",
        rating: "Review-Rating",
        reviewCount: "Number of reviews",
        notes: "Notes",
        tags: "Tags",
      },
      defaults: {},
    });
  });

  it("uses each column once and prefers real columns to JSON keys", () => {
    const mapping = suggestLeadMapping(["name", "city", "address_json"], ["address_json.city", "address_json.country"], null);
    expect(mapping.columns).toEqual({ name: "name", city: "city", country: "address_json.country" });
  });

  it("leaves fields without a matching column unmapped", () => {
    expect(suggestLeadMapping(["foo", "bar"], [], null)).toEqual({ columns: {}, defaults: {} });
  });

  it("uses a preset's mapping and defaults, without the columns the file lacks", () => {
    const preset = findImportPreset("google-maps")!;
    const full = suggestLeadMapping(GOSOM_HEADER, ["complete_address.city", "complete_address.country"], preset);
    expect(full.columns).toMatchObject({
      name: "title",
      niche: "category",
      rating: "review_rating",
      reviewCount: "review_count",
      city: "complete_address.city",
      country: "complete_address.country",
      mapsUrl: "link",
      externalId: "data_id",
    });
    expect(full.columns).not.toHaveProperty("email");
    expect(full.defaults).toEqual({ source: "google-maps" });
    const older = suggestLeadMapping(GOSOM_HEADER.filter((c) => c !== "complete_address"), [], preset);
    expect(older.columns).not.toHaveProperty("city");
    expect(older.columns.name).toBe("title");
  });
});

describe("import presets", () => {
  it("recognises the gosom Google Maps scraper header", () => {
    expect(detectImportPreset(GOSOM_HEADER)?.name).toBe("google-maps");
    expect(detectImportPreset(["name", "email"])).toBeNull();
  });

  it("finds presets by name only", () => {
    expect(findImportPreset("google-maps")?.target).toBe("lead");
    expect(findImportPreset("toString")).toBeNull();
    expect(findImportPreset(null)).toBeNull();
  });
});
