// src/scoring/competition-final-max.ts: competitionFinalMax (R-GC-5), the largest И on a track (6 for
// leadership, 8.5 for the others), and that all-maximum stage results reach it.
import { describe, expect, it } from "vitest";
import { competitionFinal, competitionFinalMax } from "../../src/scoring/index.js";
import { rejectsField } from "../support/scoring.js";

describe("R-GC-5 competitionFinalMax", () => {
  it("R-GC-5 competitionFinalMax: 6 for leadership, 8.5 for the others", () => {
    expect(competitionFinalMax("leadership").toString()).toBe("6");
    expect(competitionFinalMax("non-leadership").toString()).toBe("8.5");
    expect(competitionFinalMax("lower").toString()).toBe("8.5");
    for (const bad of ["Leadership", "", undefined, null, 1, "other"]) rejectsField(() => competitionFinalMax(bad as never), "track", "R-GC-5");
  });

  for (const track of ["non-leadership", "lower"] as const) {
    it(`R-GC-5 (${track}) all-maximum inputs give the maximum 8.5`, () => {
      expect(competitionFinal({ track, O: 5, P: 10 }).eq(competitionFinalMax(track))).toBe(true);
    });
  }

  it("R-GC-5 (leadership) all-maximum inputs give the maximum 6", () => {
    expect(competitionFinal({ track: "leadership", O: 5, E: 5, C: 10 }).eq(competitionFinalMax("leadership"))).toBe(true);
  });
});
