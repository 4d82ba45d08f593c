// explainPersonalQualitiesTest (src/explain/explain-personal-qualities-test.ts), R-TH-1…3: the pass
// decision of programs 1–3, its formula, text and one detail per failed condition; a bad decimals option.
import { describe, expect, it } from "vitest";
import { explainPersonalQualitiesTest } from "../../src/index.js";
import { allLanguages, decimals41Issue, DETAIL_KEYS } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-TH-1…3 explainPersonalQualitiesTest — worked examples", () => {
  it("R-TH-1 program 1, 2 + 2 + 8 × 3 = 28 < 30 and two competencies < 2.5: three details", () => {
    const e = explainPersonalQualitiesTest({ program: 1, competencies: [2, 2, 3, 3, 3, 3, 3, 3, 3, 3] }, { lang: "kk" });
    expect(e.rule).toBe("R-TH-1");
    expect(e.formula).toBe("Σ = 28 ≥ 30: no; each competency ≥ 2.5: no (2, 2)");
    expect(e.details!.map((d) => d.code)).toEqual(["R-TH.total-below-pass-mark", "R-TH.competency-below-pass-mark", "R-TH.competency-below-pass-mark"]);
    expect(e.details![1]!.text).toContain("проактивтілік");
    allLanguages(e);
  });
  it("R-TH-3 logic 10 passes (at least 10)", () => {
    expect(explainPersonalQualitiesTest({ program: 3, logic: 10 }).code).toBe("R-TH.passed");
  });
});

// mutation run (docs/quality.md): the exact formula, text and details; sentences from src/explain/messages/en.ts filled by hand
describe("R-TH-1…3 explainPersonalQualitiesTest — formula, text and details", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-TH-1..3 decimals 41 is one out-of-range issue on opts.decimals with rule R-TH-1..3", () => {
    const issues = allIssues(() => explainPersonalQualitiesTest({ program: 3, logic: 10 }, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-TH-1..3"));
  });
  it("R-TH-3 logic 9 < 10: formula, failed text and one logic detail without competency or index", () => {
    const e = explainPersonalQualitiesTest({ program: 3, logic: 9 });
    expect(e.rule).toBe("R-TH-3");
    expect(e.formula).toBe("logic = 9 ≥ 10: no");
    expect(e.texts.en).toBe("Personal-qualities test, program 3: not passed (result 9); conditions not met: 1.");
    const d = e.details![0]!;
    expect(d.code).toBe("R-TH.logic-below-pass-mark");
    expect(Object.keys(d.params)).toEqual(["score", "passMark", "exactScore"]);
    expect(d.params).toEqual({ score: "9", passMark: "10", exactScore: "9" });
    expect(d.texts.en).toBe("The logical-thinking result 9 is below the pass mark 10.");
  });
  it("R-TH-3 logic 10 ≥ 10: formula says yes", () => {
    expect(explainPersonalQualitiesTest({ program: 3, logic: 10 }).formula).toBe("logic = 10 ≥ 10: yes");
  });
  it("R-TH-1 ten competencies of 3: Σ = 30 ≥ 30 and none below 2.5: passed", () => {
    const e = explainPersonalQualitiesTest({ program: 1, competencies: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] });
    expect(e.formula).toBe("Σ = 30 ≥ 30: yes; each competency ≥ 2.5: yes");
    expect(e.texts.en).toBe("Personal-qualities test, program 1: passed (result 30).");
    expect(e.details).toEqual([]);
  });
  it("R-TH-1 proactivity 2, the rest 4: Σ = 38 ≥ 30 yes, but one competency below 2.5 (index 0)", () => {
    // 2 + 9 × 4 = 38 ≥ 30; only competency 0 (proactivity) is below 2.5
    const e = explainPersonalQualitiesTest({ program: 1, competencies: [2, 4, 4, 4, 4, 4, 4, 4, 4, 4] });
    expect(e.formula).toBe("Σ = 38 ≥ 30: yes; each competency ≥ 2.5: no (2)");
    expect(e.details).toHaveLength(1);
    const d = e.details![0]!;
    expect(d.code).toBe("R-TH.competency-below-pass-mark");
    expect(d.params).toEqual({ score: "2", passMark: "2.5", exactScore: "2", competency: "proactivity", index: 0 });
    expect(d.texts.en).toBe('The competency "proactivity" scored 2, below the pass mark 2.5.');
  });
  it("R-TH-2 seven competencies of 2.5: Σ = 17.5 < 20 but each ≥ 2.5: one total detail without competency or index", () => {
    const e = explainPersonalQualitiesTest({ program: 2, competencies: ["2.5", "2.5", "2.5", "2.5", "2.5", "2.5", "2.5"] });
    expect(e.rule).toBe("R-TH-2");
    expect(e.formula).toBe("Σ = 17.5 ≥ 20: no; each competency ≥ 2.5: yes");
    const d = e.details![0]!;
    expect(d.code).toBe("R-TH.total-below-pass-mark");
    expect(Object.keys(d.params)).toEqual(["score", "passMark", "exactScore"]);
    expect(d.texts.en).toBe("The total 17.5 is below the pass mark 20.");
    expect(Object.keys(d)).toEqual(DETAIL_KEYS);
  });
  it("R-TH-2 responsibility (index 6) 1, the rest 3: Σ = 19 < 20 and one competency low", () => {
    // 6 × 3 + 1 = 19 < 20; competency 6 of program 2 is responsibility
    const e = explainPersonalQualitiesTest({ program: 2, competencies: [3, 3, 3, 3, 3, 3, 1] });
    expect(e.formula).toBe("Σ = 19 ≥ 20: no; each competency ≥ 2.5: no (1)");
    expect(e.details!.map((d) => d.params)).toEqual([
      { score: "19", passMark: "20", exactScore: "19" },
      { score: "1", passMark: "2.5", exactScore: "1", competency: "responsibility", index: 6 },
    ]);
  });
});
