/**
 * The CSV files of the Maven Analytics "CRM + Sales Opportunities" dataset
 * (mavenanalytics.io/data-playground; data dictionary in its data_dictionary.csv) that the
 * `maven` import preset reads. A file is recognised by its columns, not by its name, so a
 * renamed download ("accounts (1).csv") still works.
 */
export const MAVEN_FILES = {
  accounts: {
    fileName: "accounts.csv",
    required: true,
    columns: ["account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"],
  },
  salesPipeline: {
    fileName: "sales_pipeline.csv",
    required: true,
    columns: ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"],
  },
  salesTeams: {
    fileName: "sales_teams.csv",
    required: true,
    columns: ["sales_agent", "manager", "regional_office"],
  },
  products: {
    fileName: "products.csv",
    required: false,
    columns: ["product", "series", "sales_price"],
  },
} as const;

export type MavenFileKind = keyof typeof MAVEN_FILES;
export const MAVEN_FILE_KINDS = Object.keys(MAVEN_FILES) as MavenFileKind[];

/** The columns that identify each file: the ones no other file of the dataset has. */
const SIGNATURES: Record<MavenFileKind, readonly string[]> = {
  accounts: ["account", "sector", "employees"],
  salesPipeline: ["opportunity_id", "deal_stage"],
  salesTeams: ["sales_agent", "manager", "regional_office"],
  products: ["product", "series", "sales_price"],
};

/** Which Maven file has these header columns (names compared trimmed and lower-cased), or null. */
export function detectMavenFileKind(columns: readonly string[]): MavenFileKind | null {
  const present = new Set(columns.map((column) => column.trim().toLowerCase()));
  return MAVEN_FILE_KINDS.find((kind) => SIGNATURES[kind].every((column) => present.has(column))) ?? null;
}

/** The columns of `kind` missing from a header (compared trimmed and lower-cased). */
export function missingMavenColumns(kind: MavenFileKind, columns: readonly string[]): string[] {
  const present = new Set(columns.map((column) => column.trim().toLowerCase()));
  return MAVEN_FILES[kind].columns.filter((column) => !present.has(column));
}
