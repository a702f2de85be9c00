import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { ValidationError } from "@/server/errors";

/**
 * Reads an agent mapping file for the command line: a JSON object `{ "Agent Name": "user@email" }`
 * (.json), or a CSV file with a header row whose first column is the agent's name and second the
 * user's email (e.g. `sales_agent,email`). Emails are checked later (mavenImportSettingsSchema).
 * @throws ValidationError when the file cannot be read or has another shape.
 */
export async function readAgentMapping(file: string): Promise<Record<string, string>> {
  const text = await fs.promises.readFile(file, "utf8").catch(() => {
    throw new ValidationError(`The agent mapping ${file} cannot be read`, { agents: ["Cannot be read"] });
  });
  const invalid = (why: string) => new ValidationError(`The agent mapping ${file} ${why}`, { agents: [why] });
  if (file.toLowerCase().endsWith(".json")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw invalid("is not valid JSON");
    }
    if (!json || typeof json !== "object" || Array.isArray(json) || Object.values(json).some((v) => typeof v !== "string")) {
      throw invalid('must be an object like {"Agent Name": "user@example.com"}');
    }
    return json as Record<string, string>;
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    throw invalid("is not a CSV file");
  }
  if (rows.slice(1).some((row) => row.length < 2)) throw invalid("must have two columns: the agent's name and the user's email");
  return Object.fromEntries(rows.slice(1).map(([agent, email]) => [agent, email]));
}
