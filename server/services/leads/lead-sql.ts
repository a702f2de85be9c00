import { Prisma } from "@/server/generated/sqlite/client";
import { sqlPlaceholders } from "@/server/sql-placeholders";

const COLUMNS = new Set<string>(Object.values(Prisma.LeadScalarFieldEnum));
const OPERATORS: Record<string, string> = { lt: "<", lte: "<=", gt: ">", gte: ">=" };

type Where = Prisma.LeadWhereInput;
type OrderBy = Prisma.LeadOrderByWithRelationInput;

/**
 * Writes a Lead `where` as SQL, for the page reads of the leads list and the API, which run
 * without Prisma (readRows). It translates the Prisma filter that buildLeadWhere and
 * keysetFindArgs build, so the filters keep one definition, into the SQL Prisma writes for it:
 * AND / OR / NOT (a NOT list: none of them), a scalar column equal to a value or NULL, `in`,
 * `notIn`, `lt`, `lte`, `gt`, `gte`, `not: null`, `contains` (LIKE '%…%', as Prisma: `%` and `_`
 * in the value are wildcards), and `tags: { some: { id: { in } } }` (the _LeadToTag join table).
 * Values go in as parameters, appended to `params` (numbered after those already there).
 * @throws Error for any other form — a filter added to buildLeadWhere must be added here too
 *   (tests/integration/lead-sql.integration-test.ts compares the two on both databases).
 */
export function leadWhereSql(where: Where, params: unknown[]): string {
  const parts: string[] = [];
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]) as Where[];
  for (const [key, value] of Object.entries(where) as Array<[string, unknown]>) {
    if (value === undefined) continue;
    if (key === "AND") parts.push(...list(value).map((part) => leadWhereSql(part, params)));
    else if (key === "OR") parts.push(`(${list(value).map((part) => leadWhereSql(part, params)).join(" OR ") || "1 = 0"})`);
    else if (key === "NOT") parts.push(...list(value).map((part) => `NOT ${leadWhereSql(part, params)}`));
    else if (key === "tags") parts.push(`"Lead"."id" IN (SELECT "A" FROM "_LeadToTag" WHERE "B" IN (${valueList(tagIdsOf(value), params)}))`);
    else parts.push(columnSql(key, value, params));
  }
  return parts.length ? `(${parts.join(" AND ")})` : "1 = 1";
}

/** `ORDER BY` terms of a Lead orderBy made of plain `{ column: "asc" | "desc" }` entries. */
export function leadOrderBySql(orderBy: OrderBy | OrderBy[]): string {
  const terms = (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((entry) =>
    Object.entries(entry).map(([key, dir]) => {
      if (dir !== "asc" && dir !== "desc") throw new Error(`leadOrderBySql: unsupported order ${JSON.stringify(entry)}`);
      return `${column(key)} ${dir.toUpperCase()}`;
    }),
  );
  return terms.join(", ");
}

function column(name: string): string {
  if (!COLUMNS.has(name)) throw new Error(`leadWhereSql: "${name}" is not a Lead column`);
  return `"Lead"."${name}"`;
}

function placeholder(value: unknown, params: unknown[]): string {
  params.push(value);
  return sqlPlaceholders(1, params.length);
}

function valueList(values: unknown[], params: unknown[]): string {
  return values.map((value) => placeholder(value, params)).join(", ");
}

function tagIdsOf(filter: unknown): string[] {
  const ids = (filter as { some?: { id?: { in?: unknown } } }).some?.id?.in;
  if (!Array.isArray(ids) || Object.keys(filter as object).length !== 1) throw new Error(`leadWhereSql: unsupported tags filter ${JSON.stringify(filter)}`);
  return ids as string[];
}

function columnSql(name: string, condition: unknown, params: unknown[]): string {
  const col = column(name);
  if (condition === null) return `${col} IS NULL`;
  if (typeof condition !== "object" || condition instanceof Date) return `${col} = ${placeholder(condition, params)}`;
  const parts = Object.entries(condition as Record<string, unknown>).map(([op, value]) => {
    if (op in OPERATORS) return `${col} ${OPERATORS[op]} ${placeholder(value, params)}`;
    if (op === "in" || op === "notIn") {
      const values = value as unknown[];
      if (values.length === 0) return op === "in" ? "1 = 0" : "1 = 1";
      return `${col} ${op === "in" ? "IN" : "NOT IN"} (${valueList(values, params)})`;
    }
    if (op === "contains" && typeof value === "string") return `${col} LIKE ${placeholder(`%${value}%`, params)}`;
    if (op === "not" && value === null) return `${col} IS NOT NULL`;
    throw new Error(`leadWhereSql: unsupported condition ${JSON.stringify({ [name]: condition })}`);
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`;
}
