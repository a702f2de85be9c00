import { createHash } from "node:crypto";
import { generateNKeysBetween } from "fractional-indexing";
import { dealSearchText } from "@/lib/deals/deal-search-text";
import { weightedValue } from "@/lib/deals/weighted-value";
import { random } from "@/lib/random";
import type { RawDatabase, Row } from "./raw-database";

const DAY_MS = 24 * 60 * 60 * 1000;
const TITLES = ["Website redesign", "SEO retainer", "Booking system", "Hosting plan", "Photo shoot", "Menu site", "Online shop", "Care plan", "Logo refresh", "Google Ads setup"];

/** A stable cuid-like id for the n-th generated row of a kind, so runs with the same seed are identical. */
const rowId = (seed: number, kind: string, n: number) => `c${createHash("sha1").update(`${seed}:${kind}:${n}`).digest("hex").slice(0, 24)}`;

/**
 * Bulk-inserts `count` open deals into the stages of one pipeline (evenly spread), with the
 * companies they belong to and 0–4 activities each, bypassing the services for speed. In each
 * column the first tenth of the cards share the default key "a0" (as deals that were never
 * placed do) and the rest have distinct keys after it, so moves meet ties as well as gaps.
 * @param stages - the pipeline's open stages with their default probability.
 * @param owners - user ids the deals are spread over.
 * @param now - the instant the generated dates are relative to.
 */
export async function insertBenchDeals({
  raw,
  pipelineId,
  stages,
  count,
  owners,
  now,
  seed,
}: {
  raw: Pick<RawDatabase, "insert">;
  pipelineId: string;
  stages: Array<{ id: string; probability: number }>;
  count: number;
  owners: string[];
  now: Date;
  seed: number;
}): Promise<void> {
  const next = random(seed);
  const companies: Row[] = Array.from({ length: Math.max(1, Math.round(count / 10)) }, (_, n) => ({
    id: rowId(seed, "company", n),
    name: `Bench company ${n}`,
    status: "PROSPECT",
    createdAt: now,
    updatedAt: now,
  }));
  await raw.insert("Company", companies);
  const deals: Row[] = [];
  const activities: Row[] = [];
  stages.forEach((stage, s) => {
    const inStage = Math.floor(count / stages.length) + (s < count % stages.length ? 1 : 0);
    const tied = Math.floor(inStage / 10);
    const keys = [...Array<string>(tied).fill("a0"), ...generateNKeysBetween("a0", null, inStage - tied)];
    keys.forEach((position, k) => {
      const n = deals.length;
      const id = rowId(seed, "deal", n);
      const company = companies[Math.floor(next() * companies.length)];
      const title = `${TITLES[n % TITLES.length]} #${n}`;
      const value = 50_000 + Math.floor(next() * 2_000_000);
      const stageChangedAt = new Date(now.getTime() - Math.floor(next() * 60) * DAY_MS);
      deals.push({
        id,
        title,
        value,
        currency: k % 20 === 0 ? "USD" : "EUR",
        probability: stage.probability,
        probabilityOverridden: false,
        weightedValue: weightedValue(value, stage.probability),
        expectedCloseAt: new Date(now.getTime() + Math.floor(next() * 120 - 30) * DAY_MS),
        pipelineId,
        stageId: stage.id,
        position,
        stageChangedAt,
        companyId: company.id as string,
        ownerId: owners[n % owners.length],
        searchText: dealSearchText({ title, companyName: company.name as string }),
        createdAt: stageChangedAt,
        updatedAt: stageChangedAt,
      });
      for (let a = Math.floor(next() * 5); a > 0; a--) {
        activities.push({
          id: rowId(seed, "activity", activities.length),
          type: a % 2 ? "CALL" : "EMAIL",
          direction: "OUTBOUND",
          occurredAt: new Date(now.getTime() - Math.floor(next() * 90 * DAY_MS)),
          dealId: id,
          authorId: owners[n % owners.length],
          createdAt: now,
          updatedAt: now,
        });
      }
    });
  });
  await raw.insert("Deal", deals);
  await raw.insert("Activity", activities);
}
