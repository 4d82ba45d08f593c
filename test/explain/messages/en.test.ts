// The message catalogues (src/explain/messages/en.ts and its translations kk.ts, ru.ts): en.ts defines
// the codes; kk and ru have exactly the same codes, each message non-empty, with the same placeholders.
import { describe, expect, it } from "vitest";
import { EN_MESSAGES, KK_MESSAGES, RU_MESSAGES } from "../../../src/explain/index.js";

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe("EN_MESSAGES — the codes and placeholders every catalogue shares", () => {
  const codes = Object.keys(EN_MESSAGES);
  it("every code has a non-empty message in kk, ru and en, and no language has extra codes", () => {
    for (const cat of [KK_MESSAGES, RU_MESSAGES]) {
      expect(Object.keys(cat).sort()).toEqual([...codes].sort());
    }
    for (const c of codes) {
      for (const cat of [EN_MESSAGES, KK_MESSAGES, RU_MESSAGES] as Record<string, string>[]) expect(cat[c]!.trim().length, c).toBeGreaterThan(0);
    }
  });
  it("placeholders are the same in the three languages", () => {
    for (const c of codes as (keyof typeof EN_MESSAGES)[]) {
      const en = placeholders(EN_MESSAGES[c]);
      expect(placeholders(KK_MESSAGES[c]), `kk ${c}`).toEqual(en);
      expect(placeholders(RU_MESSAGES[c]), `ru ${c}`).toEqual(en);
    }
  });
});
