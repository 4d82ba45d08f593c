import { describe, expect, it } from "vitest";
import { EN_MESSAGES, KK_MESSAGES, RU_MESSAGES } from "../../src/explain/index.js";

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe("explanation catalogues", () => {
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
  it("Kazakh uses the orders' terms; the lower-track presumption is said in every language", () => {
    expect(KK_MESSAGES["R-EL-1"]).toContain("қайта тестілеу");
    expect(KK_MESSAGES["R-GC-7.no-quorum"]).toContain("Конкурстық комиссия");
    expect(KK_MESSAGES["R-GC-5.presumed"]).toContain("болжамды, мәтінде көрсетілмеген");
    expect(RU_MESSAGES["R-GC-5.presumed"]).toContain("предполагается, в тексте не установлено");
    expect(EN_MESSAGES["R-GC-5.presumed"]).toContain("presumed, not stated");
  });
});
