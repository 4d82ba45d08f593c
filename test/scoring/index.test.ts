// src/scoring/index.ts, the "./scoring" entry point: every scoring function (R-SEL-1…4, R-GC-1…5,
// R-PYR-4) and the scoring data are exported from it and from the package root.
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as scoring from "../../src/scoring/index.js";

describe("R-SEL-1 … R-GC-5, R-PYR-4 exports", () => {
  it("R-GC-5 every scoring function is exported from the scoring subpath and the package root", () => {
    const names = [
      "selectionPersonalQualities",
      "selectionInformation",
      "selectionEssay",
      "selectionInterview",
      "meanOfGrades",
      "competitionPersonalQualities",
      "competitionPractical",
      "competitionInterview",
      "competitionFinal",
      "competitionFinalResult",
      "competitionFinalMax",
      "reserveSituationalScore",
      "rubricBands",
    ];
    for (const n of names) {
      expect(typeof (scoring as Record<string, unknown>)[n], n).toBe("function");
      expect((root as Record<string, unknown>)[n], n).toBe((scoring as Record<string, unknown>)[n]);
    }
    for (const n of ["RUBRICS", "TRACKS", "COMPETITION_FINAL_FORMULAS", "PERSONAL_QUALITIES_PARAMETERS"]) {
      expect((root as Record<string, unknown>)[n], n).toBeDefined();
    }
  });
});
