// explainInterviewAdmission (src/explain/explain-interview-admission.ts), R-SEL-5: the ranking, the at
// most three admitted and a tie across the third place; a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainInterviewAdmission } from "../../src/index.js";
import { allLanguages, decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-SEL-5 explainInterviewAdmission — worked example", () => {
  it("R-SEL-5 scores 9, 8, 8, 8: admitted the 9, the three 8s tied", () => {
    const e = explainInterviewAdmission([{ id: "A", score: 9 }, { id: "B", score: 8 }, { id: "C", score: 8 }, { id: "D", score: 8 }]);
    expect(e.code).toBe("R-SEL-5.tie");
    expect(e.params.admitted).toBe("A");
    expect(e.params.tied).toBe("B, C, D");
    allLanguages(e);
  });
});

// mutation run (docs/quality.md): the exact formula, params and text; sentences from src/explain/messages/en.ts filled by hand
describe("R-SEL-5 explainInterviewAdmission — formula, params and text", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-SEL-5 decimals 41 is one out-of-range issue on opts.decimals with rule R-SEL-5", () => {
    const issues = allIssues(() => explainInterviewAdmission([{ id: "A", score: 9 }], { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-SEL-5"));
  });
  it("R-SEL-5 scores 9, 8, 7, 6: the top three admitted, no tie", () => {
    const e = explainInterviewAdmission([
      { id: "A", score: 9 },
      { id: "B", score: 8 },
      { id: "C", score: 7 },
      { id: "D", score: 6 },
    ]);
    expect(e.formula).toBe("ranking: A 9 (1), B 8 (2), C 7 (3), D 6 (4); limit 3 → admitted A, B, C");
    expect(e.code).toBe("R-SEL-5");
    expect(e.params).toEqual({ admitted: "A, B, C", count: 3, limit: 3 });
    expect(e.texts.en).toBe("Admission to the interview (not more than three candidates with the highest scores): admitted A, B, C.");
  });
  it("R-SEL-5 scores 9, 8, 8, 8: admitted A, tied at 8 (not at A's 9): B, C, D", () => {
    const e = explainInterviewAdmission([
      { id: "A", score: 9 },
      { id: "B", score: 8 },
      { id: "C", score: 8 },
      { id: "D", score: 8 },
    ]);
    expect(e.formula).toBe("ranking: A 9 (1), B 8 (2), C 8 (2), D 8 (2); limit 3 → admitted A; tied at 8: B, C, D");
    expect(e.params).toEqual({ admitted: "A", count: 1, limit: 3, tied: "B, C, D", score: "8" });
    expect(e.texts.en).toBe(
      "Admission to the interview (not more than three candidates with the highest scores): admitted A; tied across the third place with 8: B, C, D — the order does not resolve the tie, the commission decides.",
    );
  });
  it("R-SEL-5 four candidates all at 7.25 (shown 7.3 with decimals 1): nobody admitted, all four tied", () => {
    // 7.25 rounded half-up to one place = 7.3; all share rank 1; four > three, so none is admitted
    const e = explainInterviewAdmission(
      [
        { id: "A", score: "7.25" },
        { id: "B", score: "7.25" },
        { id: "C", score: "7.25" },
        { id: "D", score: "7.25" },
      ],
      { decimals: 1 },
    );
    expect(e.formula).toBe("ranking: A 7.3 (1), B 7.3 (1), C 7.3 (1), D 7.3 (1); limit 3 → admitted none; tied at 7.3: A, B, C, D");
    expect(e.params).toEqual({ admitted: "—", count: 0, limit: 3, tied: "A, B, C, D", score: "7.3" });
    expect(e.texts.en).toBe(
      "Admission to the interview (not more than three candidates with the highest scores): admitted —; tied across the third place with 7.3: A, B, C, D — the order does not resolve the tie, the commission decides.",
    );
  });
});
