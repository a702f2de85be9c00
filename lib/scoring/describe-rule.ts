import { enumLabel } from "@/lib/enums";
import { ENGAGEMENT_SUBJECTS, FIT_SUBJECTS, operatorsFor, type EngagementSubject, type FitSubject } from "./rule-keys";

/** A rule's condition in words, e.g. "Rating (stars) is at least 4" or "Opened an email — for each (up to 3), in 30 days". */
export function describeRule(rule: { kind: "FIT" | "ENGAGEMENT"; subject: string; operator: string; value: unknown; windowDays: number | null }): string {
  const operator = operatorsFor(rule.kind, rule.subject)[rule.operator]?.label ?? rule.operator;
  const list = Array.isArray(rule.value) ? rule.value.map((v) => (rule.subject === "websiteIssues" ? enumLabel(String(v)) : String(v))).join(", ") : null;
  if (rule.kind === "FIT") {
    const subject = FIT_SUBJECTS[rule.subject as FitSubject]?.label ?? rule.subject;
    const operand = typeof rule.value === "number" ? ` ${rule.value}` : list ? ` ${list}` : "";
    return `${subject}: ${operator}${operand}`;
  }
  const subject = ENGAGEMENT_SUBJECTS[rule.subject as EngagementSubject]?.label ?? rule.subject;
  if (rule.subject === "NO_TOUCH") return `No touch for ${rule.windowDays ?? "?"} days`;
  const count = rule.operator === "each" && typeof rule.value === "number" ? `for each, up to ${rule.value}` : operator;
  return `${subject} — ${count}, within ${rule.windowDays ?? "?"} days`;
}
