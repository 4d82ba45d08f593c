// explainSelectionPersonalQualities (src/explain/explain-selection-personal-qualities.ts), R-SEL-1: the
// worked example T = 0.02·S, and the options object every explanation reads (readOptions).
import { describe, expect, it } from "vitest";
import { explainSelectionPersonalQualities } from "../../src/index.js";
import { allLanguages } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-SEL-1 explainSelectionPersonalQualities — worked example", () => {
  it("R-SEL-1 T = 0.02·85 = 1.7", () => {
    const e = explainSelectionPersonalQualities(85, { lang: "kk" });
    expect(e.formula).toBe("T = 0.02·85 = 1.7");
    expect(e.lang).toBe("kk");
    expect(e.text).toBe(e.texts.kk);
    expect(e.text).toContain("1.7");
    allLanguages(e);
  });
});

// mutation run (docs/quality.md): the options object (readOptions) and its bounds, pinned through R-SEL-1
describe("R-SEL-1 explainSelectionPersonalQualities — the options object (readOptions)", () => {
  it("R-SEL-1 opts that is not an object (5, null) is one wrong-type issue on opts with the rule", () => {
    for (const bad of [5, null]) {
      const issues = allIssues(() => explainSelectionPersonalQualities(50, bad as never));
      expect(issues).toEqual([{ field: "opts", value: bad, rule: "R-SEL-1", message: "wrong type: expected { lang?, decimals? }", code: "wrong-type" }]);
    }
  });
  it("R-SEL-1 decimals 0 and 40 are the accepted bounds", () => {
    // S = 33.33: T = 0.02 × 33.33 = 0.6666 exactly; with 0 decimals S shows 33 and T rounds half-up to 1
    expect(explainSelectionPersonalQualities(33.33, { decimals: 0 }).text).toBe(
      "Selection in the information system, personal qualities: with S = 33 % (the percentage of reliable answers) the score is T = 0.02 × S = 1 (of 2).",
    );
    expect(explainSelectionPersonalQualities(33.33, { decimals: 40 }).text).toBe(
      "Selection in the information system, personal qualities: with S = 33.33 % (the percentage of reliable answers) the score is T = 0.02 × S = 0.6666 (of 2).",
    );
  });
});
