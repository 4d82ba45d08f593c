// Kill tests for the explanation mutants that had timed out on a loaded machine and survived when
// tested again on a quiet one (docs/quality.md, 2026-11-24): the rule id an option error carries,
// and the formula of the essay-grade explanation.
import { describe, expect, it } from "vitest";
import { RuleInputError, explainSelectionEssay, formatRuleInputError } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-SEL-3 essay-grade explanation", () => {
  it("R-SEL-3 the formula shows the grade within 0–5 and its rubric band: 4 → '0 ≤ 4 ≤ 5 (3–4)'", () => {
    // R-SEL-3: one member's grade is a whole number 0–5; 4 lies in the band "3–4" of the rubric.
    expect(explainSelectionEssay(4).formula).toBe("0 ≤ 4 ≤ 5 (3–4)");
    // decimals shape only the number shown; a whole grade is shown as is
    expect(explainSelectionEssay("5", { decimals: 2 }).formula).toBe("0 ≤ 5 ≤ 5 (5)");
  });
  it("R-SEL-3 a bad option is reported under the explanation's rule R-SEL-3", () => {
    expect(firstIssue(() => explainSelectionEssay(4, { lang: "de" as "en" }))).toMatchObject({ field: "opts.lang", value: "de", rule: "R-SEL-3" });
  });
});

describe("formatRuleInputError options", () => {
  it("R-SEL-1 an unknown language is reported under the rule id 'explain'", () => {
    const e = new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "out of range" }]);
    expect(firstIssue(() => formatRuleInputError(e, { lang: "de" as "en" }))).toMatchObject({ field: "opts.lang", value: "de", rule: "explain" });
  });
});
