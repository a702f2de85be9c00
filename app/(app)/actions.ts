"use server";

import { runAction } from "@/server/action";
import { searchRecords } from "@/server/services/search/search-records";

/** Global search (Ctrl/Cmd+K) over leads, companies and contacts. */
export async function searchAction(query: unknown) {
  return runAction(() => searchRecords(typeof query === "string" ? query : ""));
}
