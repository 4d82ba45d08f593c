// src/scoring/competition-personal-qualities.ts: competitionPersonalQualities, О by track (R-GC-1):
// ten or seven competencies, or IQ / 6 on the lower track; exactness, monotonicity, input errors.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { competitionPersonalQualities } from "../../src/scoring/index.js";
import { expectExact, hundredths, NOT_A_NUMBER, rat, rejects, rejectsField } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

const cpq = competitionPersonalQualities;

describe("R-GC-1 competitionPersonalQualities: О by track", () => {
  it("R-GC-1 worked example, leadership: the whole sum of ten scores is divided by 10", () => {
    // 4 + 3.5 + 5 + 4 + 2.5 + 3 + 4 + 4.5 + 3 + 5 = 38.5; 38.5 / 10 = 3.85
    expect(cpq({ track: "leadership", competencies: [4, 3.5, 5, 4, 2.5, 3, 4, 4.5, 3, 5] }).toString()).toBe("3.85");
    // not the literal misreading О1+…+О9 + О10/10 = 33.5 + 0.5 = 34 (out of the 5-point scale)
    expect(cpq({ track: "leadership", competencies: [4, 3.5, 5, 4, 2.5, 3, 4, 4.5, 3, 5] }).eq(34)).toBe(false);
    // ten scores of 2.5 (the per-competency pass mark): 25 / 10 = 2.5
    expect(cpq({ track: "leadership", competencies: Array(10).fill("2.5") }).toString()).toBe("2.5");
    // all 5: 50 / 10 = 5; all 0: 0
    expect(cpq({ track: "leadership", competencies: Array(10).fill(5) }).toString()).toBe("5");
    expect(cpq({ track: "leadership", competencies: Array(10).fill(0) }).toString()).toBe("0");
  });

  it("R-GC-1 worked example, non-leadership: the whole sum of seven scores is divided by 7", () => {
    // 3 + 4 + 4 + 5 + 3 + 4 + 5 = 28; 28 / 7 = 4
    expect(cpq({ track: "non-leadership", competencies: [3, 4, 4, 5, 3, 4, 5] }).toString()).toBe("4");
    // 3 + 4 + 4 + 5 + 3 + 4 + 4 = 27; 27 / 7 = 3.857142857142857142857142857142857142857 (40 digits: the 41st is 1, rounds down)
    expect(cpq({ track: "non-leadership", competencies: [3, 4, 4, 5, 3, 4, 4] }).toString()).toBe(
      "3.857142857142857142857142857142857142857",
    );
    // 1 + 0 × 6 = 1; 1 / 7 = 0.142857… (40 significant digits: 142857 six times, then 1428; the 41st digit is 5 followed by 7…, so it rounds up to …1429)
    expect(cpq({ track: "non-leadership", competencies: [1, 0, 0, 0, 0, 0, 0] }).toString()).toBe(
      "0.1428571428571428571428571428571428571429",
    );
  });

  it("R-GC-1 worked example, lower: О = IQ / 6", () => {
    // 20 / 6 = 3.333… (40 significant digits)
    expect(cpq({ track: "lower", iq: 20 }).toString()).toBe("3." + "3".repeat(39));
    // 30 / 6 = 5 (the maximum); 10 / 6 = 1.666…7; 0 / 6 = 0; 15 / 6 = 2.5
    expect(cpq({ track: "lower", iq: 30 }).toString()).toBe("5");
    expect(cpq({ track: "lower", iq: 10 }).toString()).toBe("1." + "6".repeat(38) + "7");
    expect(cpq({ track: "lower", iq: "0" }).toString()).toBe("0");
    expect(cpq({ track: "lower", iq: new Decimal(15) }).toString()).toBe("2.5");
  });

  const score = fc.integer({ min: 0, max: 500 }); // hundredths of a point, 0..5

  for (const [track, n] of [["leadership", 10], ["non-leadership", 7]] as const) {
    test.prop([fc.array(score, { minLength: n, maxLength: n })])(
      `R-GC-1 property (${track}): exact (sum / ${n}), 0 ≤ О ≤ 5, order independent, no mutation`,
      (hs) => {
        const comps = hs.map(hundredths);
        const copy = [...comps];
        const O = cpq({ track, competencies: comps });
        expect(comps).toEqual(copy);
        // exact rational: О = (Σ h) / (100 · n)
        expectExact(O, rat(hs.reduce((a, b) => a + b, 0), 100 * n), n);
        expect(O.gte(0) && O.lte(5)).toBe(true);
        expect(cpq({ track, competencies: [...comps].reverse() }).eq(O)).toBe(true);
        expect(cpq({ track, competencies: Object.freeze([...comps]) }).eq(O)).toBe(true);
      },
    );

    test.prop([fc.array(score, { minLength: n, maxLength: n }), fc.nat({ max: n - 1 }), fc.integer({ min: 1, max: 500 })])(
      `R-GC-1 property (${track}): monotone in every competency`,
      (hs, k, d) => {
        const bumped = [...hs];
        bumped[k] = Math.min(500, bumped[k]! + d);
        const a = cpq({ track, competencies: hs.map(hundredths) });
        const b = cpq({ track, competencies: bumped.map(hundredths) });
        expect(b.gte(a)).toBe(true);
        if (bumped[k]! > hs[k]!) expect(b.gt(a)).toBe(true);
      },
    );

    it(`R-GC-1 (${track}) all-maximum scores give 5`, () => {
      expect(cpq({ track, competencies: Array(n).fill(5) }).toString()).toBe("5");
    });

    test.prop([fc.nat({ max: 20 }).filter((m) => m !== n)])(`R-GC-1 (${track}) wrong number of competencies → RuleInputError on competencies`, (m) => {
      const e = rejectsField(() => cpq({ track, competencies: Array(m).fill(3) }), "competencies", "R-GC-1");
      expect(e.message).toContain(`exactly ${n}`);
    });

    it(`R-GC-1 (${track}) invalid competency scores name the element`, () => {
      for (const bad of [...NOT_A_NUMBER, -0.01, 5.01, "6"]) {
        const comps: unknown[] = Array(n).fill(3);
        comps[2] = bad;
        rejectsField(() => cpq({ track, competencies: comps as never }), "competencies[2]", "R-GC-1");
      }
      // a bad element and a wrong count are both listed
      const e = rejects(() => cpq({ track, competencies: [9, 3] }));
      expect(e.issues.map((i) => i.field)).toEqual(["competencies[0]", "competencies"]);
      rejectsField(() => cpq({ track } as never), "competencies", "R-GC-1");
      rejectsField(() => cpq({ track, competencies: "3,3,3" } as never), "competencies", "R-GC-1");
      rejectsField(() => cpq({ track, competencies: Array(n).fill(3), iq: 20 } as never), "iq", "R-GC-1");
    });
  }

  test.prop([fc.integer({ min: 0, max: 3000 })])("R-GC-1 property (lower): exact IQ/6 for IQ in hundredths, 0 ≤ О ≤ 5", (h) => {
    const O = cpq({ track: "lower", iq: hundredths(h) });
    // exact rational: О = h / 600
    expectExact(O, rat(h, 600), 6);
    expect(O.gte(0) && O.lte(5)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 2999 }), fc.integer({ min: 1, max: 3000 })])("R-GC-1 property (lower): monotone in IQ", (h, d) => {
    const a = cpq({ track: "lower", iq: hundredths(h) });
    const b = cpq({ track: "lower", iq: hundredths(Math.min(3000, h + d)) });
    expect(b.gt(a)).toBe(true);
  });

  it("R-GC-1 (lower) invalid IQ, missing IQ, competencies given on the lower track", () => {
    for (const bad of [...NOT_A_NUMBER, -1, 30.01, 31]) rejectsField(() => cpq({ track: "lower", iq: bad as never }), "iq", "R-GC-1");
    rejectsField(() => cpq({ track: "lower" } as never), "iq", "R-GC-1");
    rejectsField(() => cpq({ track: "lower", iq: 20, competencies: [] } as never), "competencies", "R-GC-1");
  });

  test.prop([fc.oneof(fc.string(), fc.constantFrom(undefined, null, 1, "Leadership", "lower ", "басшылық"))])(
    "R-GC-1 unknown or missing track → RuleInputError naming track",
    (track) => {
      fc.pre(!["leadership", "non-leadership", "lower"].includes(track as string));
      rejectsField(() => cpq({ track, competencies: Array(10).fill(3) } as never), "track", "R-GC-1");
    },
  );

  it("R-GC-1 wrong input type → RuleInputError", () => {
    for (const bad of [null, undefined, 5, "leadership", [], true]) rejects(() => cpq(bad as never));
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): pins the message of a wrong count
describe("R-GC-1 competitionPersonalQualities — the count of competencies in messages (mutation)", () => {
  it("R-GC-1 nine competencies for leadership: one issue naming the count", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "leadership", competencies: [5, 5, 5, 5, 5, 5, 5, 5, 5] }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("competencies");
    expect(e.issues[0]!.message).toBe("wrong number of competency scores: exactly 10 are required for this track (О1…О10), got 9");
    expect((e.issues[0]!.value as unknown[]).length).toBe(9);
  });
  it("R-GC-1 eight competencies for non-leadership", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "non-leadership", competencies: [1, 2, 3, 4, 5, 4, 3, 2] }));
    expect(e.issues[0]!.message).toBe("wrong number of competency scores: exactly 7 are required for this track (О1…О7), got 8");
  });
});

// issue 23, item 4: too many competency scores are rejected on their count, before any is read
describe("R-GC-1 competitionPersonalQualities — hostile lists (issue 23)", () => {
  for (const [track, n] of [["leadership", 10], ["non-leadership", 7]] as const) {
    it(`R-GC-1 (${track}) a list of 10^6 (sparse, NaNs): the single count issue, too-many with params.max ${n}`, () => {
      for (const huge of [new Array(1_000_000), new Array(1_000_000).fill(Number.NaN)]) {
        const e = thrownRuleInputError(() => competitionPersonalQualities({ track, competencies: huge }));
        expect(e.issues).toHaveLength(1);
        expect(e.omittedIssues).toBe(0);
        expect(e.issues[0]).toMatchObject({
          field: "competencies", rule: "R-GC-1", code: "too-many", params: { max: n },
          message: `wrong number of competency scores: exactly ${n} are required for this track (О1…О${n}), got 1000000`,
        });
      }
    });
  }

  it("R-GC-1 one score too many: only the count (the scores are not read), code too-many", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "non-leadership", competencies: [9, 9, 9, 9, 9, 9, 9, 9] }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ field: "competencies", code: "too-many", params: { max: 7 } });
  });

  it("R-GC-1 too few: the count (too-few, params.min) with the bad scores", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "leadership", competencies: [9, 3] }));
    expect(e.issues.map((i) => [i.field, i.code])).toEqual([["competencies[0]", "out-of-range"], ["competencies", "too-few"]]);
    expect(e.issues[1]!.params).toEqual({ min: 10 });
  });
});
