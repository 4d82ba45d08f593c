import { describe, expect, it } from "vitest";
import { competitionFinal, competitionPersonalQualities, ruleSource, selectionPersonalQualities } from "../src/index.js";

// The README's quick start, worked out by hand; if this fails, the README is wrong.
describe("README quick start", () => {
  it("R-SEL-1, R-GC-1, R-GC-5: the values the README prints", () => {
    // 0.02 × 85 = 1.7
    expect(selectionPersonalQualities(85).toString()).toBe("1.7");
    // 4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5 = 28.5; 28.5 / 7 = 4.071428 571428 … (40 significant digits, the 41st is 4)
    const O = competitionPersonalQualities({ track: "non-leadership", competencies: [4, 4.5, 4, 3.5, 4, 4, 4.5] });
    expect(O.toString()).toBe("4.071428571428571428571428571428571428571");
    // 0.3 × 4.0714… + 0.7 × 9 = 1.2214… + 6.3 = 7.5214… → 7.52
    expect(competitionFinal({ track: "non-leadership", O, P: 9 }).toDecimalPlaces(2).toString()).toBe("7.52");
    expect(ruleSource("R-GC-5")).toMatchObject({ act: "ASA-52-2026", seed: "sources/001_a64fa5ff937c345c.txt", lines: "2044-2080" });
  });
});
