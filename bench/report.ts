import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Prints `rows` under `header` as aligned columns; columns whose index is in `rightAligned` (numbers) are padded on the left. */
export function printTable(header: string[], rows: string[][], rightAligned: (column: number) => boolean): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const format = (cells: string[]) => cells.map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(format(row));
}

/** What machine a benchmark ran on, for its results file. */
export function machineInfo() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Writes `bench/results/<name>.json` with the run's time and machine; returns its path relative to the project. */
export function writeResults(name: string, payload: Record<string, unknown>): string {
  const file = path.join(process.cwd(), "bench", "results", `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ranAt: new Date().toISOString(), machine: machineInfo(), ...payload }, null, 2) + "\n");
  return path.relative(process.cwd(), file);
}
