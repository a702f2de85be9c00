import "server-only";
import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import type { Period } from "@/lib/periods";
import type { Prisma } from "@/server/generated/sqlite/client";

/**
 * What every metric is measured over; the home dashboard and /analytics build one from the viewer
 * and the URL, and every metric applies it through the helpers below, so a filter means the same
 * everywhere.
 */
export type MetricsFilters = {
  /** IANA time zone whose calendar defines days, weeks (Monday start) and months. */
  timeZone: string;
  /** The current instant (injected so tests control the clock). */
  now: Date;
  /** One user's records (the "My" view or an owner filter): leads and deals by owner, activities by author, revenue by the company's owner. */
  ownerId?: string;
  /** A UTC half-open range [from, to); when absent, each metric uses its own window ending now. */
  from?: Date;
  to?: Date;
  /** Lead filters (also applied to activities, through their lead). */
  niche?: string;
  source?: string;
  leadStatusId?: string;
  /** Deal filter. */
  pipelineId?: string;
};

/** The range of `filters` where given, else `fallback` (a metric's default window). */
export function metricsRange(filters: MetricsFilters, fallback: Period): Period {
  return { start: filters.from ?? fallback.start, end: filters.to ?? fallback.end };
}

/** Whether any lead filter (niche, source, status) is set. */
function hasLeadFilter(filters: MetricsFilters): boolean {
  return Boolean(filters.niche || filters.source || filters.leadStatusId);
}

/** The lead filters alone (niche, source, status), for leads and, through their lead, activities. */
function leadAttributesWhere(filters: MetricsFilters): Prisma.LeadWhereInput {
  return {
    ...(filters.niche ? { niche: filters.niche } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.leadStatusId ? { stageId: filters.leadStatusId } : {}),
  };
}

/** Leads matching `filters`: owner, niche, source and status (not the date range: each metric says which date it ranges over). */
export function leadMetricsWhere(filters: MetricsFilters): Prisma.LeadWhereInput {
  return { ...(filters.ownerId ? { ownerId: filters.ownerId } : {}), ...leadAttributesWhere(filters) };
}

/**
 * Activities matching `filters`: by author for an owner, and with a lead filter only activities
 * linked to a lead that matches it (not the date range).
 */
export function activityMetricsWhere(filters: MetricsFilters): Prisma.ActivityWhereInput {
  return { ...(filters.ownerId ? { authorId: filters.ownerId } : {}), ...(hasLeadFilter(filters) ? { lead: leadAttributesWhere(filters) } : {}) };
}

/**
 * Outreach as the outreach list counts it (buildOutreachWhere): outbound touches — email, call,
 * meeting, DM, SMS, WhatsApp, in person, other — so every count links to a list that shows it.
 */
export const OUTREACH_WHERE = { direction: "OUTBOUND", type: { in: [...TOUCH_TYPES] } } satisfies Prisma.ActivityWhereInput;

/** Deals matching `filters`: owner and pipeline (not the date range). */
export function dealMetricsWhere(filters: MetricsFilters): Prisma.DealWhereInput {
  return { ...(filters.ownerId ? { ownerId: filters.ownerId } : {}), ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}) };
}

/** Companies whose revenue counts under `filters`: not deleted, owned by the owner when given. */
export function revenueCompanyWhere(filters: MetricsFilters): Prisma.CompanyWhereInput {
  return { deletedAt: null, ...(filters.ownerId ? { ownerId: filters.ownerId } : {}) };
}
