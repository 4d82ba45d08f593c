// Tests of src/eligibility/commissions/interview-panel-valid.ts: interviewPanelValid (R-SEL-9, para 130
// of the temporary IS selection rules, ASA-184-2024 point 1, seed 000 lines 105–109):
// «Конкурс комиссиясының әрбір мүшесі … жүйеге баллды енгізу арқылы үміткерлермен әңгімелесу
// қорытындыларын жеке бағалайды және ЭЦҚ көмегімен растайды. Комиссия мүшесіне … бағалаудан және ЭЦҚ
// көмегімен бағалауды растаудан бас тартуға жол берілмейді.»
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, interviewPanelValid } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-SEL-9 interviewPanelValid — every member scores individually, signs, none refuses (para 130)", () => {
  it("R-SEL-9 «әрбір мүшесі … жеке бағалайды»: 5 members, each of 3 candidates scored by all 5 → valid", () => {
    expect(interviewPanelValid({ commissionSize: 5, scoredBy: [5, 5, 5] })).toEqual({ valid: true, reasons: [] });
  });
  it("R-SEL-9 no two-thirds threshold as for the essay: 4 of 5 (≥ 2/3) is still not every member", () => {
    // essay (R-SEL-6) would accept 4 of 5 (3·4 = 12 ≥ 10); para 130 says «әрбір мүшесі» — every member
    expect(interviewPanelValid({ commissionSize: 5, scoredBy: [5, 4] }).reasons).toEqual([
      { code: "not-every-member", rule: "R-SEL-9", candidates: [1], message: "not every member scored the listed candidates (5 of 5 required, «әрбір мүшесі», para 130)" },
    ]);
  });
  it("R-SEL-9 «жеке бағалайды»: a joint score is not individual scoring", () => {
    expect(interviewPanelValid({ commissionSize: 3, scoredBy: [3], jointScore: true }).reasons.map((r) => r.code)).toEqual(["not-individual"]);
  });
  it("R-SEL-9 «ЭЦҚ көмегімен растайды»: a score not confirmed by signature names the candidate", () => {
    const r = interviewPanelValid({ commissionSize: 3, scoredBy: [3, 3], signedBy: [3, 2] });
    expect(r.valid).toBe(false);
    expect(r.reasons).toEqual([
      { code: "unsigned", rule: "R-SEL-9", candidates: [1], message: "a score of the listed candidates is not confirmed by digital signature («ЭЦҚ көмегімен растайды», para 130)" },
    ]);
  });
  it("R-SEL-9 «бас тартуға жол берілмейді»: a refusal invalidates, even when the others all scored", () => {
    expect(interviewPanelValid({ commissionSize: 4, scoredBy: [4], refusals: 1 }).reasons).toEqual([
      { code: "refusal", rule: "R-SEL-9", message: "1 member(s) refused to score or to confirm, which para 130 does not allow" },
    ]);
  });
  it("R-SEL-9 every failed condition at once, in order", () => {
    const r = interviewPanelValid({ commissionSize: 4, scoredBy: [3, 4], signedBy: [2, 4], refusals: 1, jointScore: true });
    expect(r.reasons.map((x) => x.code)).toEqual(["not-individual", "not-every-member", "unsigned", "refusal"]);
  });
  it("R-SEL-9 invalid inputs throw RuleInputError naming the field; input not mutated", () => {
    expect(firstIssue(() => interviewPanelValid({ commissionSize: 3, scoredBy: [4] }))).toMatchObject({ field: "scoredBy[0]", value: 4, rule: "R-SEL-9" });
    expect(firstIssue(() => interviewPanelValid({ commissionSize: 3, scoredBy: [3], signedBy: [3, 3] }))).toMatchObject({ field: "signedBy", rule: "R-SEL-9" });
    expect(firstIssue(() => interviewPanelValid({ commissionSize: 3, scoredBy: [2], signedBy: [3] }))).toMatchObject({ field: "signedBy[0]", value: 3 });
    expect(firstIssue(() => interviewPanelValid({ commissionSize: 3, scoredBy: [3], refusals: 4 }))).toMatchObject({ field: "refusals", value: 4 });
    for (const b of [{}, { commissionSize: 0, scoredBy: [0] }, { commissionSize: 3, scoredBy: [] }, { commissionSize: 3, scoredBy: [1.5] }, { commissionSize: 3, scoredBy: [3], x: 1 }, null, "3"]) {
      expect(() => interviewPanelValid(b as never)).toThrow(RuleInputError);
    }
    const input = { commissionSize: 5, scoredBy: [5, 4] };
    interviewPanelValid(input);
    expect(input).toEqual({ commissionSize: 5, scoredBy: [5, 4] });
  });
  fcTest.prop([fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 })])(
    "R-SEL-9 property: valid ⇔ every candidate scored by all members (no other condition given)",
    (n, raw) => {
      const scoredBy = raw.map((g) => Math.min(g, n));
      expect(interviewPanelValid({ commissionSize: n, scoredBy }).valid).toBe(scoredBy.every((g) => g === n));
    },
  );
});
