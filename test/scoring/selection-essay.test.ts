// src/scoring/selection-essay.ts: selectionEssay (R-SEL-3), one member's essay grade, whole points 0–5.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { selectionEssay } from "../../src/scoring/index.js";
import { NOT_A_NUMBER, rejectsField } from "../support/scoring.js";

describe("R-SEL-3 selectionEssay: one member's grade, whole points 0–5", () => {
  it("R-SEL-3 worked examples: each whole point 0…5 is accepted as given", () => {
    // the rubric: 0; 1–2; 3–4; 5 points — every whole point from 0 to 5 is a grade
    expect([0, 1, 2, 3, 4, 5].map((p) => selectionEssay(p).toString())).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(selectionEssay("4").toString()).toBe("4");
    expect(selectionEssay("5.0").toString()).toBe("5");
  });

  test.prop([fc.integer({ min: 0, max: 5 })])("R-SEL-3 property: identity on 0..5, within bounds", (p) => {
    const g = selectionEssay(p);
    expect(g.eq(p)).toBe(true);
    expect(g.gte(0) && g.lte(5)).toBe(true);
  });

  test.prop([fc.oneof(fc.integer({ min: 6, max: 1000 }), fc.integer({ min: -1000, max: -1 }), fc.double({ min: 0, max: 5, noNaN: true }).filter((x) => !Number.isInteger(x)), fc.constantFrom(...NOT_A_NUMBER))])(
    "R-SEL-3 property: out of range, fractional, NaN, Infinity, wrong type → RuleInputError naming points",
    (bad) => {
      rejectsField(() => selectionEssay(bad as never), "points", "R-SEL-3");
    },
  );
});
