"use server";

import type { LeadImportPreviewInput, SaveImportMappingInput } from "@/lib/validation/import";
import { runAction } from "@/server/action";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { saveImportMapping } from "@/server/services/imports/save-import-mapping";

/** How the start of the chosen file would be imported (format, columns, mapping, first rows). */
export async function previewLeadImportAction(input: LeadImportPreviewInput) {
  return runAction(() => previewLeadImport(input));
}

/** Saves the current column mapping under a name. */
export async function saveImportMappingAction(input: SaveImportMappingInput) {
  return runAction((user) => saveImportMapping(user, input));
}
