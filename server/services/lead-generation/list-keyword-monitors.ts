import { z } from "zod";
import { getDb } from "@/server/db";

/** A keyword monitor as the panel lists it, with its signal count. */
export type KeywordMonitorRow = {
  id: string;
  name: string;
  kind: "FEED" | "REDDIT";
  url: string;
  keywords: string[];
  negativeKeywords: string[];
  cron: string | null;
  lastRunAt: Date | null;
  createdById: string | null;
  signals: number;
};

const words = z.array(z.string()).catch([]);

/** Every keyword monitor, by name. */
export async function listKeywordMonitors(): Promise<KeywordMonitorRow[]> {
  const rows = await getDb().keywordMonitor.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, url: true, keywords: true, negativeKeywords: true, cron: true, lastRunAt: true, createdById: true, _count: { select: { signals: true } } },
  });
  return rows.map(({ _count, keywords, negativeKeywords, ...row }) => ({ ...row, keywords: words.parse(keywords), negativeKeywords: words.parse(negativeKeywords), signals: _count.signals }));
}
