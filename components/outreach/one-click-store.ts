"use client";

import { useSyncExternalStore } from "react";
import type { OutreachChannel } from "@/lib/outreach/channels/channels";
import type { ChannelRecordRef } from "./ChannelMessageForm";

/** A one-click dialog to show: the channel, the record, its name, and (when the page knows) whether Resend is configured. */
export type OneClickRequest = { channel: OutreachChannel; record: ChannelRecordRef; name: string; emailProviderConfigured?: boolean };

let current: OneClickRequest | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * Opens a one-click dialog in the app-wide host (OneClickOutreachHost). The dialog lives outside
 * the row or card that asked for it, so a list refreshed meanwhile (which may re-create its rows)
 * does not close it.
 */
export function openOneClick(request: OneClickRequest): void {
  current = request;
  emit();
}

/** Closes the one-click dialog. */
export function closeOneClick(): void {
  current = null;
  emit();
}

/** The dialog to show now, or null. */
export function useOneClickRequest(): OneClickRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}
