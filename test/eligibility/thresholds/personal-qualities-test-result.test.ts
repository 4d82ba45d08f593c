// Tests of src/eligibility/thresholds/personal-qualities-test-result.ts: personalQualitiesTestResult,
// the pass marks of programs 1–3 (R-TH-1, R-TH-2, R-TH-3), exact decimals, errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, personalQualitiesTestResult } from "../../../src/index.js";
import { firstIssue as issue } from "../../support/first-issue.js";

const ten = (v: number | string) => Array.from({ length: 10 }, () => v);
const seven = (v: number | string) => Array.from({ length: 7 }, () => v);

describe("R-TH-1 personalQualitiesTestResult — program 1: total ≥ 30 and every competency ≥ 2.5", () => {
  it("R-TH-1 exactly 30 with every competency 3 passes (10 × 3 = 30)", () => {
    const r = personalQualitiesTestResult({ program: 1, competencies: ten(3) });
    expect(r.passed).toBe(true);
    expect(r.total.toString()).toBe("30");
    expect(r.failures).toEqual([]);
    expect(r.version).toBe("ASA-52-2026");
  });

  it("R-TH-1 total 29.9 fails on the total only (9 × 3 + 2.9 = 29.9)", () => {
    const c = ten(3);
    c[9] = "2.9";
    const r = personalQualitiesTestResult({ program: 1, competencies: c });
    expect(r.passed).toBe(false);
    expect(r.total.toString()).toBe("29.9");
    expect(r.failures.map((f) => f.code)).toEqual(["total-below-pass-mark"]);
    expect(r.failures[0]!.rule).toBe("R-TH-1");
    expect(r.failures[0]!.passMark.toString()).toBe("30");
  });

  it("R-TH-1 a competency at exactly 2.5 passes; at 2.49 fails with its index and name", () => {
    // 9 × 4 + 2.5 = 38.5 ≥ 30; every competency ≥ 2.5 → pass
    const ok = ten(4);
    ok[4] = "2.5";
    expect(personalQualitiesTestResult({ program: 1, competencies: ok }).passed).toBe(true);
    // 9 × 4 + 2.49 = 38.49 ≥ 30, but competency 4 (leadership) < 2.5 → fail
    const bad = ten(4);
    bad[4] = "2.49";
    const r = personalQualitiesTestResult({ program: 1, competencies: bad });
    expect(r.passed).toBe(false);
    expect(r.total.toString()).toBe("38.49");
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ code: "competency-below-pass-mark", rule: "R-TH-1", index: 4, competency: "leadership", competencyKk: "көшбасшылық" });
    expect(r.failures[0]!.score.toString()).toBe("2.49");
  });

  it("R-TH-1 every failed condition is returned (total and two competencies)", () => {
    // [2, 2, 3 × 8] → total 4 + 24 = 28 < 30; competencies 0 and 1 < 2.5
    const c = ten(3);
    c[0] = 2;
    c[1] = 2;
    const r = personalQualitiesTestResult({ program: 1, competencies: c });
    expect(r.total.toString()).toBe("28");
    expect(r.failures.map((f) => [f.code, f.index])).toEqual([
      ["total-below-pass-mark", undefined],
      ["competency-below-pass-mark", 0],
      ["competency-below-pass-mark", 1],
    ]);
  });

  it("R-TH-1 exact decimals: ten × 0.1-steps never drift (3.1 × 10 = 31)", () => {
    expect(personalQualitiesTestResult({ program: 1, competencies: ten("3.1") }).total.toString()).toBe("31");
  });
});

describe("R-TH-2 personalQualitiesTestResult — program 2: total ≥ 20 and every competency ≥ 2.5", () => {
  it("R-TH-2 worked examples", () => {
    // 7 × 3 = 21 ≥ 20 → pass
    expect(personalQualitiesTestResult({ program: 2, competencies: seven(3) }).passed).toBe(true);
    // 6 × 2.85 + 2.9 = 17.1 + 2.9 = 20 → pass at exactly 20
    const c = seven("2.85");
    c[6] = "2.9";
    const r20 = personalQualitiesTestResult({ program: 2, competencies: c });
    expect(r20.total.toString()).toBe("20");
    expect(r20.passed).toBe(true);
    // 7 × 2.5 = 17.5 < 20 → fails on total only
    const r = personalQualitiesTestResult({ program: 2, competencies: seven("2.5") });
    expect(r.failures.map((f) => f.code)).toEqual(["total-below-pass-mark"]);
    expect(r.failures[0]!.rule).toBe("R-TH-2");
    // competency 3 of program 2 is ethics (әдептілік)
    const e = seven(4);
    e[3] = 1;
    expect(personalQualitiesTestResult({ program: 2, competencies: e }).failures[0]).toMatchObject({ index: 3, competency: "ethics", competencyKk: "әдептілік" });
  });
});

describe("R-TH-3 personalQualitiesTestResult — program 3: logical thinking ≥ 10", () => {
  it("R-TH-3 10 passes, 9.99 fails, 0 and 30 are the bounds", () => {
    expect(personalQualitiesTestResult({ program: 3, logic: 10 }).passed).toBe(true);
    const r = personalQualitiesTestResult({ program: 3, logic: "9.99" });
    expect(r.passed).toBe(false);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ code: "logic-below-pass-mark", rule: "R-TH-3" });
    expect(personalQualitiesTestResult({ program: 3, logic: 0 }).passed).toBe(false);
    expect(personalQualitiesTestResult({ program: 3, logic: 30 }).total.toString()).toBe("30");
  });
});

describe("R-TH-1..3 personalQualitiesTestResult — properties and invalid input", () => {
  const score = fc.integer({ min: 0, max: 500 }).map((h) => new Decimal(h).div(100).toString());

  fcTest.prop([fc.array(score, { minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 100 })])(
    "R-TH-1 monotone: raising one competency never turns a pass into a fail",
    (c, k, up) => {
      const before = personalQualitiesTestResult({ program: 1, competencies: c });
      const raised = [...c];
      raised[k] = Decimal.min(new Decimal(c[k]!).plus(new Decimal(up).div(100)), 5).toString();
      const after = personalQualitiesTestResult({ program: 1, competencies: raised });
      if (before.passed) expect(after.passed).toBe(true);
      expect(after.failures.length).toBeLessThanOrEqual(before.failures.length);
      expect(after.total.gte(before.total)).toBe(true);
    },
  );

  fcTest.prop([fc.array(score, { minLength: 7, maxLength: 7 })])("R-TH-2 passed ⇔ total ≥ 20 ∧ min ≥ 2.5; inputs not mutated", (c) => {
    const copy = [...c];
    const r = personalQualitiesTestResult({ program: 2, competencies: c });
    const sum = c.reduce((s, x) => s.plus(x), new Decimal(0));
    const min = Decimal.min(...c);
    expect(r.total.eq(sum)).toBe(true);
    expect(r.passed).toBe(sum.gte(20) && min.gte("2.5"));
    expect(c).toEqual(copy);
  });

  fcTest.prop([fc.integer({ min: 0, max: 3000 })])("R-TH-3 monotone in logic", (h) => {
    const x = new Decimal(h).div(100);
    expect(personalQualitiesTestResult({ program: 3, logic: x.toString() }).passed).toBe(x.gte(10));
  });

  it("R-TH-1..3 invalid inputs throw RuleInputError", () => {
    const bad: unknown[] = [
      undefined, null, {}, { program: 4, logic: 1 }, { program: "1", competencies: ten(3) },
      { program: 1, competencies: seven(3) }, { program: 2, competencies: ten(3) },
      { program: 1, competencies: [...ten(3).slice(0, 9), 5.01] }, { program: 1, competencies: [...ten(3).slice(0, 9), -1] },
      { program: 1, competencies: [...ten(3).slice(0, 9), Number.NaN] }, { program: 1, competencies: [...ten(3).slice(0, 9), "2,5"] },
      { program: 3, logic: 31 }, { program: 3, logic: -0.5 }, { program: 3 }, { program: 3, logic: 10, extra: 1 },
      { program: 1, competencies: "3" },
    ];
    for (const b of bad) expect(() => personalQualitiesTestResult(b as never)).toThrow(RuleInputError);
    try {
      personalQualitiesTestResult({ program: 1, competencies: seven(3) });
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-TH-1/);
      expect((e as RuleInputError).message).toMatch(/exactly 10/);
    }
  });
});

// mutation run (issue 6, docs/quality.md): the error of a missing or unknown program, the program and version in the result.
describe("R-TH-1..3 personalQualitiesTestResult — program errors and result fields", () => {
  it("R-TH-1 a missing or unknown program", () => {
    expect(issue(() => personalQualitiesTestResult({} as never))).toMatchObject({ field: "program", rule: "R-TH-1..3", message: "missing: expected program 1, 2 or 3" });
    expect(issue(() => personalQualitiesTestResult({ program: 4 } as never)).message).toBe("unknown program: expected 1, 2 or 3");
  });
  it("R-TH-3 the result carries program and version", () => {
    expect(personalQualitiesTestResult({ program: 3, logic: 12 })).toMatchObject({ passed: true, program: 3, version: "ASA-52-2026", failures: [] });
  });
});
