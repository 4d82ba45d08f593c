// src/scoring/selection-information.ts: selectionInformation (R-SEL-2), T = 0.1 × S1 + 0.1 × S2:
// worked examples, exactness, questionsPerBlock, the messages of bad input, the caller's own errors.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { selectionInformation } from "../../src/scoring/index.js";
import { NOT_A_NUMBER, rejects, rejectsField } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

describe("R-SEL-2 selectionInformation: T = T1 + T2, T1 = 0.1 × S1, T2 = 0.1 × S2", () => {
  it("R-SEL-2 worked examples", () => {
    // S1 = 14, S2 = 9: T1 = 0.1 × 14 = 1.4; T2 = 0.1 × 9 = 0.9; T = 2.3
    expect(selectionInformation(14, 9).toString()).toBe("2.3");
    // S1 = 3, S2 = 0: 0.3 + 0 = 0.3 (exact, not 0.30000000000000004)
    expect(selectionInformation(3, 0).toString()).toBe("0.3");
    // S1 = 1, S2 = 2: 0.1 + 0.2 = 0.3
    expect(selectionInformation("1", new Decimal(2)).toString()).toBe("0.3");
    // all wrong: 0; with a block of 20 questions all right: 2 + 2 = 4
    expect(selectionInformation(0, 0).toString()).toBe("0");
    expect(selectionInformation(20, 20, { questionsPerBlock: 20 }).toString()).toBe("4");
    expect(selectionInformation(5, 7, {}).toString()).toBe("1.2");
    expect(selectionInformation(5, 7, { questionsPerBlock: undefined }).toString()).toBe("1.2");
  });

  test.prop([fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 })])(
    "R-SEL-2 property: exact, T·10 = S1 + S2, T ≥ 0",
    (s1, s2) => {
      const T = selectionInformation(s1, s2);
      // exact rational: T = (S1 + S2) / 10
      expect(T.times(10).eq(s1 + s2)).toBe(true);
      expect(T.gte(0)).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 1, max: 200 }).chain((q) => fc.tuple(fc.constant(q), fc.nat({ max: q }), fc.nat({ max: q })))])(
    "R-SEL-2 property: with questionsPerBlock q, 0 ≤ T ≤ 0.2·q and all-correct gives the maximum",
    ([q, s1, s2]) => {
      const T = selectionInformation(s1, s2, { questionsPerBlock: q });
      expect(T.gte(0) && T.lte(new Decimal(q).times("0.2"))).toBe(true);
      expect(selectionInformation(q, q, { questionsPerBlock: q }).eq(new Decimal(q).times("0.2"))).toBe(true);
    },
  );

  test.prop([fc.nat({ max: 1000 }), fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 50 }), fc.boolean()])(
    "R-SEL-2 property: monotone in S1 and in S2",
    (s1, s2, d, first) => {
      const base = selectionInformation(s1, s2);
      const more = first ? selectionInformation(s1 + d, s2) : selectionInformation(s1, s2 + d);
      expect(more.gt(base)).toBe(true);
    },
  );

  it("R-SEL-2 invalid: negative, fractional, NaN, Infinity, wrong type, missing → RuleInputError naming S1/S2", () => {
    for (const bad of [...NOT_A_NUMBER, -1, 1.5, "2.5"]) {
      rejectsField(() => selectionInformation(bad as never, 1), "S1", "R-SEL-2");
      rejectsField(() => selectionInformation(1, bad as never), "S2", "R-SEL-2");
    }
    rejectsField(() => (selectionInformation as (a?: unknown) => unknown)(), "S1", "R-SEL-2");
  });

  it("R-SEL-2 invalid: above questionsPerBlock; questionsPerBlock not a positive whole number; unknown option; all problems listed", () => {
    rejectsField(() => selectionInformation(21, 3, { questionsPerBlock: 20 }), "S1", "R-SEL-2");
    rejectsField(() => selectionInformation(3, 21, { questionsPerBlock: 20 }), "S2", "R-SEL-2");
    for (const q of [0, -5, 2.5, Number.NaN, Infinity, "x", null, true]) {
      rejectsField(() => selectionInformation(1, 1, { questionsPerBlock: q as never }), "opts.questionsPerBlock", "R-SEL-2");
    }
    rejectsField(() => selectionInformation(1, 1, { questionPerBlock: 5 } as never), "opts.questionPerBlock", "R-SEL-2");
    rejectsField(() => selectionInformation(1, 1, 5 as never), "opts", "R-SEL-2");
    const e = rejects(() => selectionInformation(-1, 0.5, { questionsPerBlock: 0 }));
    expect(e.issues.map((i) => i.field).sort()).toEqual(["S1", "S2", "opts.questionsPerBlock"]);
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): pins the messages a caller sees
describe("R-SEL-2 selectionInformation — the messages (mutation)", () => {
  it("R-SEL-2 the unit of S1 / S2 is '(correct answers)'", () => {
    const e = thrownRuleInputError(() => selectionInformation(-1, 2));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("S1");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number at least 0 (correct answers)");
  });
  it("R-SEL-2 with questionsPerBlock the range is shown", () => {
    const e = thrownRuleInputError(() => selectionInformation(3, 21, { questionsPerBlock: 20 }));
    expect(e.issues[0]!.field).toBe("S2");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number from 0 to 20 (correct answers)");
  });
  it("R-SEL-2 a bad option and a bad count are both listed", () => {
    const e = thrownRuleInputError(() => selectionInformation("x", 2, { questionsPerBlock: 0 }));
    expect(e.issues.map((i) => i.field).sort()).toEqual(["S1", "opts.questionsPerBlock"]);
  });
});

describe("R-SEL-2 selectionInformation — errors raised by the caller's own objects propagate (mutation)", () => {
  // Not a RuleInputError: the library must not swallow an exception it did not raise.
  it("R-SEL-2 a throwing getter in opts propagates its own error", () => {
    const opts = {
      get questionsPerBlock(): number {
        throw new SyntaxError("caller's getter");
      },
    };
    expect(() => selectionInformation(1, 2, opts)).toThrow(SyntaxError);
  });
  it("R-SEL-2 a throwing proxy as S1 propagates its own error", () => {
    const S1 = new Proxy({}, {
      get() {
        throw new SyntaxError("caller's proxy");
      },
    });
    expect(() => selectionInformation(S1 as never, 2)).toThrow(SyntaxError);
  });
});

// issue 23, item 6: a count with more digits than the library computes with is rejected, not rounded
describe("R-SEL-2 selectionInformation — too many digits (issue 23)", () => {
  it("R-SEL-2 S1 of 45 digits (no questionsPerBlock): too-many-digits with params.max 40, not a rounded answer", () => {
    const e = thrownRuleInputError(() => selectionInformation("1" + "2".repeat(44), 0));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ field: "S1", rule: "R-SEL-2", code: "too-many-digits", params: { max: 40 } });
    expect(e.issues[0]!.message).toMatch(/^too many digits: 45 significant digits, at most 40 are computed exactly/);
  });

  it("R-SEL-2 S2, questionsPerBlock, a Decimal, a whole number's trailing zeros: the same", () => {
    expect(thrownRuleInputError(() => selectionInformation(1, "9".repeat(41))).issues[0]).toMatchObject({ field: "S2", code: "too-many-digits" });
    expect(thrownRuleInputError(() => selectionInformation(1, 1, { questionsPerBlock: ("1" + "0".repeat(40)) as never })).issues[0]).toMatchObject({
      field: "opts.questionsPerBlock", code: "too-many-digits",
    });
    expect(thrownRuleInputError(() => selectionInformation(new Decimal("1" + "0".repeat(60)), 1)).issues[0]).toMatchObject({ field: "S1", code: "too-many-digits" });
    expect(thrownRuleInputError(() => selectionInformation(1e40, 1)).issues[0]).toMatchObject({ field: "S1", code: "too-many-digits" });
  });

  it("R-SEL-2 40 digits are accepted and the answer is exact", () => {
    // 0.1 × (10^39 + 1) + 0.1 × 1 = 10^38 + 0.2: 40 significant digits, exact
    expect(selectionInformation("1" + "0".repeat(38) + "1", 1).toFixed()).toBe("1" + "0".repeat(38) + ".2");
  });
});
