/**
 * Links that open a message or a call in the user's own apps (issue 12 §1). Pure; the number must
 * already be in E.164 form (see `normalisePhone` in lib/phone/normalise-phone.ts).
 */

const E164 = /^\+[1-9]\d{6,14}$/;

function assertE164(e164: string): void {
  if (!E164.test(e164)) throw new RangeError(`Not an E.164 phone number: ${JSON.stringify(e164.slice(0, 40))}`);
}

/**
 * A WhatsApp click-to-chat link with the message pre-filled: `https://wa.me/<digits>?text=<text>`.
 * Source: WhatsApp's "click to chat" help page — the number in full international form without
 * "+", leading zeros, brackets or dashes; the text URL-encoded. Without text the `?text=` part is left off.
 * @param e164 - "+35797754374".
 * @param text - the rendered message (plain text).
 * @throws RangeError when `e164` is not in E.164 form.
 */
export function whatsappLink(e164: string, text?: string | null): string {
  assertE164(e164);
  const base = `https://wa.me/${e164.slice(1)}`;
  return text ? `${base}?text=${encodeURIComponent(text)}` : base;
}

/**
 * An `sms:` link (RFC 5724) to the number with the body pre-filled: `sms:+35797754374?body=<text>`.
 * @param e164 - "+35797754374".
 * @param body - the rendered message (plain text); left off when empty.
 * @throws RangeError when `e164` is not in E.164 form.
 */
export function smsLink(e164: string, body?: string | null): string {
  assertE164(e164);
  return body ? `sms:${e164}?body=${encodeURIComponent(body)}` : `sms:${e164}`;
}

/**
 * A `tel:` link (RFC 3966, global number): `tel:+35797754374`.
 * @param e164 - "+35797754374".
 * @throws RangeError when `e164` is not in E.164 form.
 */
export function telLink(e164: string): string {
  assertE164(e164);
  return `tel:${e164}`;
}
