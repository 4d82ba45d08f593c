import { describe, expect, it } from "vitest";
import {
  competitionPersonalQualities,
  runReserveFunnel,
  RuleInputError,
  selectionEssay,
  selectionPersonalQualities,
  earliestRetestDate,
} from "../../src/index.js";
import {
  EXPLAIN_LANGS,
  explainCompetitionEssay,
  explainCompetitionFinal,
  explainCompetitionInterview,
  explainCompetitionPersonalQualities,
  explainCompetitionPractical,
  explainInterviewAdmission,
  explainPersonalQualitiesTest,
  explainQuorum,
  explainRefusalGrounds,
  explainReserveAdmissibility,
  explainReserveOutcome,
  explainReserveSituationalScore,
  explainRetest,
  explainSelectionEssay,
  explainSelectionInformation,
  explainSelectionInterview,
  explainSelectionPersonalQualities,
  formatRuleInputError,
  ruleInputErrorMessages,
  type Explanation,
} from "../../src/explain/index.js";

function allLanguages(e: Explanation) {
  for (const l of EXPLAIN_LANGS) expect(e.texts[l].length, l).toBeGreaterThan(10);
  expect(e.texts.kk).not.toBe(e.texts.en);
  expect(e.texts.ru).not.toBe(e.texts.en);
  expect(e.texts.kk).not.toMatch(/\{[A-Za-z]+\}/);
  expect(e.citation.text).toContain(e.citation.rule);
  for (const d of e.details ?? []) allLanguages(d);
}

describe("explanations: scores (hand-computed)", () => {
  it("R-SEL-1 T = 0.02·85 = 1.7", () => {
    const e = explainSelectionPersonalQualities(85, { lang: "kk" });
    expect(e.formula).toBe("T = 0.02·85 = 1.7");
    expect(e.lang).toBe("kk");
    expect(e.text).toBe(e.texts.kk);
    expect(e.text).toContain("1.7");
    allLanguages(e);
  });
  it("R-SEL-2 0.1·14 + 0.1·9 = 1.4 + 0.9 = 2.3", () => {
    expect(explainSelectionInformation(14, 9).formula).toBe("T = 0.1·14 + 0.1·9 = 1.4 + 0.9 = 2.3");
  });
  it("R-SEL-3, R-SEL-4 grades and bands", () => {
    expect(explainSelectionEssay(4).params.band).toBe("3–4");
    expect(explainSelectionInterview(2).formula).toBe("0 ≤ 2 ≤ 3");
    allLanguages(explainSelectionEssay(4));
  });
  it("R-GC-1 О = 28.5 / 7 = 4.0714 (exact value kept in params)", () => {
    const e = explainCompetitionPersonalQualities({ track: "non-leadership", competencies: [4, 4.5, 4, 3.5, 4, 4, 4.5] });
    // 4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5 = 28.5; 28.5 / 7 = 4.071428…
    expect(e.formula).toBe("О = (4 + 4.5 + 4 + 3.5 + 4 + 4 + 4.5) / 7 = 28.5 / 7 = 4.0714");
    expect(String(e.params.exactValue).startsWith("4.0714285714285714")).toBe(true);
    expect(explainCompetitionPersonalQualities({ track: "lower", iq: 20 }).formula).toBe("О = IQ / 6 = 20 / 6 = 3.3333");
  });
  it("R-GC-2, R-GC-3, R-GC-4", () => {
    expect(explainCompetitionEssay("4.5").formula).toBe("0 ≤ Э = 4.5 ≤ 5");
    expect(explainCompetitionPractical(4, 3).formula).toBe("П = 4 + 3 = 7");
    expect(explainCompetitionInterview(5, 4).formula).toBe("С = 5 + 4 = 9");
    expect(() => explainCompetitionEssay(6)).toThrow(RuleInputError);
  });
  it("R-GC-5 non-leadership: И = 0.3·4.0714 + 0.7·9 = 7.5214 (stated)", () => {
    const O = competitionPersonalQualities({ track: "non-leadership", competencies: [4, 4.5, 4, 3.5, 4, 4, 4.5] });
    // 0.3 × 4.0714285… = 1.2214285…; + 0.7 × 9 = 6.3 → 7.5214285…
    const e = explainCompetitionFinal({ track: "non-leadership", O, P: 9 });
    expect(e.formula).toBe("И = 0.3·4.0714 + 0.7·9 = 7.5214");
    expect(e.presumed).toBe(false);
    expect(e.code).toBe("R-GC-5.stated");
    expect(e.citation.rule).toBe("R-GC-5");
    allLanguages(e);
  });
  it("R-GC-5 leadership: 0.4·3.85 + 0.4·4.5 + 0.2·8 = 1.54 + 1.8 + 1.6 = 4.94, max 6", () => {
    const e = explainCompetitionFinal({ track: "leadership", O: "3.85", E: "4.5", C: 8 });
    expect(e.formula).toBe("И = 0.4·3.85 + 0.4·4.5 + 0.2·8 = 4.94");
    expect(e.params.max).toBe("6");
  });
  it("R-GC-5 lower track is flagged presumed, not stated, in all three languages, citing the two stated formulas", () => {
    // 0.3 × 3.5 + 0.7 × 8 = 1.05 + 5.6 = 6.65
    const e = explainCompetitionFinal({ track: "lower", O: "3.5", P: 8 }, { lang: "ru" });
    expect(e.formula).toBe("И = 0.3·3.5 + 0.7·8 = 6.65");
    expect(e.presumed).toBe(true);
    expect(e.code).toBe("R-GC-5.presumed");
    expect(e.texts.en).toContain("presumed, not stated");
    expect(e.texts.kk).toContain("болжамды, мәтінде көрсетілмеген");
    expect(e.texts.ru).toContain("предполагается, в тексте не установлено");
    for (const l of EXPLAIN_LANGS) {
      expect(e.texts[l]).toContain("И=0,4*О+0,4 *Э +0,2*С");
      expect(e.texts[l]).toContain("И=0,3*О+0,7*П");
    }
    allLanguages(e);
  });
  it("R-PYR-4 (4 + 4 + 5) / 3 = 13 / 3 = 4.3333", () => {
    expect(explainReserveSituationalScore([4, 4, 5]).formula).toBe("(4 + 4 + 5) / 3 = 13 / 3 = 4.3333");
  });
  it("decimals option rounds the display only", () => {
    const e = explainReserveSituationalScore([4, 4, 5], { decimals: 2 });
    expect(e.formula).toBe("(4 + 4 + 5) / 3 = 13 / 3 = 4.33");
    expect(String(e.params.exactValue)).toMatch(/^4\.3333333333/);
    expect(() => explainReserveSituationalScore([4, 4, 5], { lang: "de" as never })).toThrow(RuleInputError);
  });
});

describe("explanations: decisions", () => {
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
  it("R-EL-3 failed on 2026-09-14, applied 2026-09-16: ground 1 until 2026-09-17, free from 2026-09-18", () => {
    const e = explainRefusalGrounds({ applicationDate: "2026-09-16", failedTests: ["2026-09-14"], personalDataConsent: true });
    expect(e.params.freeFrom).toBe("2026-09-18");
    expect(e.details![0]!.params.until).toBe("2026-09-17");
    expect(e.texts.ru).toContain("2026-09-18");
    allLanguages(e);
    const none = explainRefusalGrounds({ applicationDate: "2026-09-18", failedTests: ["2026-09-14"], personalDataConsent: true });
    expect(none.code).toBe("R-EL-3.none");
    const g5 = explainRefusalGrounds({ applicationDate: "2026-09-18", personalDataConsent: false });
    expect(g5.code).toBe("R-EL-3.refused-no-end");
  });
  it("R-EL-1 tested Wed 2026-12-30 → earliest Sun 2027-01-03 (= earliestRetestDate), first working day 2027-01-05", () => {
    const e = explainRetest("2026-12-30", { lang: "kk" });
    expect(e.params.earliest).toBe(earliestRetestDate("2026-12-30"));
    expect(e.params.earliest).toBe("2027-01-03");
    expect(e.params.firstWorkingDay).toBe("2027-01-05");
    expect(e.text).toContain("қайта тестілеу");
    allLanguages(e);
  });
  it("R-EL-2 appeal satisfied: no wait", () => {
    const e = explainRetest("2026-12-30", { regime: "law-enforcement", appealSatisfied: true });
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.params.earliest).toBe("2026-12-30");
  });
  it("R-SEL-5 scores 9, 8, 8, 8: admitted the 9, the three 8s tied", () => {
    const e = explainInterviewAdmission([{ id: "A", score: 9 }, { id: "B", score: 8 }, { id: "C", score: 8 }, { id: "D", score: 8 }]);
    expect(e.code).toBe("R-SEL-5.tie");
    expect(e.params.admitted).toBe("A");
    expect(e.params.tied).toBe("B, C, D");
    allLanguages(e);
  });
  it("R-GC-7 9 members, 5 present: 3·5 = 15 < 18 → no quorum; 9/6 → quorum", () => {
    const e = explainQuorum(9, 5, { lang: "ru" });
    expect(e.formula).toBe("3·5 = 15 < 2·9 = 18: no; 5 ≥ 3: yes → no quorum");
    expect(e.code).toBe("R-GC-7.no-quorum");
    expect(e.text).toContain("Конкурсная комиссия");
    expect(explainQuorum(9, 6).code).toBe("R-GC-7.quorum");
    expect(explainQuorum(2, 2).code).toBe("R-GC-7.too-small");
    allLanguages(e);
  });
  it("R-PYR-1, R-PYR-2 corps A and level A2: two reasons", () => {
    const e = explainReserveAdmissibility({ corpsA: true, languageLevel: "А2" }, { lang: "kk" });
    expect(e.details!.map((d) => d.code)).toEqual(["R-PYR.reason.corps-a", "R-PYR.reason.language-level-below-b1"]);
    expect(e.details!.map((d) => d.rule)).toEqual(["R-PYR-1", "R-PYR-2"]);
    expect(e.details![1]!.params.level).toBe("A2");
    allLanguages(e);
    const all = explainReserveAdmissibility({ complete: true });
    for (const d of all.details!) allLanguages(d);
  });
  it("R-PYR-3 funnel outcomes: stopped below the quota; left absent", () => {
    const r = runReserveFunnel([
      { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
      { id: "b", sector: "digitalisation", scores: { text: 12 } },
      { id: "c", sector: "social-policy", scores: { text: { status: "excluded", ground: "proctoring-violation" } } },
    ]);
    const b = explainReserveOutcome(r, "b");
    // 2 competed → 50 % = 1 admitted (a, 20): b is rank 2 of 2
    expect(b.formula).toBe("text: rank 2 of 2, score 12; quota 1, cut-off 20 → not admitted");
    expect(b.code).toBe("R-PYR-3.not-admitted");
    allLanguages(b);
    expect(explainReserveOutcome(r, "a").code).toBe("R-PYR-3.left-absent");
    const c = explainReserveOutcome(r, "c", { lang: "ru" });
    expect(c.code).toBe("R-PYR-3.left-excluded-ground");
    expect(c.text).toContain("прокторинга");
  });
});

describe("RuleInputError in three languages", () => {
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error("no error");
  };
  it("coded issues are translated; English keeps the library's own message", () => {
    const e = err(() => selectionPersonalQualities(120)) as RuleInputError;
    expect(e.issues[0]!.code).toBe("out-of-range");
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(ruleInputErrorMessages(e, "en")).toEqual([e.message]);
    expect(ruleInputErrorMessages(e, "ru")[0]).toBe("R-SEL-1: S = 120: вне допустимого диапазона: ожидается от 0 до 100");
    expect(formatRuleInputError(err(() => selectionEssay("3,5")), { lang: "kk" })).toBe('R-SEL-3: points = "3,5": ондық үтір: "3.5" деп жазыңыз (ондық бөлгіш – нүкте)');
  });
  it("codes: missing, wrong type, NaN, not finite, empty, exponent, not whole, unknown field, invalid date", () => {
    const code = (f: () => unknown) => (err(f) as RuleInputError).issues.map((i) => i.code);
    expect(code(() => selectionPersonalQualities(undefined as never))).toEqual(["missing"]);
    expect(code(() => selectionPersonalQualities(true as never))).toEqual(["wrong-type"]);
    expect(code(() => selectionPersonalQualities(NaN))).toEqual(["nan"]);
    expect(code(() => selectionPersonalQualities(Infinity))).toEqual(["not-finite"]);
    expect(code(() => selectionPersonalQualities(" "))).toEqual(["empty-string"]);
    expect(code(() => selectionPersonalQualities("1e2"))).toEqual(["exponent"]);
    expect(code(() => selectionEssay(3.5))).toEqual(["not-whole"]);
    expect(code(() => competitionPersonalQualities({ track: "lower", iq: 3, x: 1 } as never))).toEqual(["unknown-field"]);
    expect(code(() => earliestRetestDate("2026-02-30"))).toEqual(["invalid-date"]);
    for (const l of EXPLAIN_LANGS) expect(ruleInputErrorMessages(err(() => earliestRetestDate("2026-02-30")), l)[0]).toContain("testDate");
  });
  it("an issue without a code falls back to the English message behind a translated prefix", () => {
    const e = err(() => competitionPersonalQualities({ track: "non-leadership", competencies: [1, 2] })) as RuleInputError;
    expect(e.issues[0]!.code).toBeUndefined();
    const kk = ruleInputErrorMessages(e, "kk")[0]!;
    expect(kk.startsWith("competencies мәні жарамсыз (R-GC-1): ")).toBe(true);
    expect(kk).toContain(e.issues[0]!.message);
  });
  it("the English message of every issue is unchanged by the codes", () => {
    expect((err(() => selectionPersonalQualities("2,5")) as Error).message).toBe(
      'R-SEL-1: S = "2,5": comma decimal: write "2.5" (a dot as the decimal separator); expected a number from 0 to 100 (percent)',
    );
  });
});
