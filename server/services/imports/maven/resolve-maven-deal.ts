import { mavenDealColumns, type MavenDealColumns } from "@/lib/import/maven/maven-deal";
import { mavenNameKey, mavenProductKey } from "@/lib/import/maven/maven-values";
import type { MavenOpportunityRow } from "@/lib/validation/maven-import";
import type { MavenStages } from "./ensure-maven-pipeline";

/** What an opportunity is resolved against: the companies, users, prices and stages of the import. */
export type MavenDealLookups = {
  /** Companies by account name key (see mavenNameKey). */
  companyByKey: ReadonlyMap<string, { id: string; name: string }>;
  /** Accounts rejected in accounts.csv, by name key → line. */
  rejectedAccounts: ReadonlyMap<string, number>;
  accountsFile: string;
  /** User ids by agent name key. */
  userByAgentKey: ReadonlyMap<string, string>;
  /** List prices (USD) by product key (see mavenProductKey). */
  listPrices: ReadonlyMap<string, number>;
  stages: MavenStages;
  /** Time zone the dataset's days are read in (the importing user's). */
  timeZone: string;
};

export type ResolvedMavenDeal = { ok: true; stageId: string; columns: MavenDealColumns } | { ok: false; reason: string };

/**
 * The deal an opportunity becomes, with its account's company, its agent's user and its stage;
 * or why it cannot be imported (its account was rejected or is unknown).
 */
export function resolveMavenDeal(row: MavenOpportunityRow, lookups: MavenDealLookups): ResolvedMavenDeal {
  let company: { id: string; name: string } | null = null;
  if (row.account) {
    const key = mavenNameKey(row.account);
    const found = lookups.companyByKey.get(key);
    const rejectedOn = lookups.rejectedAccounts.get(key);
    if (!found) {
      return {
        ok: false,
        reason: rejectedOn
          ? `account: "${row.account}" was rejected (${lookups.accountsFile} line ${rejectedOn})`
          : `account: "${row.account}" is neither in ${lookups.accountsFile} nor an existing company`,
      };
    }
    company = found;
  }
  const ownerId = row.sales_agent ? (lookups.userByAgentKey.get(mavenNameKey(row.sales_agent)) ?? null) : null;
  const stage = lookups.stages[row.deal_stage];
  const listPrice = lookups.listPrices.get(mavenProductKey(row.product)) ?? null;
  return { ok: true, stageId: stage.id, columns: mavenDealColumns({ row, stage, company, ownerId, listPrice, timeZone: lookups.timeZone }) };
}
