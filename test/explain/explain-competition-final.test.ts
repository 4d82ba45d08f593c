// explainCompetitionFinal (src/explain/explain-competition-final.ts), R-GC-5: the final score of each
// track (leadership, non-leadership, lower = presumed) with its formula, params and text; a bad decimals option.
import { describe, expect, it } from "vitest";
import { competitionPersonalQualities, EXPLAIN_LANGS, explainCompetitionFinal } from "../../src/index.js";
import { allLanguages, decimals41Issue } from "../support/explain.js";
import { allIssues } from "../support/first-issue.js";

describe("R-GC-5 explainCompetitionFinal — worked examples", () => {
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
});

// mutation run (docs/quality.md): the exact text and params; sentences from src/explain/messages/en.ts filled by hand
describe("R-GC-5 explainCompetitionFinal — text and params", () => {
  // mutation run (docs/quality.md): readOptions checks decimals (a whole number 0–40) and the issue carries the rule of the explanation
  it("R-GC-5 decimals 41 is one out-of-range issue on opts.decimals with rule R-GC-5", () => {
    const issues = allIssues(() => explainCompetitionFinal({ track: "non-leadership", O: 4, P: 9 }, { decimals: 41 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual(decimals41Issue("R-GC-5"));
  });
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
