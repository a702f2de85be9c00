import { describe, expect, it } from "vitest";
import { keyNeedle, MAX_TAG_KEYS, TAG_KEYS_OVERFLOW, tagKeysOf, websiteIssueKeysOf } from "@/lib/leads/filter-keys";

describe("lead filter keys", () => {
  it("lists tag ids sorted and once each, enclosed in bars", () => {
    expect(tagKeysOf(["cb2", "ca1", "cb2"])).toBe("|ca1|cb2|");
    expect(tagKeysOf(["ca1"])).toBe("|ca1|");
    expect(tagKeysOf([])).toBe("");
  });

  it("lists website issues the same way", () => {
    expect(websiteIssueKeysOf(["SLOW_LOADING", "OUTDATED", "SLOW_LOADING"])).toBe("|OUTDATED|SLOW_LOADING|");
    expect(websiteIssueKeysOf([])).toBe("");
  });

  it("finds a value by its needle and not by a part of another value", () => {
    const keys = tagKeysOf(["cab", "cabc"]);
    expect(keys.includes(keyNeedle("cab"))).toBe(true);
    expect(keys.includes(keyNeedle("ab"))).toBe(false);
    expect(keys.includes(keyNeedle("ca"))).toBe(false);
  });

  it("holds the 20 tags the lead form allows and marks more as overflow instead of cutting them", () => {
    const ids = Array.from({ length: 21 }, (_, n) => `c${String(n).padStart(24, "0")}`);
    expect(tagKeysOf(ids.slice(0, 20))).toHaveLength(MAX_TAG_KEYS);
    expect(tagKeysOf(ids)).toBe(TAG_KEYS_OVERFLOW);
  });
});
