// src/scoring/competition-practical.ts: competitionPractical, R-GC-3 П = П1 + П2 (two grades 0–5, whole by default;
// TaskGradeOptions). The same tests as competition-interview.test.ts (R-GC-4 С = С1 + С2):
// the two rules have the same shape.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { RuleInputError } from "../../src/index.js";
import { competitionPractical } from "../../src/scoring/index.js";
import { hundredths, NOT_A_NUMBER, rejects, rejectsField } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

const { rule, name, f, a, b } = { rule: "R-GC-3", name: "competitionPractical: П = П1 + П2", f: competitionPractical, a: "p1", b: "p2" } as const;

describe(`${rule} ${name}`, () => {
  it(`${rule} worked examples`, () => {
    // 4 + 3 = 7; 5 + 4 = 9; 0 + 0 = 0; 5 + 5 = 10 (the maximum)
    expect(f(4, 3).toString()).toBe("7");
    expect(f(5, "4").toString()).toBe("9");
    expect(f(0, 0).toString()).toBe("0");
    expect(f(5, 5).toString()).toBe("10");
    // decimals only on request: 4.5 + 3 = 7.5; 3.5 + 4.25 = 7.75
    expect(f("4.5", 3, { wholePoints: false }).toString()).toBe("7.5");
    expect(f("3.5", "4.25", { wholePoints: false }).toString()).toBe("7.75");
    expect(f(4, 3, { wholePoints: true }).toString()).toBe("7");
    expect(f(4, 3, {}).toString()).toBe("7");
  });

  test.prop([fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(`${rule} property: whole grades, exact sum, 0..10, symmetric`, (x, y) => {
    const s = f(x, y);
    expect(s.eq(x + y)).toBe(true);
    expect(s.gte(0) && s.lte(10)).toBe(true);
    expect(f(y, x).eq(s)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })])(`${rule} property: decimal grades (wholePoints: false), exact in hundredths`, (x, y) => {
    const s = f(hundredths(x), hundredths(y), { wholePoints: false });
    // exact rational: (x + y) / 100
    expect(s.times(100).eq(x + y)).toBe(true);
    expect(s.gte(0) && s.lte(10)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.boolean()])(`${rule} property: monotone in each grade`, (x, y, first) => {
    const base = first ? f(x, y) : f(y, x);
    const more = first ? f(x + 1, y) : f(y, x + 1);
    expect(more.gt(base)).toBe(true);
  });

  it(`${rule} invalid: out of range, fractional (default), NaN, Infinity, wrong type, missing → names the field`, () => {
    for (const bad of [...NOT_A_NUMBER, -1, 6, 5.01, 2.5, "3.5"]) {
      rejectsField(() => f(bad as never, 1), a, rule);
      rejectsField(() => f(1, bad as never), b, rule);
    }
    for (const bad of [...NOT_A_NUMBER, -0.01, 5.01]) {
      rejectsField(() => f(bad as never, 1, { wholePoints: false }), a, rule);
    }
    const e = rejects(() => f(7, 2.5));
    expect(e.issues.map((i) => i.field)).toEqual([a, b]);
    rejectsField(() => f(1, 1, { wholePoints: "no" } as never), "opts.wholePoints", rule);
    rejectsField(() => f(1, 1, { whole: false } as never), "opts.whole", rule);
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): options null and {}
describe("R-GC-3 competitionPractical — options null and {} (mutation)", () => {
  it("R-GC-3 opts = null is a RuleInputError, not a TypeError", () => {
    const e = thrownRuleInputError(() => competitionPractical(4, 3, null as never));
    expect(e.issues.some((i) => i.field === "opts")).toBe(true);
  });
  it("R-GC-3 opts = {} keeps whole points: 3.5 is rejected; wholePoints: true too", () => {
    expect(() => competitionPractical("3.5", 3, {})).toThrow(RuleInputError);
    expect(() => competitionPractical("3.5", 3, { wholePoints: true })).toThrow(RuleInputError);
    // 3.5 + 3 = 6.5 only when the caller opts out of whole points
    expect(competitionPractical("3.5", 3, { wholePoints: false }).toString()).toBe("6.5");
  });
});
