import type { StageKind, Temperature } from "@/lib/enums";

/** What a board shows: the deals of a deal pipeline, or the open leads of the lead pipeline. */
export type BoardKind = "deal" | "lead";

/** A board column's stage. */
export type BoardStage = { id: string; name: string; color: string; kind: StageKind; rottingDays: number | null };

/** The sums of one currency in a column, in minor units; `weighted` is null on the lead board. */
export type BoardTotal = { currency: string; value: number; weighted: number | null };

/**
 * One card, ready to show (dates formatted in the viewer's time zone, day counts from the
 * server's `now`, so server and browser render the same text).
 */
export type BoardCard = {
  id: string;
  /** The card's position key (the "Show more" cursor). */
  position: string;
  href: string;
  /** Deal title or lead name. */
  title: string;
  /** Company (deal) or "niche · city" (lead). */
  subtitle: string | null;
  /** Value (deal) or estimated value (lead) in minor units of `currency`; null when unknown. */
  value: number | null;
  /** The card's weighted value (deals only). */
  weighted: number | null;
  currency: string;
  /** Expected close date (deal) or next action date (lead), formatted; and whether it has passed. */
  date: { label: string; text: string; overdue: boolean } | null;
  ownerName: string | null;
  /** Whole days since the last activity; null when there has been none. */
  idleDays: number | null;
  /** Whole days in the current stage. */
  stageDays: number;
  /** In an open stage longer than its rotting days. */
  rotting: boolean;
  /** Whether the viewer may move it (lib/permissions.ts canEdit). */
  editable: boolean;
  /** Lead cards only (issue 12 §5): the stored score (0–100), temperature, source and open (not done) tasks. */
  lead?: LeadCardFacts;
};

/** What a lead card shows beyond every card's fields. */
export type LeadCardFacts = { score: number; temperature: Temperature; source: string | null; openTasks: number };

/** A column: its stage, the totals of all its cards that match the filters, and the first page of them. */
export type BoardColumn = { stage: BoardStage; count: number; totals: BoardTotal[]; cards: BoardCard[] };

/** A board: its pipeline, its columns, and the tag names its tag filter offers. */
export type Board = { kind: BoardKind; pipeline: { id: string; name: string }; columns: BoardColumn[]; tags: string[] };
