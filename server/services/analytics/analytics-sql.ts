import "server-only";
import { isPostgres } from "@/server/db";
import { sqlPlaceholders } from "@/server/sql-placeholders";
import type { MetricsFilters } from "@/server/services/metrics/metrics-filters";

/**
 * A SQL statement under construction for the analytics queries that Prisma's query builder cannot
 * express (stage ids inside `Activity.data`, EXISTS per row, grouping by a joined column): `param`
 * adds a value and returns its placeholder ("$3" on PostgreSQL, "?" on SQLite), so values always go
 * in as parameters, never into the text. SQLite's "?" binds by position: take the placeholders in
 * the order they appear in the statement's text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds one value; its placeholder. */
  param(value: unknown): string {
    this.values.push(value);
    return sqlPlaceholders(1, this.values.length);
  }

  /** Adds several values; their placeholders separated by commas (at least one value). */
  list(values: readonly unknown[]): string {
    return values.map((v) => this.param(v)).join(", ");
  }
}

/**
 * The stage id a STAGE_CHANGED activity (alias `alias`) moved from or to: `data` holds
 * { from: { id, name }, to: { id, name } } (JSON text on SQLite, jsonb on PostgreSQL).
 */
export function stageChangeId(alias: string, side: "from" | "to"): string {
  return isPostgres() ? `${alias}."data"->'${side}'->>'id'` : `json_extract(${alias}."data", '$.${side}.id')`;
}

/**
 * The lead conditions of `filters` on the Lead alias `alias` (niche, source, status and, unless
 * `withOwner` is false, owner), as in leadMetricsWhere; "" when none applies, else starting with AND.
 */
export function leadConditions(alias: string, filters: MetricsFilters, sql: SqlParams, withOwner = true): string {
  const parts: string[] = [];
  if (withOwner && filters.ownerId) parts.push(`${alias}."ownerId" = ${sql.param(filters.ownerId)}`);
  if (filters.niche) parts.push(`${alias}."niche" = ${sql.param(filters.niche)}`);
  if (filters.source) parts.push(`${alias}."source" = ${sql.param(filters.source)}`);
  if (filters.leadStatusId) parts.push(`${alias}."stageId" = ${sql.param(filters.leadStatusId)}`);
  return parts.map((p) => ` AND ${p}`).join("");
}

/** A count from SQL as a number (PostgreSQL answers COUNT and SUM as bigint). */
export function sqlNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
