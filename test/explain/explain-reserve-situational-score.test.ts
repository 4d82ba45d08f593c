// explainReserveSituationalScore (src/explain/explain-reserve-situational-score.ts), R-PYR-4: the mean
// of the grades; the decimals option rounds the display only; bad lang and decimals options.
import { describe, expect, it } from "vitest";
import { explainReserveSituationalScore, RuleInputError } from "../../src/index.js";
import { decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-PYR-4 explainReserveSituationalScore", () => {
  it("R-PYR-4 (4 + 4 + 5) / 3 = 13 / 3 = 4.3333", () => {
    expect(explainReserveSituationalScore([4, 4, 5]).formula).toBe("(4 + 4 + 5) / 3 = 13 / 3 = 4.3333");
  });
  it("decimals option rounds the display only", () => {
    const e = explainReserveSituationalScore([4, 4, 5], { decimals: 2 });
    expect(e.formula).toBe("(4 + 4 + 5) / 3 = 13 / 3 = 4.33");
    expect(String(e.params.exactValue)).toMatch(/^4\.3333333333/);
    expect(() => explainReserveSituationalScore([4, 4, 5], { lang: "de" as never })).toThrow(RuleInputError);
  });
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-PYR-4 decimals 41 is one out-of-range issue on opts.decimals with rule R-PYR-4", () => {
    const issues = allIssues(() => explainReserveSituationalScore([4, 4, 5], { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-PYR-4"));
  });
});
