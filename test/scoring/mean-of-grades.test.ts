// src/scoring/mean-of-grades.ts: meanOfGrades, the mean of the essay grades (R-SEL-3; the caller's
// choice, not a rule of the orders): exact, 0..5, input errors.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { meanOfGrades } from "../../src/scoring/index.js";
import { expectExact, NOT_A_NUMBER, rat, rejects, rejectsField } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

describe("R-SEL-3 meanOfGrades (caller's choice, not a rule of the orders)", () => {
  it("R-SEL-3 meanOfGrades worked examples", () => {
    // (4 + 5 + 3) / 3 = 12 / 3 = 4
    expect(meanOfGrades([4, 5, 3]).toString()).toBe("4");
    // (4 + 5) / 2 = 4.5
    expect(meanOfGrades([4, 5]).toString()).toBe("4.5");
    // (5 + 4 + 4) / 3 = 13 / 3 = 4.333… (40 significant digits)
    expect(meanOfGrades([5, 4, 4]).toString()).toBe("4." + "3".repeat(39));
    expect(meanOfGrades([2]).toString()).toBe("2");
  });

  const grades = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 15 });

  test.prop([grades])("R-SEL-3 meanOfGrades property: exact mean, 0..5, order independent, no mutation", (g) => {
    const copy = [...g];
    const m = meanOfGrades(g);
    expect(g).toEqual(copy);
    expectExact(m, rat(g.reduce((a, b) => a + b, 0), g.length), g.length);
    expect(m.gte(0) && m.lte(5)).toBe(true);
    expect(meanOfGrades([...g].reverse()).eq(m)).toBe(true);
  });

  it("R-SEL-3 meanOfGrades invalid: empty list, not an array, bad grade", () => {
    rejectsField(() => meanOfGrades([]), "grades", "R-SEL-3");
    rejectsField(() => meanOfGrades("4,5" as never), "grades", "R-SEL-3");
    for (const bad of [...NOT_A_NUMBER, 6, -1, 4.5]) rejectsField(() => meanOfGrades([4, bad as never]), "grades[1]", "R-SEL-3");
    expect(rejects(() => meanOfGrades([9, 8])).issues).toHaveLength(2);
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): pins the message of an empty list
describe("R-SEL-3 meanOfGrades — the message of no grade (mutation)", () => {
  it("R-SEL-3 meanOfGrades of no grade", () => {
    const e = thrownRuleInputError(() => meanOfGrades([]));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.message).toBe("at least one grade is required");
  });
});

// issue 23, item 4: a list of any length is read once; at most 100 issues listed, the rest counted
describe("R-SEL-3 meanOfGrades — hostile lists (issue 23)", () => {
  it("R-SEL-3 10^6 NaNs: 100 issues listed, 999,900 counted", () => {
    const e = thrownRuleInputError(() => meanOfGrades(new Array(1_000_000).fill(Number.NaN)));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[0]).toMatchObject({ field: "grades[0]", rule: "R-SEL-3", code: "nan" });
    expect(e.message.length).toBeLessThanOrEqual(64_000);
  });

  it("R-SEL-3 a sparse array of length 10^6: every hole a missing grade, 100 listed", () => {
    const e = thrownRuleInputError(() => meanOfGrades(new Array(1_000_000)));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[99]).toMatchObject({ field: "grades[99]", value: undefined, code: "missing" });
  });

  it("R-SEL-3 10^6 valid grades and one bad one: the one issue", () => {
    const g: unknown[] = new Array(1_000_000).fill(4);
    g[777_777] = 6;
    const e = thrownRuleInputError(() => meanOfGrades(g as never));
    expect(e.issues).toHaveLength(1);
    expect(e.omittedIssues).toBe(0);
    expect(e.issues[0]).toMatchObject({ field: "grades[777777]", value: 6, code: "out-of-range" });
  });

  it("R-SEL-3 a grade of more than 40 digits is too-many-digits; an empty list is too-few", () => {
    expect(thrownRuleInputError(() => meanOfGrades(["4." + "0".repeat(39) + "1"])).issues[0]).toMatchObject({ field: "grades[0]", code: "too-many-digits", params: { max: 40 } });
    expect(thrownRuleInputError(() => meanOfGrades([])).issues[0]).toMatchObject({ field: "grades", code: "too-few", params: { min: 1 } });
  });
});
