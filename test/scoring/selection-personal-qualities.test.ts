// src/scoring/selection-personal-qualities.ts: selectionPersonalQualities (R-SEL-1), T = 0.02 × S.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, selectionPersonalQualities } from "../../src/index.js";

describe("R-SEL-1 selectionPersonalQualities: T = 0.02 × S", () => {
  it("R-SEL-1 worked examples: S = 85 → T = 1.7; S = 72.5 → 1.45; bounds 0 → 0, 100 → 2", () => {
    // 0.02 × 85 = 1.70; 0.02 × 72.5 = 1.45 (by hand)
    expect(selectionPersonalQualities(85).toString()).toBe("1.7");
    expect(selectionPersonalQualities("72.5").toString()).toBe("1.45");
    expect(selectionPersonalQualities(new Decimal("33.3")).toString()).toBe("0.666");
    expect(selectionPersonalQualities(0).toString()).toBe("0");
    expect(selectionPersonalQualities(100).toString()).toBe("2");
  });

  fcTest.prop([fc.integer({ min: 0, max: 10000 })])("R-SEL-1 property: exact and 0 ≤ T ≤ 2 (S in hundredths)", (h) => {
    const S = new Decimal(h).div(100);
    const T = selectionPersonalQualities(S.toString());
    // exact rational: T = 2h / 10000
    expect(T.times(10000).eq(2 * h)).toBe(true);
    expect(T.gte(0) && T.lte(2)).toBe(true);
  });

  it("R-SEL-1 invalid inputs throw RuleInputError naming field, value and rule", () => {
    for (const bad of [-1, 100.01, Number.NaN, Infinity, "", "2,5", "1e2", "abc", null, undefined, {}, [], true]) {
      expect(() => selectionPersonalQualities(bad as never)).toThrow(RuleInputError);
    }
    try {
      selectionPersonalQualities("2,5");
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-SEL-1/);
      expect((e as RuleInputError).message).toMatch(/S = "2,5"/);
      expect((e as RuleInputError).message).toMatch(/"2\.5"/);
    }
  });
});
