import { MAVEN_FILES } from "@/lib/import/maven/maven-files";
import { mavenAccountNote, mavenCountry, mavenIndustry, mavenNameKey, mavenProductKey } from "@/lib/import/maven/maven-values";
import type { MavenImportSettings } from "@/lib/validation/maven-import";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { containsText } from "@/server/services/text-filter";
import type { MavenDataset, MavenRowFailure } from "./read-maven-files";

/** What becomes of a sales agent: a new user without sign-in, the one a previous import created, or a chosen user. */
export type MavenAgentUser =
  | { action: "create" }
  | { action: "reuse"; userId: string }
  | { action: "map"; userId: string; email: string; userName: string };

export type MavenAgentPlan = {
  name: string;
  /** Opportunities of the agent in sales_pipeline.csv (rows that passed their checks). */
  deals: number;
  manager: string | null;
  regionalOffice: string | null;
  user: MavenAgentUser;
};

/** The Company columns an account fills. */
export type MavenCompanyColumns = { industry: string | null; employees: number | null; country: string | null };

export type MavenCompanyPlan = {
  line: number;
  name: string;
  key: string;
  /** The parent's name key (subsidiary_of), or null. */
  parentKey: string | null;
  /**
   * create: a new company. update: an existing company of that name whose blank fields (and
   * missing parent) the account fills. skip: an existing company the account adds nothing to.
   */
  action: "create" | "update" | "skip";
  existingId: string | null;
  /** For create all columns; for update only the blank ones the account fills. */
  columns: Partial<MavenCompanyColumns>;
  setParent: boolean;
  /** For create: the note keeping year established and revenue (see mavenAccountNote). */
  note: string | null;
};

export type MavenSetupPlan = {
  agents: MavenAgentPlan[];
  companies: MavenCompanyPlan[];
  /** Existing companies named by opportunities or as parents but not in accounts.csv, by name key. */
  otherCompanies: Map<string, { id: string; name: string }>;
  /** Accounts rejected (by their own checks or for their parent), by name key → line in accounts.csv. */
  rejectedAccounts: Map<string, number>;
  /** Product list prices in USD by product key (see mavenProductKey). */
  listPrices: Map<string, number>;
  /** Accounts rejected for their parent (in addition to the dataset's failures). */
  failures: MavenRowFailure[];
};

type ExistingCompany = { id: string; name: string; industry: string | null; employees: number | null; country: string | null; parentId: string | null };

/** Names per query when looking companies up by name (each is one LIKE term). */
const NAMES_PER_QUERY = 200;

/** Active companies whose name equals one of `names` ignoring case, by name key (the oldest when several share one). */
async function findCompaniesByName(tx: Tx, names: string[]): Promise<Map<string, ExistingCompany>> {
  const found = new Map<string, ExistingCompany>();
  const wanted = new Set(names.map(mavenNameKey));
  for (let start = 0; start < names.length; start += NAMES_PER_QUERY) {
    const rows = await tx.company.findMany({
      where: { deletedAt: null, OR: names.slice(start, start + NAMES_PER_QUERY).map((name) => ({ name: containsText(name) })) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, industry: true, employees: true, country: true, parentId: true },
    });
    // containsText matches substrings; only equal names count.
    for (const row of rows) if (wanted.has(mavenNameKey(row.name)) && !found.has(mavenNameKey(row.name))) found.set(mavenNameKey(row.name), row);
  }
  return found;
}

/** The agents of sales_teams.csv, then those only named in sales_pipeline.csv, each once. */
function agentsOf(dataset: MavenDataset): Array<Omit<MavenAgentPlan, "user">> {
  const agents = new Map<string, Omit<MavenAgentPlan, "user">>();
  for (const { data } of dataset.agents) {
    agents.set(mavenNameKey(data.sales_agent), { name: data.sales_agent, deals: 0, manager: data.manager, regionalOffice: data.regional_office });
  }
  for (const { data } of dataset.opportunities) {
    if (!data.sales_agent) continue;
    const key = mavenNameKey(data.sales_agent);
    const agent = agents.get(key) ?? { name: data.sales_agent, deals: 0, manager: null, regionalOffice: null };
    agent.deals++;
    agents.set(key, agent);
  }
  return [...agents.values()];
}

/**
 * Decides, from the files and the database, who each sales agent becomes and which companies
 * are created, filled in or left alone; reads only. Companies are matched by name ignoring case
 * (active ones; the oldest when several share a name). An account whose parent (subsidiary_of)
 * is rejected or unknown is rejected too, so no company is created half.
 * @throws ValidationError when the agent mapping names an agent not in the files or an email no
 *   user has.
 */
export async function planMavenSetup(tx: Tx, dataset: MavenDataset, settings: MavenImportSettings): Promise<MavenSetupPlan> {
  const agents = agentsOf(dataset);
  const agentKeys = new Set(agents.map((agent) => mavenNameKey(agent.name)));
  const mapping = new Map(Object.entries(settings.agents).map(([name, email]) => [mavenNameKey(name), email]));
  const unknownAgents = Object.keys(settings.agents).filter((name) => !agentKeys.has(mavenNameKey(name)));
  if (unknownAgents.length) {
    const message = `Not a sales agent of these files: ${unknownAgents.join(", ")}`;
    throw new ValidationError(message, { agents: [message] });
  }
  const emails = [...new Set(mapping.values())];
  const mappedUsers = emails.length
    ? await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, name: true, email: true } })
    : [];
  const userByEmail = new Map(mappedUsers.map((user) => [user.email!, user]));
  const unknownEmails = emails.filter((email) => !userByEmail.has(email));
  if (unknownEmails.length) {
    const message = `No user has the email ${unknownEmails.join(", ")}`;
    throw new ValidationError(message, { agents: [message] });
  }
  const withoutSignIn = await tx.user.findMany({
    where: { email: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  const reusable = new Map<string, string>();
  for (const user of withoutSignIn) if (!reusable.has(mavenNameKey(user.name))) reusable.set(mavenNameKey(user.name), user.id);
  const agentPlans: MavenAgentPlan[] = agents.map((agent) => {
    const key = mavenNameKey(agent.name);
    const email = mapping.get(key);
    const mapped = email ? userByEmail.get(email) : undefined;
    if (mapped) return { ...agent, user: { action: "map", userId: mapped.id, email: mapped.email!, userName: mapped.name } };
    const reused = reusable.get(key);
    return { ...agent, user: reused ? { action: "reuse", userId: reused } : { action: "create" } };
  });

  const accountsFile = dataset.files.accounts?.name ?? MAVEN_FILES.accounts.fileName;
  const accountNames = dataset.accounts.flatMap(({ data }) => [data.account, ...(data.subsidiary_of ? [data.subsidiary_of] : [])]);
  const dealAccounts = dataset.opportunities.flatMap(({ data }) => (data.account ? [data.account] : []));
  const uniqueNames = [...new Map([...accountNames, ...dealAccounts].map((name) => [mavenNameKey(name), name])).values()];
  const existing = await findCompaniesByName(tx, uniqueNames);

  const accepted = new Set(dataset.accounts.map(({ data }) => mavenNameKey(data.account)));
  const rejectedAccounts = new Map<string, number>();
  for (const failure of dataset.failures) {
    if (failure.kind !== "accounts" || !failure.key) continue;
    const key = mavenNameKey(failure.key);
    if (!accepted.has(key) && !rejectedAccounts.has(key)) rejectedAccounts.set(key, failure.line);
  }
  const failures: MavenRowFailure[] = [];
  let accounts = dataset.accounts;
  // Rejecting an account can orphan its subsidiaries: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    const inFile = new Set(accounts.map(({ data }) => mavenNameKey(data.account)));
    accounts = accounts.filter(({ line, cells, data }) => {
      if (!data.subsidiary_of) return true;
      const parentKey = mavenNameKey(data.subsidiary_of);
      let reason: string | null = null;
      if (parentKey === mavenNameKey(data.account)) reason = "subsidiary_of: a company cannot be its own parent";
      else if (rejectedAccounts.has(parentKey)) reason = `subsidiary_of: "${data.subsidiary_of}" was rejected (line ${rejectedAccounts.get(parentKey)})`;
      else if (!inFile.has(parentKey) && !existing.has(parentKey)) reason = `subsidiary_of: "${data.subsidiary_of}" is neither in ${accountsFile} nor an existing company`;
      if (!reason) return true;
      failures.push({ kind: "accounts", file: accountsFile, line, reason, cells, key: data.account });
      rejectedAccounts.set(mavenNameKey(data.account), line);
      changed = true;
      return false;
    });
  }

  const companies: MavenCompanyPlan[] = accounts.map(({ line, data }) => {
    const key = mavenNameKey(data.account);
    const parentKey = data.subsidiary_of ? mavenNameKey(data.subsidiary_of) : null;
    const columns: MavenCompanyColumns = { industry: mavenIndustry(data.sector), employees: data.employees, country: mavenCountry(data.office_location) };
    const found = existing.get(key);
    if (!found) return { line, name: data.account, key, parentKey, action: "create", existingId: null, columns, setParent: parentKey !== null, note: mavenAccountNote(data) };
    const fill = Object.fromEntries(Object.entries(columns).filter(([column, value]) => value !== null && found[column as keyof MavenCompanyColumns] === null));
    const setParent = parentKey !== null && found.parentId === null;
    const action = Object.keys(fill).length || setParent ? "update" : "skip";
    return { line, name: found.name, key, parentKey, action, existingId: found.id, columns: fill, setParent, note: null };
  });

  const planned = new Set(companies.map((company) => company.key));
  const otherCompanies = new Map<string, { id: string; name: string }>();
  const parents = accounts.flatMap(({ data }) => (data.subsidiary_of ? [data.subsidiary_of] : []));
  for (const name of [...dealAccounts, ...parents]) {
    const key = mavenNameKey(name);
    const found = existing.get(key);
    if (found && !planned.has(key) && !rejectedAccounts.has(key)) otherCompanies.set(key, { id: found.id, name: found.name });
  }
  const listPrices = new Map(dataset.products.flatMap(({ data }) => (data.sales_price !== null ? [[mavenProductKey(data.product), data.sales_price]] : [])));
  return { agents: agentPlans, companies, otherCompanies, rejectedAccounts, listPrices, failures };
}
