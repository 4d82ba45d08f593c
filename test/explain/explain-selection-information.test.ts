// explainSelectionInformation (src/explain/explain-selection-information.ts), R-SEL-2: the worked
// example, the questionsPerBlock option passed on to selectionInformation, and a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainSelectionInformation } from "../../src/index.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

describe("R-SEL-2 explainSelectionInformation — worked example", () => {
  it("R-SEL-2 0.1·14 + 0.1·9 = 1.4 + 0.9 = 2.3", () => {
    expect(explainSelectionInformation(14, 9).formula).toBe("T = 0.1·14 + 0.1·9 = 1.4 + 0.9 = 2.3");
  });
});

// mutation run (docs/quality.md): the options reach the scoring function; a bad decimals names R-SEL-2
describe("R-SEL-2 explainSelectionInformation — options", () => {
  it("R-SEL-2 questionsPerBlock 20 refuses S1 = 21 (more correct answers than questions)", () => {
    const i = firstIssue(() => explainSelectionInformation(21, 0, { questionsPerBlock: 20 }));
    expect(i.field).toBe("S1");
    expect(i.rule).toBe("R-SEL-2");
    // without the limit 21 is fine: 0.1·21 + 0.1·0 = 2.1
    expect(explainSelectionInformation(21, 0).formula).toBe("T = 0.1·21 + 0.1·0 = 2.1 + 0 = 2.1");
  });
  it("R-SEL-2 decimals -1 is refused with rule R-SEL-2", () => {
    expect(allIssues(() => explainSelectionInformation(1, 2, { decimals: -1 }))).toEqual([
      { field: "opts.decimals", value: -1, rule: "R-SEL-2", message: "out of range: expected a whole number from 0 to 40", code: "out-of-range", params: { min: "0", max: "40" } },
    ]);
  });
});
