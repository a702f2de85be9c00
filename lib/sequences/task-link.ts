/** The one-click link line a sequence task's notes end with ("Open WhatsApp: https://wa.me/…"). */
const LINK_LINE = /^(Open WhatsApp|Open SMS|Call|Open email|Open profile): (https:\/\/wa\.me\/\S+|sms:\S+|tel:\S+|mailto:\S+|https?:\/\/\S+)$/m;

/**
 * The one-click link of a task a sequence step made, read from its notes (renderTaskMessage wrote
 * it there as its own line), or null.
 */
export function taskLinkOf(notes: string | null): { label: string; href: string } | null {
  const match = notes ? LINK_LINE.exec(notes) : null;
  return match ? { label: match[1], href: match[2] } : null;
}
