import { Body, Column, Container, Head, Heading, Hr, Html, Link, Preview, Row, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { DailySummary, TeamCount } from "@/lib/daily-summary/daily-summary";
import { formatInZone, zonedDayStart } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

const font = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const muted = { color: "#64748b", fontSize: "13px", margin: "0" };
const sectionTitle = { fontSize: "13px", fontWeight: 600, letterSpacing: "0.04em", textTransform: "uppercase" as const, color: "#475569", margin: "24px 0 8px" };
const link = { color: "#2563eb", textDecoration: "none" };

/** One figure: its label on the left, the number (a link when it has somewhere to go) on the right. */
function Figure({ label, value, href, tone, note }: { label: string; value: ReactNode; href?: string; tone?: string; note?: string }) {
  return (
    <Row style={{ borderBottom: "1px solid #f1f5f9" }}>
      <Column style={{ padding: "6px 0", fontSize: "15px" }}>
        {label}
        {note ? <span style={{ ...muted, display: "block" }}>{note}</span> : null}
      </Column>
      <Column align="right" style={{ padding: "6px 0", fontSize: "17px", fontWeight: 600, color: tone ?? "#0f172a", whiteSpace: "nowrap" }}>
        {href ? (
          <Link href={href} style={{ ...link, color: tone ?? "#2563eb" }}>
            {value}
          </Link>
        ) : (
          value
        )}
      </Column>
    </Row>
  );
}

/** "12", or "3 · team 12" when the team's figure is there. */
function teamValue({ mine, team }: TeamCount): string {
  return team === null ? String(mine) : `${mine} · team ${team}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Says which currencies were left out of a money figure for want of an exchange rate. */
function missingRatesNote(missing: string[]): string | undefined {
  return missing.length ? `Without ${missing.join(", ")} (no exchange rate)` : undefined;
}

/**
 * The daily summary email (issue 11 §5): today's follow-ups and tasks, recent outreach and new
 * leads, the MRR snapshot, on Mondays last week, and the recipient's streak, XP and level. Every figure links into the app. Money in minor units of the base
 * currency, formatted with formatMoney.
 */
export function DailySummaryEmail({ summary }: { summary: DailySummary }) {
  const { followUps, tasks, outreach, newLeads, mrr, lastWeek, progress, links } = summary;
  const day = formatInZone(zonedDayStart(summary.localDate, summary.timeZone), summary.timeZone, "EEEE d MMMM yyyy");
  const money = (minor: number) => formatMoney(minor, mrr.currency);
  const firstName = summary.recipientName.split(" ")[0];
  return (
    <Html lang="en">
      <Head />
      <Preview>{`${count(followUps.today.mine, "follow-up", "follow-ups")} and ${count(tasks.today, "task", "tasks")} due today`}</Preview>
      <Body style={{ backgroundColor: "#f8fafc", color: "#0f172a", fontFamily: font, margin: "0", padding: "16px 0" }}>
        <Container style={{ maxWidth: "560px", backgroundColor: "#ffffff", border: "1px solid #e2e8f0", borderRadius: "8px", padding: "24px" }}>
          <Text style={muted}>Leadwell daily summary</Text>
          <Heading as="h1" style={{ fontSize: "22px", margin: "4px 0 0" }}>
            Your day, {firstName}
          </Heading>
          <Text style={{ ...muted, fontSize: "14px" }}>{day}</Text>

          <Heading as="h2" style={sectionTitle}>
            To do today
          </Heading>
          <Section>
            <Figure label="Your follow-ups due today" value={teamValue(followUps.today)} href={links.followUpsToday} tone="#d97706" />
            <Figure label="Your overdue follow-ups" value={teamValue(followUps.overdue)} href={links.followUpsOverdue} tone="#dc2626" />
            <Figure label="Your tasks due today" value={tasks.today} href={links.tasksToday} tone="#d97706" />
            <Figure label="Your overdue tasks" value={tasks.overdue} href={links.tasksOverdue} tone="#dc2626" />
          </Section>

          <Heading as="h2" style={sectionTitle}>
            Outreach and new leads
          </Heading>
          <Section>
            <Figure label="Your outreach yesterday" value={teamValue(outreach.yesterday)} href={links.outreachYesterday} />
            <Figure label="Your outreach this week" value={teamValue(outreach.week)} href={links.outreachWeek} />
            <Figure label="New leads yesterday" value={newLeads.yesterday} href={links.leads} />
            <Figure label="New leads this week" value={newLeads.week} href={links.leads} />
          </Section>

          <Heading as="h2" style={sectionTitle}>
            MRR
          </Heading>
          <Section>
            <Figure label="MRR" value={money(mrr.total)} href={links.home} note={missingRatesNote(mrr.missingRates)} />
            <Figure label="Hosting" value={money(mrr.hosting)} />
            <Figure label="SaaS" value={money(mrr.saas)} />
            <Figure label="New MRR this month" value={`+${money(mrr.newThisMonth)}`} tone="#15803d" />
            <Figure label="Churned MRR this month" value={`−${money(mrr.churnedThisMonth)}`} tone={mrr.churnedThisMonth > 0 ? "#dc2626" : undefined} />
          </Section>

          {lastWeek ? (
            <>
              <Heading as="h2" style={sectionTitle}>
                Last week
              </Heading>
              <Section>
                <Figure label="Your outreach" value={teamValue(lastWeek.outreach)} href={links.outreachLastWeek} />
                <Figure label="Deals won" value={teamValue(lastWeek.dealsWon)} href={links.deals} tone="#15803d" />
                <Figure label="Deals lost" value={teamValue(lastWeek.dealsLost)} href={links.deals} />
                <Figure label="Project revenue paid" value={formatMoney(lastWeek.revenue.total, lastWeek.revenue.currency)} note={missingRatesNote(lastWeek.revenue.missingRates)} />
              </Section>
            </>
          ) : null}

          {progress ? (
            <>
              <Heading as="h2" style={sectionTitle}>
                Your progress
              </Heading>
              <Section>
                <Figure label="Outreach streak" value={count(progress.streakDays, "day", "days")} href={links.gamification} note={progress.paused ? "Frozen: pause mode is on" : undefined} tone="#ea580c" />
                <Figure label="XP" value={progress.xp.toLocaleString("en")} href={links.gamification} note={`+${progress.xpThisWeek.toLocaleString("en")} this week`} />
                <Figure
                  label="Level"
                  value={progress.level}
                  href={links.gamification}
                  note={progress.xpToNextLevel === null ? "Top level" : `${progress.xpToNextLevel.toLocaleString("en")} XP to level ${progress.level + 1}`}
                  tone="#7c3aed"
                />
              </Section>
            </>
          ) : null}

          <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0 12px" }} />
          <Text style={muted}>
            Sent Monday to Friday. Change the hour or turn it off in your{" "}
            <Link href={links.profile} style={link}>
              profile
            </Link>
            .
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
