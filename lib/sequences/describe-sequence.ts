const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

/**
 * A send window in words: its ISO weekdays with runs of three or more joined ("Mon–Fri", "Mon,
 * Wed, Sat–Sun"), then its hours ("09:00–17:00").
 */
export function describeWindow({ sendDays, sendFromHour, sendToHour }: { sendDays: readonly number[]; sendFromHour: number; sendToHour: number }): string {
  const days = [...new Set(sendDays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    if (j - i >= 2) parts.push(`${DAY_NAMES[days[i] - 1]}–${DAY_NAMES[days[j] - 1]}`);
    else for (let k = i; k <= j; k++) parts.push(DAY_NAMES[days[k] - 1]);
    i = j + 1;
  }
  const dayText = days.length === 7 ? "Every day" : parts.join(", ");
  return `${dayText} ${hour(sendFromHour)}–${hour(sendToHour)}`;
}

/** The channels of a task step, as people say them. */
export const CHANNEL_LABELS: Record<string, string> = { EMAIL: "Email", CALL: "Call", WHATSAPP: "WhatsApp", DM: "DM", SMS: "SMS" };

/** A step in words: "Email: Intro (A 50% / B 50%)", "WhatsApp task: …", "Wait 2 business days". */
export function describeStep(
  step: { kind: "EMAIL"; templateId: string; split: ReadonlyArray<{ label: string; percent: number }> | null } | { kind: "TASK"; channel: string; title: string } | { kind: "WAIT"; waitDays: number; businessDays: boolean },
  templateName: (id: string) => string,
): string {
  if (step.kind === "EMAIL") return `Email: ${templateName(step.templateId)}${step.split ? ` (${step.split.map((s) => `${s.label} ${s.percent}%`).join(" / ")})` : ""}`;
  if (step.kind === "TASK") return `${CHANNEL_LABELS[step.channel] ?? step.channel} task: ${step.title}`;
  return `Wait ${step.waitDays} ${step.businessDays ? "business " : ""}day${step.waitDays === 1 ? "" : "s"}`;
}
