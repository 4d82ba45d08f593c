// src/scoring/competition-final-result.ts: competitionFinalResult (R-GC-5), И with its maximum, the
// formula applied and whether it is stated or presumed (the lower track).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { competitionFinal, competitionFinalResult } from "../../src/scoring/index.js";
import { hundredths } from "../support/scoring.js";

describe("R-GC-5 competitionFinalResult", () => {
  it("R-GC-5 worked example, lower (presumed, not stated): И = 0.3·О + 0.7·П", () => {
    // 0.3 × 3.5 = 1.05; 0.7 × 8 = 5.6; И = 6.65
    const r = competitionFinalResult({ track: "lower", O: "3.5", P: 8 });
    expect(r.value.toString()).toBe("6.65");
    expect(r.max.toString()).toBe("8.5");
    expect(r.presumed).toBe(true);
    expect(r.track).toBe("lower");
    expect(r.rule).toBe("R-GC-5");
    expect(r.printed).toBeNull();
    expect(r.formula).toContain("presumed, not stated");
    expect(r.note).toContain("presumed, not stated");
    // the note cites the two formulas the text does give
    expect(r.note).toContain("И=0,4*О+0,4 *Э +0,2*С");
    expect(r.note).toContain("И=0,3*О+0,7*П");
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("R-GC-5 stated formulas are not presumed; competitionFinal equals competitionFinalResult().value", () => {
    const l = competitionFinalResult({ track: "leadership", O: 1, E: 2, C: 3 });
    expect(l.presumed).toBe(false);
    expect(l.formula).toBe("И = 0.4·О + 0.4·Э + 0.2·С");
    expect(l.printed).toBe("И=0,4*О+0,4 *Э +0,2*С");
    expect(l.max.toString()).toBe("6");
    const n = competitionFinalResult({ track: "non-leadership", O: 1, P: 2 });
    expect(n.presumed).toBe(false);
    expect(n.printed).toBe("И=0,3*О+0,7*П");
    expect(competitionFinal({ track: "non-leadership", O: 1, P: 2 }).eq(n.value)).toBe(true);
    // inputs are not mutated (frozen inputs work and stay as given)
    const input = Object.freeze({ track: "leadership" as const, O: "3.85", E: "4.5", C: 8 });
    expect(competitionFinal(input).toString()).toBe("4.94");
    expect(input).toEqual({ track: "leadership", O: "3.85", E: "4.5", C: 8 });
  });

  const h5 = fc.integer({ min: 0, max: 500 }); // hundredths, 0..5
  const h10 = fc.integer({ min: 0, max: 1000 }); // hundredths, 0..10

  for (const track of ["non-leadership", "lower"] as const) {
    test.prop([h5, h10])(`R-GC-5 property (${track}): exact, 0 ≤ И ≤ 8.5`, (o, p) => {
      const r = competitionFinalResult({ track, O: hundredths(o), P: hundredths(p) });
      // exact rational: И = (30·o + 70·p) / 10000
      expect(r.value.times(10000).eq(30 * o + 70 * p)).toBe(true);
      expect(r.value.gte(0) && r.value.lte(r.max)).toBe(true);
      expect(r.presumed).toBe(track === "lower");
    });
  }
});
