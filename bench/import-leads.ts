/**
 * `npm run bench:import [-- --rows=100000]`
 *
 * Benchmarks the CSV lead import: writes a realistic Google-Maps-scraper CSV (the gosom format
 * of /work/shared/data, all 32 columns with their JSON cells, ~5% repeated places and a few bad
 * rows) into a temporary directory, then imports it into a fresh SQLite database through the
 * service layer — the same job and code path as the browser and the command line, with the
 * google-maps preset and duplicates skipped by external id. Reports wall time and peak resident
 * memory of the process, prints a results line and writes bench/results/import.json.
 * Targets for 100,000 rows on a 2-core machine: ≤ 30 s and ≤ 500 MB.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createTestDatabase } from "@/tests/support/test-database";
import { scrapeImportSettings, writeScrape } from "./google-maps-scrape";
import { writeResults } from "./report";

const TARGET_SECONDS = 30;
const TARGET_RSS_MB = 500;
async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { rows: { type: "string", default: "100000" } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error("--rows must be a positive whole number");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-bench-import-"));
  const file = path.join(dir, "results.csv");
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  const database = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = database.url;
  try {
    const bytes = await writeScrape(file, rows);
    console.error(`wrote ${rows} rows (${(bytes / 1024 / 1024).toFixed(0)} MB) to ${file}`);
    await ensureLeadPipeline();

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const summary = await importLeadFile(null, {
      source: fs.createReadStream(file),
      settings: scrapeImportSettings("results.csv"),
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(startCpu);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    // The kernel's high-water mark of the whole process (generation included) backs up the sampling.
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const peakRssMb = peakRss / 1024 / 1024;

    const result = {
      rows,
      fileMb: Math.round(bytes / 1024 / 1024),
      status: summary.status,
      created: summary.created,
      updated: summary.updated,
      skipped: summary.skipped,
      failed: summary.failed,
      seconds: Number(seconds.toFixed(2)),
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      loadAverageAfter: Number(os.loadavg()[0].toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      peakRssMbDuringImport: Math.round(peakRssMb),
      maxRssMbOfProcess: Math.round(maxRssMb),
      targets: { seconds: TARGET_SECONDS, rssMb: TARGET_RSS_MB },
      meetsTargets: summary.status === "SUCCEEDED" && seconds <= TARGET_SECONDS && maxRssMb <= TARGET_RSS_MB,
    };
    writeResults("import", result);
    console.log(
      `import ${rows} rows (${result.fileMb} MB): ${result.seconds} s (CPU ${result.cpuSeconds} s), ${result.rowsPerSecond} rows/s, ` +
        `peak RSS ${result.maxRssMbOfProcess} MB ` +
        `— created ${summary.created}, skipped ${summary.skipped}, failed ${summary.failed} — ` +
        `${result.meetsTargets ? "meets" : "MISSES"} targets (≤ ${TARGET_SECONDS} s, ≤ ${TARGET_RSS_MB} MB)`,
    );
    process.exitCode = result.meetsTargets ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
