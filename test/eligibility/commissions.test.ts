import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { PRACTICAL_TASKS, RuleInputError, checkCommissionQuorum, commissionQuorum, essayPanelValid } from "../../src/index.js";

describe("R-GC-7 commissionQuorum: 3·present ≥ 2·members and present ≥ 3", () => {
  it("R-GC-7 worked examples", () => {
    expect(commissionQuorum(9, 6)).toBe(true); // 18 ≥ 18
    expect(commissionQuorum(9, 5)).toBe(false); // 15 < 18
    expect(commissionQuorum(3, 2)).toBe(false); // 6 ≥ 6 but fewer than three persons
    expect(commissionQuorum(3, 3)).toBe(true);
    expect(commissionQuorum(4, 3)).toBe(true); // 9 ≥ 8
    expect(commissionQuorum(5, 3)).toBe(false); // 9 < 10
    expect(commissionQuorum(5, 4)).toBe(true); // 12 ≥ 10
    expect(commissionQuorum(7, 5)).toBe(true); // 15 ≥ 14
    expect(commissionQuorum(7, 4)).toBe(false); // 12 < 14
    expect(commissionQuorum(2, 2)).toBe(false); // never three persons
  });

  it("R-GC-7 checkCommissionQuorum lists every reason and the number required", () => {
    const r = checkCommissionQuorum(9, 5);
    expect(r.quorum).toBe(false);
    expect(r.required).toBe(6);
    expect(r.reasons.map((x) => x.code)).toEqual(["below-two-thirds"]);
    expect(r.consequence).toMatch(/para 24/);
    expect(checkCommissionQuorum(3, 1).reasons.map((x) => x.code)).toEqual(["below-two-thirds", "fewer-than-three"]);
    expect(checkCommissionQuorum(3, 2).reasons.map((x) => x.code)).toEqual(["fewer-than-three"]);
    expect(checkCommissionQuorum(2, 2).required).toBe(null);
    expect(checkCommissionQuorum(11, 8)).toMatchObject({ quorum: true, required: 8, reasons: [], consequence: null }); // ⌈22/3⌉ = 8
  });

  fcTest.prop([fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 })])("R-GC-7 monotone in present; required is the least present with a quorum", (m, p0) => {
    const p = Math.min(p0, m);
    if (p < m && commissionQuorum(m, p)) expect(commissionQuorum(m, p + 1)).toBe(true);
    const c = checkCommissionQuorum(m, p);
    expect(c.quorum).toBe(commissionQuorum(m, p));
    if (c.required !== null) {
      expect(commissionQuorum(m, c.required)).toBe(true);
      if (c.required > 0) expect(commissionQuorum(m, c.required - 1)).toBe(false);
    }
    expect(c.quorum).toBe(c.reasons.length === 0);
  });

  it("R-GC-7 invalid inputs throw RuleInputError", () => {
    for (const [m, p] of [[0, 0], [9, 10], [9, -1], [9.5, 6], [9, 6.5], [Number.NaN, 1], ["9", null]] as const) {
      expect(() => commissionQuorum(m as never, p as never)).toThrow(RuleInputError);
      expect(() => checkCommissionQuorum(m as never, p as never)).toThrow(RuleInputError);
    }
  });
});

describe("R-SEL-6 essayPanelValid (para 115 of the temporary IS selection rules)", () => {
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

describe("R-GC-8 practical tasks (para 88)", () => {
  it("R-GC-8 non-leadership: analytical note and official letter/answer; lower: two tasks; leadership: none", () => {
    expect(PRACTICAL_TASKS["non-leadership"].tasks.map((t) => t.line)).toEqual([1366, 1368]);
    expect(PRACTICAL_TASKS["non-leadership"].tasks[0]!.kk).toMatch(/аналитикалық жазба/);
    expect(PRACTICAL_TASKS["non-leadership"].tasks[1]!.kk).toMatch(/ресми сауалдар мен хаттар/);
    expect(PRACTICAL_TASKS.lower.tasks).toHaveLength(2);
    expect(PRACTICAL_TASKS.lower.tasks[0]!.kk).toMatch(/екі тапсырманы/);
    expect(PRACTICAL_TASKS.leadership.tasks).toHaveLength(0);
  });
});
