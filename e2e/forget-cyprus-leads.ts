/**
 * `tsx e2e/forget-cyprus-leads.ts` (DATABASE_URL: the e2e database): deletes the leads of the real
 * Cyprus Google Maps file (../shared/data/google_maps_gosom_scraper/results_cyprus_restaurants.csv)
 * that an earlier spec imported (e2e/04 imports the same file), matched by place id (`data_id` →
 * Lead.externalId), so e2e/23's Google Maps run creates them afresh. Prints how many it deleted.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { disconnectDb, getDb } from "@/server/db";

const file = path.join(process.cwd(), "..", "shared", "data", "google_maps_gosom_scraper", "results_cyprus_restaurants.csv");
const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<{ data_id?: string }>;
const placeIds = [...new Set(rows.map((row) => row.data_id).filter((id): id is string => !!id))];
getDb()
  .lead.deleteMany({ where: { externalId: { in: placeIds } } })
  .then(({ count }) => console.log(JSON.stringify({ deleted: count })))
  .finally(() => disconnectDb());
