/** The event by which any "Log outreach" (or one-click outreach) button tells the app-wide one what it logged. */
export const OUTREACH_LOGGED_EVENT = "leadwell:outreach-logged";

/**
 * Shows `text` in the app-wide confirmation (the header's "Log outreach" button), which outlives a
 * row or card that the refresh after logging re-renders away.
 */
export function announceOutreach(text: string): void {
  window.dispatchEvent(new CustomEvent(OUTREACH_LOGGED_EVENT, { detail: text }));
}
