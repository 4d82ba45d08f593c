// Tests of src/eligibility/reserve/situational-score.ts: reserveSituationalScore (R-PYR-4), the exact
// mean of the three experts' grades (0…5) — worked examples, exactness, monotonicity, errors.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { reserveSituationalScore } from "../../../src/scoring/index.js";
import { thrownRuleInputError } from "../../support/first-issue.js";
import { expectExact, hundredths, NOT_A_NUMBER, rat, rejects, rejectsField } from "../../support/scoring.js";

describe("R-PYR-4 reserveSituationalScore: mean of the three experts' grades", () => {
  it("R-PYR-4 worked examples", () => {
    // (4 + 5 + 3) / 3 = 12 / 3 = 4
    expect(reserveSituationalScore([4, 5, 3]).toString()).toBe("4");
    // (4 + 4 + 5) / 3 = 13 / 3 = 4.333… (40 significant digits)
    expect(reserveSituationalScore([4, 4, 5]).toString()).toBe("4." + "3".repeat(39));
    // (3.5 + 4 + 4.5) / 3 = 12 / 3 = 4
    expect(reserveSituationalScore(["3.5", 4, "4.5"]).toString()).toBe("4");
    // (5 + 5 + 4) / 3 = 14 / 3 = 4.666…7; for display: 4.67
    const s = reserveSituationalScore([5, 5, 4]);
    expect(s.toString()).toBe("4." + "6".repeat(38) + "7");
    expect(s.toDecimalPlaces(2).toString()).toBe("4.67");
    expect(reserveSituationalScore([5, 5, 5]).toString()).toBe("5");
    expect(reserveSituationalScore([0, 0, 0]).toString()).toBe("0");
  });

  const g = fc.integer({ min: 0, max: 500 }); // hundredths 0..5

  test.prop([fc.tuple(g, g, g)])("R-PYR-4 property: exact mean, 0..5, order independent, no mutation", (hs) => {
    const grades = hs.map(hundredths);
    const copy = [...grades];
    const m = reserveSituationalScore(grades);
    expect(grades).toEqual(copy);
    // exact rational: (h1 + h2 + h3) / 300
    expectExact(m, rat(hs[0] + hs[1] + hs[2], 300), 3);
    expect(m.gte(0) && m.lte(5)).toBe(true);
    expect(reserveSituationalScore([grades[2]!, grades[0]!, grades[1]!]).eq(m)).toBe(true);
    expect(reserveSituationalScore(Object.freeze([...grades])).eq(m)).toBe(true);
  });

  test.prop([fc.tuple(g, g, g), fc.nat({ max: 2 }), fc.integer({ min: 1, max: 500 })])("R-PYR-4 property: monotone in each expert's grade", (hs, k, d) => {
    const up = [...hs];
    up[k] = Math.min(500, up[k]! + d);
    expect(reserveSituationalScore(up.map(hundredths)).gte(reserveSituationalScore(hs.map(hundredths)))).toBe(true);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }).filter((a) => a.length !== 3)])(
    "R-PYR-4 property: not exactly three grades → RuleInputError naming experts",
    (a) => {
      rejectsField(() => reserveSituationalScore(a), "experts", "R-PYR-4");
    },
  );

  it("R-PYR-4 invalid grades name the element; wrong type of the list", () => {
    for (const bad of [...NOT_A_NUMBER, -0.01, 5.01, 6]) rejectsField(() => reserveSituationalScore([4, bad as never, 4]), "experts[1]", "R-PYR-4");
    for (const bad of [null, undefined, "4,4,5", 12, {}]) rejectsField(() => reserveSituationalScore(bad as never), "experts", "R-PYR-4");
    const e = rejects(() => reserveSituationalScore([7, 4]));
    expect(e.issues.map((i) => i.field)).toEqual(["experts[0]", "experts"]);
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): pins the message of a wrong count
describe("R-PYR-4 reserveSituationalScore — the count of expert grades in messages (mutation)", () => {
  it("R-PYR-4 two experts: the message names three experts", () => {
    const e = thrownRuleInputError(() => reserveSituationalScore([4, 5]));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.message).toBe("wrong number of expert grades: exactly 3 are required (three sector experts), got 2");
  });
});

// issue 23, item 4: exactly three grades; a longer list is rejected on its length, before any grade is read
describe("R-PYR-4 reserveSituationalScore — hostile lists (issue 23)", () => {
  it("R-PYR-4 new Array(10^6) and 10^6 NaNs: the single count issue (too-many, params.max 3)", () => {
    for (const huge of [new Array(1_000_000), new Array(1_000_000).fill(Number.NaN)]) {
      const e = thrownRuleInputError(() => reserveSituationalScore(huge));
      expect(e.issues).toHaveLength(1);
      expect(e.omittedIssues).toBe(0);
      expect(e.issues[0]).toMatchObject({
        field: "experts", rule: "R-PYR-4", code: "too-many", params: { max: 3 },
        message: "wrong number of expert grades: exactly 3 are required (three sector experts), got 1000000",
      });
      expect(e.message.length).toBeLessThan(200);
    }
  });

  it("R-PYR-4 four grades, one bad: only the count (no grade is read)", () => {
    let reads = 0;
    const four = [4, 4, 4, 4];
    Object.defineProperty(four, 1, { get: () => (reads++, Number.NaN) });
    const e = thrownRuleInputError(() => reserveSituationalScore(four));
    expect(e.issues.map((i) => i.code)).toEqual(["too-many"]);
    expect(reads).toBe(0);
  });

  it("R-PYR-4 two grades: too-few (params.min 3) with the bad grade, as before", () => {
    const e = thrownRuleInputError(() => reserveSituationalScore([7, 4]));
    expect(e.issues.map((i) => [i.field, i.code])).toEqual([["experts[0]", "out-of-range"], ["experts", "too-few"]]);
    expect(e.issues[1]!.params).toEqual({ min: 3 });
  });

  it("R-PYR-4 a grade of more than 40 significant digits: too-many-digits", () => {
    expect(thrownRuleInputError(() => reserveSituationalScore(["4", "4", "4.0000000000000000000000000000000000000001"])).issues[0]).toMatchObject({
      field: "experts[2]", code: "too-many-digits", params: { max: 40 },
    });
  });
});
