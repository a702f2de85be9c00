import type { LeadImportDedupe, LeadImportMapping } from "@/lib/validation/import";
import { googleMapsJsonPreset, googleMapsPreset } from "./google-maps";

/**
 * A built-in import format: which records it creates (`target`), how its columns map, and the
 * duplicate handling it suggests. A file is recognised as this format when it has every
 * `signature` column. Presets for other targets (deals, companies) add their own variant here.
 */
export type ImportPreset = {
  name: string;
  label: string;
  description: string;
  target: "lead";
  signature: readonly string[];
  mapping: LeadImportMapping;
  dedupe: LeadImportDedupe;
};

/** The built-in presets by name; detection tries them in this order (the more specific first). */
export const IMPORT_PRESETS: Readonly<Record<string, ImportPreset>> = {
  [googleMapsJsonPreset.name]: googleMapsJsonPreset,
  [googleMapsPreset.name]: googleMapsPreset,
};

/** The preset of that name, or null. */
export function findImportPreset(name: string | null | undefined): ImportPreset | null {
  return (name && Object.hasOwn(IMPORT_PRESETS, name) ? IMPORT_PRESETS[name] : null) ?? null;
}

/** The first preset whose signature columns all appear among `columns`, or null. */
export function detectImportPreset(columns: readonly string[]): ImportPreset | null {
  const present = new Set(columns);
  return Object.values(IMPORT_PRESETS).find((preset) => preset.signature.every((column) => present.has(column))) ?? null;
}
