// Tests of src/eligibility/commissions/essay-panel-valid.ts: essayPanelValid (R-SEL-6, para 115 of the
// temporary IS selection rules) — both readings of two thirds, its reasons and errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, essayPanelValid } from "../../../src/index.js";
import { firstIssue, thrownRuleInputError } from "../../support/first-issue.js";

describe("R-SEL-6 essayPanelValid — worked examples, input, property (para 115 of the temporary IS selection rules)", () => {
  it("R-SEL-6 worked examples", () => {
    // 9 members: ⌈18/3⌉ = 6 graders per essay required
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6, 6] })).toEqual({ valid: true, required: 6, reasons: [] });
    const r = essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 5] });
    expect(r.valid).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(["below-two-thirds", "unequal-graders"]);
    expect(r.reasons[0]!.essays).toEqual([1]);
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4], proctorViolation: true }).reasons.map((x) => x.code)).toEqual(["proctor-violation"]);
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4, 4], refusals: 1 }).reasons.map((x) => x.code)).toEqual(["refusal"]);
    // 7 members: ⌈14/3⌉ = 5; 5 graders per essay pass, 4 do not
    expect(essayPanelValid({ commissionSize: 7, gradersPerEssay: [5, 5] }).valid).toBe(true);
    expect(essayPanelValid({ commissionSize: 7, gradersPerEssay: [4, 4] }).valid).toBe(false);
    // panel reading: 6 of 9 took part, each essay by 3 of them
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 3], participants: 6, twoThirds: "panel" }).valid).toBe(true);
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 3], participants: 5, twoThirds: "panel" }).valid).toBe(false);
  });

  it("R-SEL-6 invalid inputs throw RuleInputError; input not mutated", () => {
    const bad: unknown[] = [
      {}, { commissionSize: 0, gradersPerEssay: [0] }, { commissionSize: 5, gradersPerEssay: [] }, { commissionSize: 5, gradersPerEssay: [6] },
      { commissionSize: 5, gradersPerEssay: [2.5] }, { commissionSize: 5, gradersPerEssay: [4], twoThirds: "panel" },
      { commissionSize: 5, gradersPerEssay: [4], participants: 3 }, { commissionSize: 5, gradersPerEssay: [4], extra: true },
    ];
    for (const b of bad) expect(() => essayPanelValid(b as never)).toThrow(RuleInputError);
    const input = { commissionSize: 9, gradersPerEssay: [6, 5] };
    essayPanelValid(input);
    expect(input).toEqual({ commissionSize: 9, gradersPerEssay: [6, 5] });
  });

  fcTest.prop([fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 5 })])(
    "R-SEL-6 equal graders: valid ⇔ 3·g ≥ 2·n",
    (n, g0, essays) => {
      const g = Math.min(g0, n);
      expect(essayPanelValid({ commissionSize: n, gradersPerEssay: Array(essays).fill(g) }).valid).toBe(3 * g >= 2 * n);
    },
  );
});

// mutation run (docs/quality.md): the field, value and wording of each error, the boundaries of the
// participants checks, every reason in full. Expected values worked out by hand from R-SEL-6.
describe("R-SEL-6 essayPanelValid — errors and reasons", () => {
  it("R-SEL-6 an essay with more graders than members names that essay, its count and the commission size", () => {
    // 10 graders on essay 1 of a 9-member commission: impossible.
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 10] }))).toMatchObject({
      field: "gradersPerEssay[1]", value: 10, rule: "R-SEL-6", message: "more graders than the commission has members (9)",
    });
  });
  it("R-SEL-6 more participants than members is refused; exactly all members is accepted", () => {
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 10 }))).toMatchObject({
      field: "participants", value: 10, rule: "R-SEL-6", message: "more than the commission has members (9)",
    });
    // 9 of 9 took part; each essay by 6: 3·6 = 18 ≥ 2·9 = 18, equal counts → valid, required ⌈18/3⌉ = 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 9 })).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 fewer participants than the graders of the most-graded essay is refused; equal is accepted", () => {
    // Essays graded by 3 and 6 members: at least 6 distinct members took part, so 4 is impossible.
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 6], participants: 4 }))).toMatchObject({
      field: "participants", value: 4, rule: "R-SEL-6", message: "fewer than the graders of one essay (6)",
    });
    // 6 participants, each essay by the same 6: fine.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 6 })).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 twoThirds \"panel\" without participants: missing participants", () => {
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6], twoThirds: "panel" }))).toMatchObject({
      field: "participants", value: undefined, rule: "R-SEL-6", code: "missing",
      message: "missing: twoThirds \"panel\" counts the distinct members who took part in grading",
    });
  });
  it("R-SEL-6 a very long essay list without participants is judged, not crashed", () => {
    // 1 000 000 essays each graded by 6 of 9: valid (nothing bounds the number of essays).
    const r = essayPanelValid({ commissionSize: 9, gradersPerEssay: new Array<number>(1_000_000).fill(6) });
    expect(r.valid).toBe(true);
    expect(r.required).toBe(6);
  });
  it("R-SEL-6 a very long essay list WITH participants is judged, not crashed (was a RangeError)", () => {
    // 1 000 000 essays each graded by 6 of 9, 6 distinct participants: the most-graded essay has 6
    // graders ≤ 6 participants, and 6 ≥ the two-thirds requirement 6 → valid. Before the fix the
    // largest count was taken with Math.max(...list), which overflows the call stack.
    const r = essayPanelValid({ commissionSize: 9, gradersPerEssay: new Array<number>(1_000_000).fill(6), participants: 6 });
    expect(r).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 the proctor-violation reason in full", () => {
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4], proctorViolation: true }).reasons).toEqual([
      { code: "proctor-violation", rule: "R-SEL-6", message: "the proctor recorded a violation: the essay is not graded (para 115, first part)" },
    ]);
  });
  it("R-SEL-6 each-essay reading: below two thirds names the essays and the requirement", () => {
    // 9 members, each essay by 5: 3·5 = 15 < 18; required = ⌊(18 + 2)/3⌋ = 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [5, 5] }).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-SEL-6", essays: [0, 1], required: 6, message: "graded by fewer than two thirds of the commission (6 of 9 required)" },
    ]);
  });
  it("R-SEL-6 panel reading: too few participants, reason in full (no essays list)", () => {
    // 5 of 9 took part: 15 < 18; each essay by 3 ≤ 5 participants, equal counts.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 3], participants: 5, twoThirds: "panel" }).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-SEL-6", required: 6, message: "5 members took part, fewer than two thirds of the commission (6 of 9 required)" },
    ]);
  });
  it("R-SEL-6 unequal graders: the distinct counts, the differing essays and essay 0's count", () => {
    // Counts 6, 7, 6, 8 (all ≥ 6 of 9): essays 1 and 3 differ from essay 0's 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 7, 6, 8] }).reasons).toEqual([
      {
        code: "unequal-graders", rule: "R-SEL-6", essays: [1, 3],
        message: "essays graded by different numbers of members (6, 7, 8; the listed essays differ from essay 0, graded by 6); every essay must be graded by the same number",
      },
    ]);
  });
  it("R-SEL-6 the refusal reason in full", () => {
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4, 4], refusals: 2 }).reasons).toEqual([
      { code: "refusal", rule: "R-SEL-6", message: "2 member(s) refused to grade, which para 115 does not allow" },
    ]);
  });
});

// mutation run 2026-12-06 (issue 16): the most graders of one essay is the largest count, not the last one
describe("R-SEL-6 essayPanelValid — participants against the largest panel", () => {
  it("R-SEL-6 participants fewer than the largest panel (3 of [3, 1]) is an error, even when the last panel is smaller", () => {
    // commission of 3; one essay graded by 3 members, another by 1; only 2 members took part:
    // impossible, since one essay alone had 3 graders.
    expect(firstIssue(() => essayPanelValid({ commissionSize: 3, gradersPerEssay: [3, 1], participants: 2 }))).toMatchObject({
      field: "participants", value: 2, rule: "R-SEL-6", message: "fewer than the graders of one essay (3)",
    });
  });
});

// issue 23, item 4: a list of essays of any length is read once; at most 100 issues, the rest counted
describe("R-SEL-6 essayPanelValid — hostile lists (issue 23)", () => {
  const thrown = thrownRuleInputError;

  it("R-SEL-6 10^6 NaN grader counts, a sparse list of 10^6: 100 issues, 999,900 counted", () => {
    for (const huge of [new Array(1_000_000).fill(Number.NaN), new Array(1_000_000)]) {
      const e = thrown(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: huge }));
      expect(e.issues).toHaveLength(100);
      expect(e.omittedIssues).toBe(999_900);
      expect(e.issues[0]!.field).toBe("gradersPerEssay[0]");
      expect(e.message.length).toBeLessThanOrEqual(64_000);
    }
  });

  it("R-SEL-6 an empty list: too-few (params.min 1), as before", () => {
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [] }))).toMatchObject({
      field: "gradersPerEssay", code: "too-few", params: { min: 1 }, message: "expected at least one essay",
    });
  });

  it("R-SEL-6 10^5 valid essays: an answer", () => {
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: new Array(100_000).fill(6) }).valid).toBe(true);
  });
});
