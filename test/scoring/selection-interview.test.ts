// src/scoring/selection-interview.ts: selectionInterview (R-SEL-4), the interview grade, whole points 0–3.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { selectionInterview } from "../../src/scoring/index.js";
import { NOT_A_NUMBER, rejectsField } from "../support/scoring.js";

describe("R-SEL-4 selectionInterview: whole points 0–3", () => {
  it("R-SEL-4 worked examples: 0, 1, 2, 3 accepted; 4 and 2.5 rejected", () => {
    // one descriptor per point: 0, 1, 2, 3 points
    expect([0, 1, 2, 3].map((p) => selectionInterview(p).toString())).toEqual(["0", "1", "2", "3"]);
    rejectsField(() => selectionInterview(4), "points", "R-SEL-4");
    rejectsField(() => selectionInterview(2.5), "points", "R-SEL-4");
  });

  test.prop([fc.integer({ min: 0, max: 3 })])("R-SEL-4 property: identity on 0..3", (p) => {
    expect(selectionInterview(p).eq(p)).toBe(true);
  });

  test.prop([fc.oneof(fc.integer({ min: 4, max: 1000 }), fc.integer({ min: -1000, max: -1 }), fc.double({ min: 0, max: 3, noNaN: true }).filter((x) => !Number.isInteger(x)), fc.constantFrom(...NOT_A_NUMBER))])(
    "R-SEL-4 property: invalid input → RuleInputError naming points",
    (bad) => {
      rejectsField(() => selectionInterview(bad as never), "points", "R-SEL-4");
    },
  );
});
