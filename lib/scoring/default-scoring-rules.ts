import type { ScoringRuleInput } from "@/lib/validation/scoring";

/**
 * The rules a new installation starts with (ensureDefaultScoringRules), for local businesses found
 * on Google Maps and sold a website or its upkeep: no website or a weak one is the need; a good
 * rating and many reviews mean an established business that can pay; a way to reach it matters;
 * engagement (opens, clicks, replies, a booked call) warms a lead and fades with time; a bounce or
 * weeks without a touch cool it. The best typical fit (no website, rated 4+, 100+ reviews, email and
 * phone) scores 60, so a lead becomes HOT (70 by default) only with some engagement. Each carries a stable key (ScoringRule.defaultKey).
 */
export const DEFAULT_SCORING_RULES: ReadonlyArray<ScoringRuleInput & { key: string }> = [
  { key: "no-website", kind: "FIT", name: "No website", subject: "hasWebsite", operator: "is_false", value: null, points: 25 },
  { key: "website-issues", kind: "FIT", name: "Website has issues", subject: "websiteIssues", operator: "any", value: null, points: 15 },
  { key: "good-rating", kind: "FIT", name: "Rated 4.0 or better", subject: "rating", operator: "gte", value: 4, points: 10 },
  { key: "poor-rating", kind: "FIT", name: "Rated below 3.0", subject: "rating", operator: "lt", value: 3, points: -10 },
  { key: "established", kind: "FIT", name: "20 or more reviews", subject: "reviewCount", operator: "gte", value: 20, points: 10 },
  { key: "well-known", kind: "FIT", name: "100 or more reviews", subject: "reviewCount", operator: "gte", value: 100, points: 5 },
  { key: "has-email", kind: "FIT", name: "Has an email address", subject: "hasEmail", operator: "is_true", value: null, points: 5 },
  { key: "has-phone", kind: "FIT", name: "Has a phone number", subject: "hasPhone", operator: "is_true", value: null, points: 5 },
  { key: "opened", kind: "ENGAGEMENT", name: "Opened an email", subject: "EMAIL_OPENED", operator: "each", value: 3, points: 5, windowDays: 30 },
  { key: "clicked", kind: "ENGAGEMENT", name: "Clicked a link", subject: "EMAIL_CLICKED", operator: "each", value: 2, points: 10, windowDays: 30 },
  { key: "replied", kind: "ENGAGEMENT", name: "Replied", subject: "REPLIED", operator: "any", value: null, points: 30, windowDays: 60 },
  { key: "booked-call", kind: "ENGAGEMENT", name: "Booked a call", subject: "BOOKED_CALL", operator: "any", value: null, points: 35, windowDays: 90 },
  { key: "bounced", kind: "ENGAGEMENT", name: "Email bounced", subject: "EMAIL_BOUNCED", operator: "any", value: null, points: -20, windowDays: 90 },
  { key: "no-touch-30", kind: "ENGAGEMENT", name: "No touch for 30 days", subject: "NO_TOUCH", operator: "for_days", value: null, points: -10, windowDays: 30 },
];
