import "server-only";
import { companyRevenue, type CompanyRevenue } from "@/lib/revenue/company-revenue";
import { yearPeriod } from "@/lib/periods";
import { getDb } from "@/server/db";
import { getExchangeRates } from "./get-exchange-rates";
import { loadCompanyRevenueInputs } from "./load-company-revenue-inputs";
import { projectSelect, type ProjectRow } from "./project-row";
import { recurringLineSelect, type RecurringLineRow } from "./recurring-line-row";

export type CompanyRevenueDetail = { summary: CompanyRevenue; projects: ProjectRow[]; lines: RecurringLineRow[] };

/**
 * The revenue section of a company page: lifetime revenue, this year's revenue (this calendar year
 * in the viewer's time zone `tz`) and current MRR, per currency and in the base currency
 * (companyRevenue); its projects (newest first) and recurring lines (active first, then by start).
 * @param now - the current instant (injected so tests control the clock).
 */
export async function getCompanyRevenue(companyId: string, tz: string, now = new Date()): Promise<CompanyRevenueDetail> {
  const db = getDb();
  const [inputs, rates, projects, lines] = await Promise.all([
    loadCompanyRevenueInputs(companyId, db),
    getExchangeRates(db),
    db.project.findMany({ where: { companyId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: projectSelect }),
    db.recurringLine.findMany({ where: { companyId }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], select: recurringLineSelect }),
  ]);
  const ended = (line: RecurringLineRow) => line.endsAt !== null && line.endsAt <= now;
  return {
    summary: companyRevenue(inputs, now, yearPeriod(now, tz), rates),
    projects,
    lines: [...lines.filter((l) => !ended(l)), ...lines.filter(ended)],
  };
}
