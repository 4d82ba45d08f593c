// Tests added from the mutation run of src/explain (issue 7, docs/quality.md), part B: they pin the
// explanation TEXT, formula and params (public output) of the competition, interview-admission,
// personal-qualities-test and quorum explanations, the citation, and the option errors, which the
// worked examples in explain.test.ts did not. Sentences come from the English catalogue
// (src/explain/messages/en.ts) with the values filled in by hand.
import { describe, expect, it } from "vitest";
import {
  explainSelectionPersonalQualities,
  explainCompetitionEssay,
  explainCompetitionFinal,
  explainCompetitionInterview,
  explainCompetitionPersonalQualities,
  explainCompetitionPractical,
  explainInterviewAdmission,
  explainPersonalQualitiesTest,
  explainQuorum,
  explainReserveSituationalScore,
  explainSelectionInformation,
  explainSelectionInterview,
  type Explanation,
} from "../../src/index.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

/** Keys of an explanation without formula, presumed or details (a detail). */
const DETAIL_KEYS = ["rule", "code", "params", "citation", "lang", "text", "texts"];

describe("explanation options: a bad `decimals` names the explanation's rule", () => {
  // readOptions: decimals must be a whole number 0–40; the issue carries the rule of the explanation.
  const cases: readonly (readonly [string, () => Explanation])[] = [
    ["R-GC-2", () => explainCompetitionEssay(4, { decimals: 41 })],
    ["R-GC-5", () => explainCompetitionFinal({ track: "non-leadership", O: 4, P: 9 }, { decimals: 41 })],
    ["R-GC-4", () => explainCompetitionInterview(5, 4, { decimals: 41 })],
    ["R-GC-1", () => explainCompetitionPersonalQualities({ track: "lower", iq: 20 }, { decimals: 41 })],
    ["R-GC-3", () => explainCompetitionPractical(4, 3, { decimals: 41 })],
    ["R-SEL-5", () => explainInterviewAdmission([{ id: "A", score: 9 }], { decimals: 41 })],
    ["R-TH-1..3", () => explainPersonalQualitiesTest({ program: 3, logic: 10 }, { decimals: 41 })],
    ["R-PYR-4", () => explainReserveSituationalScore([4, 4, 5], { decimals: 41 })],
    ["R-SEL-4", () => explainSelectionInterview(2, { decimals: 41 })],
  ];
  for (const [rule, f] of cases) {
    it(`${rule} decimals 41 is one out-of-range issue on opts.decimals with rule ${rule}`, () => {
      const issues = allIssues(f);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toEqual({
        field: "opts.decimals",
        value: 41,
        rule,
        message: "out of range: expected a whole number from 0 to 40",
        code: "out-of-range",
        params: { min: "0", max: "40" },
      });
    });
  }
  it("R-GC-7 a bad lang names rule R-GC-7 (explainQuorum reads only lang)", () => {
    const i = firstIssue(() => explainQuorum(9, 6, { lang: "de" as never }));
    expect(i.field).toBe("opts.lang");
    expect(i.rule).toBe("R-GC-7");
  });
});

describe("R-GC-3, R-GC-4, R-SEL-2 explanation options reach the scoring function", () => {
  it("R-GC-4 wholePoints: false accepts 4.5 + 4 = 8.5; without it 4.5 is refused", () => {
    const e = explainCompetitionInterview("4.5", 4, { wholePoints: false });
    expect(e.formula).toBe("С = 4.5 + 4 = 8.5");
    expect(e.texts.en).toBe("General competition, interview: С = С1 + С2 = 4.5 + 4 = 8.5 (of 10).");
    expect(firstIssue(() => explainCompetitionInterview("4.5", 4)).field).toBe("c1");
  });
  it("R-GC-3 wholePoints: false accepts 4.5 + 3 = 7.5; without it 4.5 is refused", () => {
    const e = explainCompetitionPractical("4.5", 3, { wholePoints: false });
    expect(e.formula).toBe("П = 4.5 + 3 = 7.5");
    expect(e.texts.en).toBe("General competition, practical assessment: П = П1 + П2 = 4.5 + 3 = 7.5 (of 10).");
    expect(firstIssue(() => explainCompetitionPractical("4.5", 3)).field).toBe("p1");
  });
  it("R-SEL-2 questionsPerBlock 20 refuses S1 = 21 (more correct answers than questions)", () => {
    const i = firstIssue(() => explainSelectionInformation(21, 0, { questionsPerBlock: 20 }));
    expect(i.field).toBe("S1");
    expect(i.rule).toBe("R-SEL-2");
    // without the limit 21 is fine: 0.1·21 + 0.1·0 = 2.1
    expect(explainSelectionInformation(21, 0).formula).toBe("T = 0.1·21 + 0.1·0 = 2.1 + 0 = 2.1");
  });
});

describe("R-GC-5 final-score explanation text and params", () => {
  it("R-GC-5 non-leadership О 4, П 9: И = 1.2 + 6.3 = 7.5 of 8.5, stated formula И = 0.3·О + 0.7·П, no presumption params", () => {
    // max = 0.3·5 + 0.7·10 = 1.5 + 7 = 8.5
    const e = explainCompetitionFinal({ track: "non-leadership", O: 4, P: 9 });
    expect(e.formula).toBe("И = 0.3·4 + 0.7·9 = 7.5");
    expect(e.params).toEqual({
      track: "non-leadership",
      value: "7.5",
      max: "8.5",
      exactValue: "7.5",
      formulaText: "И = 0.3·О + 0.7·П",
      presumed: false,
      O: "4",
      P: "9",
    });
    expect(e.texts.en).toBe(
      "General competition, final score of a candidate for a non-leadership position: И = 7.5 (of a maximum of 8.5), by the formula of the methodology И = 0.3·О + 0.7·П.",
    );
  });
  it("R-GC-5 leadership О 4, Э 5, С 10: И = 1.6 + 2 + 2 = 5.6 of 6, formula И = 0.4·О + 0.4·Э + 0.2·С", () => {
    // max = 0.4·5 + 0.4·5 + 0.2·10 = 2 + 2 + 2 = 6
    const e = explainCompetitionFinal({ track: "leadership", O: 4, E: 5, C: 10 });
    expect(e.params.formulaText).toBe("И = 0.4·О + 0.4·Э + 0.2·С");
    expect(e.texts.en).toBe(
      "General competition, final score of a candidate for a leadership position: И = 5.6 (of a maximum of 6), by the formula of the methodology И = 0.4·О + 0.4·Э + 0.2·С.",
    );
  });
  it("R-GC-5 lower О 3.5, П 8: И = 1.05 + 5.6 = 6.65 of 8.5, presumed, quoting both stated formulas", () => {
    const e = explainCompetitionFinal({ track: "lower", O: "3.5", P: 8 });
    expect(e.params.leadershipFormula).toBe("«И=0,4*О+0,4 *Э +0,2*С»");
    expect(e.params.nonLeadershipFormula).toBe("«И=0,3*О+0,7*П»");
    expect(e.texts.en).toBe(
      "General competition, final score of a candidate for a lower position (no work experience required): И = 6.65 (of a maximum of 8.5) by И = 0.3·О + 0.7·П — presumed, not stated: the methodology gives a final formula only for leadership positions («И=0,4*О+0,4 *Э +0,2*С») and for non-leadership positions («И=0,3*О+0,7*П»); the non-leadership formula is applied to lower positions as a presumption.",
    );
    expect(e.presumed).toBe(true);
  });
});

describe("R-SEL-5 interview-admission explanation", () => {
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

describe("R-TH personal-qualities-test explanation", () => {
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

describe("R-GC-7 quorum explanation", () => {
  it("R-GC-7 9 members, 6 present: 18 ≥ 18 and 6 ≥ 3 → quorum, required 6", () => {
    // required = max(3, ⌈2·9/3⌉) = 6
    const e = explainQuorum(9, 6);
    expect(e.formula).toBe("3·6 = 18 ≥ 2·9 = 18: yes; 6 ≥ 3: yes → quorum");
    expect(e.params).toEqual({ members: 9, present: 6, required: 6, quorum: true });
    expect(e.texts.en).toBe(
      "Competition commission: 6 of 9 members present; a quorum needs at least two thirds and not fewer than three persons (6): there is a quorum.",
    );
    expect(e.details).toEqual([]);
  });
  it("R-GC-7 4 members, 3 present: 9 ≥ 8 and 3 ≥ 3 → quorum", () => {
    expect(explainQuorum(4, 3).formula).toBe("3·3 = 9 ≥ 2·4 = 8: yes; 3 ≥ 3: yes → quorum");
  });
  it("R-GC-7 4 members, 2 present: 6 < 8 and 2 < 3 → no quorum, two details", () => {
    // required = max(3, ⌈8/3⌉ = 3) = 3
    const e = explainQuorum(4, 2);
    expect(e.formula).toBe("3·2 = 6 < 2·4 = 8: no; 2 < 3: no → no quorum");
    expect(e.params).toEqual({ members: 4, present: 2, required: 3, quorum: false });
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      "2 present is less than two thirds of 4 (at least 3 needed).",
      "2 present is fewer than three persons.",
    ]);
  });
  it("R-GC-7 2 members, 2 present: too small, required shown as —", () => {
    const e = explainQuorum(2, 2);
    expect(e.formula).toBe("3·2 = 6 ≥ 2·2 = 4: yes; 2 < 3: no → no quorum");
    expect(e.params).toEqual({ members: 2, present: 2, required: "—", quorum: false });
    expect(e.texts.en).toBe(
      "Competition commission: it has 2 members, fewer than three persons, so it never has a quorum. The HR service amends the commission's composition.",
    );
  });
  it("R-GC-7 an explanation carries formula and details but no presumed key; a detail carries neither formula nor presumed", () => {
    const e = explainQuorum(9, 5);
    expect(Object.keys(e)).toEqual(["rule", "code", "params", "formula", "citation", "lang", "text", "texts", "details"]);
    expect(Object.keys(e.details![0]!)).toEqual(DETAIL_KEYS);
  });
  it("R-GC-7 citation: act, locator, seed, lines and the text joining them (src/sources/citations/eligibility.ts)", () => {
    const locator = "List point 16: general competition rules paras 24–25 (and para 75: same questions in equal volume)";
    expect(explainQuorum(9, 6).citation).toEqual({
      rule: "R-GC-7",
      act: "ASA-52-2026",
      locator,
      seed: "sources/001_a64fa5ff937c345c.txt",
      lines: "1324-1330",
      text: `R-GC-7: ASA-52-2026, ${locator}; sources/001_a64fa5ff937c345c.txt lines 1324-1330`,
    });
  });
});

describe("explanations: numbers shown (internal show)", () => {
  it("R-SEL-1 a negative zero, or a negative value rounded to zero, is shown as 0 — never -0", async () => {
    const { show } = await import("../../src/explain/internal.js");
    const { D } = await import("../../src/internal/decimal.js");
    // -0.00001 rounded half-up to 4 places is -0.0000, i.e. zero: shown "0"; -0.00005 → -0.0001
    expect(show(new D(-0), 4)).toBe("0");
    expect(show(new D("-0.00001"), 4)).toBe("0");
    expect(show(new D("-0.00005"), 4)).toBe("-0.0001");
    expect(show(new D("2.50"), 4)).toBe("2.5");
    expect(explainSelectionPersonalQualities(-0).text).not.toContain("-0");
  });
});

describe("explanations: the options object (readOptions)", () => {
  it("R-SEL-1 opts that is not an object (5, null) is one wrong-type issue on opts with the rule", () => {
    for (const bad of [5, null]) {
      const issues = allIssues(() => explainSelectionPersonalQualities(50, bad as never));
      expect(issues).toEqual([{ field: "opts", value: bad, rule: "R-SEL-1", message: "wrong type: expected { lang?, decimals? }", code: "wrong-type" }]);
    }
  });
  it("R-SEL-2 decimals -1 is refused with rule R-SEL-2", () => {
    expect(allIssues(() => explainSelectionInformation(1, 2, { decimals: -1 }))).toEqual([
      { field: "opts.decimals", value: -1, rule: "R-SEL-2", message: "out of range: expected a whole number from 0 to 40", code: "out-of-range", params: { min: "0", max: "40" } },
    ]);
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
