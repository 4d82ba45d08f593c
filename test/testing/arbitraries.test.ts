// src/testing/arbitraries.ts: the fast-check arbitraries a consumer's property tests draw from
// generate inputs the library accepts, within each rule's bounds (issue 19).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  competitionFinal,
  competitionFinalMax,
  competitionPersonalQualities,
  isWorkingDay,
  runReserveFunnel,
  selectionEssay,
  selectionInformation,
  selectionInterview,
  selectionPersonalQualities,
} from "../../src/index.js";
import {
  civilDateArb,
  competitionFinalInputArb,
  competitionPersonalQualitiesInputArb,
  reserveCandidatesArb,
  selectionCandidateArb,
  workingDayArb,
} from "../../src/testing/index.js";

const RUNS = { numRuns: 200 };

describe("testing: arbitraries of valid inputs", () => {
  it("R-CAL-1 civilDateArb: real dates within the range, both ends reachable", () => {
    fc.assert(fc.property(civilDateArb({ from: "2024-02-28", to: "2024-03-01" }), (d) => ["2024-02-28", "2024-02-29", "2024-03-01"].includes(d)), RUNS);
    const all = new Set(fc.sample(civilDateArb({ from: "2024-02-28", to: "2024-03-01" }), 200));
    expect([...all].sort()).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    fc.assert(fc.property(civilDateArb(), (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= "2012-01-01" && d <= "2077-12-31"), RUNS);
    expect(() => civilDateArb({ from: "2025-01-02", to: "2025-01-01" })).toThrow(RangeError);
  });

  it("R-CAL-1 workingDayArb: only working days (8 March 2025, a Saturday and a holiday, never comes)", () => {
    fc.assert(fc.property(workingDayArb({ from: "2025-03-01", to: "2025-03-31" }), (d) => isWorkingDay(d) && d !== "2025-03-08"), RUNS);
  });

  it("R-SEL-1 R-SEL-2 R-SEL-3 R-SEL-4 selectionCandidateArb: every score accepted, within its bounds", () => {
    fc.assert(
      fc.property(selectionCandidateArb(), (c) => {
        expect(selectionPersonalQualities(c.S).lte(2)).toBe(true); // 0.02 × 100
        expect(selectionInformation(c.S1, c.S2, { questionsPerBlock: 25 }).lte(5)).toBe(true); // 0.1 × 25 × 2
        expect(selectionEssay(c.essay).lte(5)).toBe(true);
        expect(selectionInterview(c.interview).lte(3)).toBe(true);
      }),
      RUNS,
    );
  });

  it("R-GC-1 R-GC-5 competition arbitraries: accepted on every track, И within the track's maximum", () => {
    fc.assert(fc.property(competitionFinalInputArb(), (i) => competitionFinal(i).lte(competitionFinalMax(i.track))), RUNS);
    fc.assert(fc.property(competitionFinalInputArb("leadership"), (i) => i.track === "leadership"), RUNS);
    fc.assert(fc.property(competitionPersonalQualitiesInputArb(), (i) => competitionPersonalQualities(i).lte(5)), RUNS);
  });

  it("R-PYR-3 reserveCandidatesArb: populations the funnel accepts, ids unique, ties frequent", () => {
    let tied = 0;
    fc.assert(
      fc.property(reserveCandidatesArb({ maxCandidates: 120 }), (cs) => {
        expect(new Set(cs.map((c) => c.id)).size).toBe(cs.length);
        const r = runReserveFunnel(cs);
        expect(r.stages).toHaveLength(7);
        const texts = cs.map((c) => c.scores.text).filter((s) => typeof s === "number");
        if (new Set(texts).size < texts.length) tied++;
      }),
      { numRuns: 60 },
    );
    expect(tied).toBeGreaterThan(10);
  });
});
