import { z } from "zod";
import { MAVEN_STAGE_NAMES, isClosedMavenStage, type MavenStageName } from "@/lib/import/maven/maven-pipeline";
import { optionalEmail, optionalText, requiredText } from "./common";

/** Largest upload of all Maven files together, in bytes (the dataset's files are about 650 kB). */
export const MAX_MAVEN_UPLOAD_BYTES = 8 * 1024 * 1024;

/** Largest amount in minor units: deal values live in 32-bit integer columns. */
const MAX_MINOR_UNITS = 2_147_483_647;

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * A cell holding a plain decimal number ("1054", "1100.04"); blank becomes null.
 * @param decimals - most digits after the point.
 * @param max - largest value accepted.
 */
function optionalNumberCell({ decimals, max, integer = false }: { decimals: number; max: number; integer?: boolean }) {
  return z.string({ error: "Must be text" }).transform((raw, ctx) => {
    const text = raw.trim();
    if (text === "") return null;
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message, input: raw });
      return z.NEVER;
    };
    if (!DECIMAL.test(text)) return fail(integer ? "Must be a whole number like 1185" : "Must be a number like 1054 or 1054.50");
    const value = Number(text);
    if (value < 0) return fail("Must not be negative");
    if ((text.split(".")[1]?.length ?? 0) > decimals) return fail(integer ? "Must be a whole number" : `At most ${decimals} decimals`);
    if (value > max) return fail(`Must be at most ${max.toLocaleString("en")}`);
    return value;
  });
}

/** A row of accounts.csv: one company. `revenue` is in millions of USD (data dictionary). */
export const mavenAccountRowSchema = z.object({
  account: requiredText(200, "The account name"),
  sector: optionalText(120),
  year_established: optionalNumberCell({ decimals: 0, max: 2100, integer: true }),
  revenue: optionalNumberCell({ decimals: 2, max: 100_000_000 }),
  employees: optionalNumberCell({ decimals: 0, max: 100_000_000, integer: true }),
  office_location: optionalText(120),
  subsidiary_of: optionalText(200),
});
export type MavenAccountRow = z.output<typeof mavenAccountRowSchema>;

/** A row of sales_teams.csv: a sales agent, their manager and regional office. */
export const mavenAgentRowSchema = z.object({
  sales_agent: requiredText(200, "The sales agent's name"),
  manager: optionalText(200),
  regional_office: optionalText(120),
});
export type MavenAgentRow = z.output<typeof mavenAgentRowSchema>;

/** A row of products.csv: `sales_price` is the suggested retail price in USD. */
export const mavenProductRowSchema = z.object({
  product: requiredText(200, "The product name"),
  series: optionalText(120),
  sales_price: optionalNumberCell({ decimals: 2, max: MAX_MINOR_UNITS / 100 }),
});
export type MavenProductRow = z.output<typeof mavenProductRowSchema>;

/** A calendar day "YYYY-MM-DD" that exists ("2017-02-30" does not); blank becomes null. */
const existingDay = z.string({ error: "Must be text" }).transform((raw, ctx) => {
  const day = raw.trim();
  if (day === "") return null;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (!Number.isNaN(time) && new Date(time).toISOString().startsWith(day)) return day;
  ctx.addIssue({ code: "custom", message: "Not a date like 2017-03-01", input: raw });
  return z.NEVER;
});

const stageByName = new Map<string, MavenStageName>(MAVEN_STAGE_NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * A row of sales_pipeline.csv: one opportunity. Stage rules from the dataset's data dictionary:
 * a Won or Lost deal has a close date and a close value (USD); an open one (Prospecting,
 * Engaging) has neither; a deal does not close before it was engaged.
 */
export const mavenOpportunityRowSchema = z
  .object({
    opportunity_id: requiredText(64, "The opportunity id"),
    sales_agent: optionalText(200),
    product: requiredText(200, "The product"),
    account: optionalText(200),
    deal_stage: z.string({ error: "Must be text" }).transform((raw, ctx) => {
      const stage = stageByName.get(raw.trim().toLowerCase());
      if (stage) return stage;
      ctx.addIssue({ code: "custom", message: `Unknown stage "${raw.trim()}"; expected ${MAVEN_STAGE_NAMES.join(", ")}`, input: raw });
      return z.NEVER;
    }),
    engage_date: existingDay,
    close_date: existingDay,
    close_value: optionalNumberCell({ decimals: 2, max: MAX_MINOR_UNITS / 100 }),
  })
  .superRefine((row, ctx) => {
    const issue = (column: string, message: string) => ctx.addIssue({ code: "custom", path: [column], message, input: row });
    if (isClosedMavenStage(row.deal_stage)) {
      if (row.close_date === null) issue("close_date", `A ${row.deal_stage} deal needs a close date`);
      if (row.close_value === null) issue("close_value", `A ${row.deal_stage} deal needs a close value`);
    } else {
      if (row.close_date !== null) issue("close_date", `An open deal (${row.deal_stage}) has no close date`);
      if (row.close_value !== null) issue("close_value", `An open deal (${row.deal_stage}) has no close value`);
    }
    if (row.engage_date && row.close_date && row.close_date < row.engage_date) {
      issue("close_date", "The close date is before the engage date");
    }
  });
export type MavenOpportunityRow = z.output<typeof mavenOpportunityRowSchema>;

/**
 * What a row's problems read like in the rejected-rows list: "column: message" for each issue,
 * joined with "; ".
 */
export function rowProblems(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message)).join("; ");
}

export const MAVEN_EXISTING_DEAL_MODES = ["skip", "update"] as const;
export type MavenExistingDealMode = (typeof MAVEN_EXISTING_DEAL_MODES)[number];

/**
 * The choices of a Maven import besides its files; stored in the job's config.
 * - `agents`: sales agent name → email of the existing user who takes over the agent's deals;
 *   an agent left out (or mapped to blank) becomes a user without sign-in, or reuses the user
 *   without sign-in of that name a previous import created.
 * - `existingDeals`: what happens to opportunities imported before (same opportunity_id): skip
 *   them (default, keeps what people changed since) or update them from the files.
 */
export const mavenImportSettingsSchema = z.object({
  agents: z
    .record(z.string().trim().min(1).max(200), optionalEmail)
    .default({})
    .refine((agents) => Object.keys(agents).length <= 1_000, { error: "At most 1,000 agents" })
    .transform((agents) => Object.fromEntries(Object.entries(agents).filter((entry): entry is [string, string] => entry[1] !== null))),
  existingDeals: z.enum(MAVEN_EXISTING_DEAL_MODES, { error: "Choose skip or update" }).default("skip"),
});
export type MavenImportSettings = z.output<typeof mavenImportSettingsSchema>;
export type MavenImportSettingsInput = z.input<typeof mavenImportSettingsSchema>;

/** `npm run import -- <folder> --preset maven [--agents mapping.json|.csv] [--existing skip|update]`. */
export const mavenImportCliSchema = z.object({
  folder: z.string({ error: "Name the folder holding the Maven CSV files" }).min(1, { error: "Name the folder holding the Maven CSV files" }),
  agents: z.string().min(1).optional(),
  existing: z.enum(MAVEN_EXISTING_DEAL_MODES, { error: "--existing must be skip or update" }).optional(),
});
