// src/scoring/competition-final.ts: competitionFinal, the final score И of the general competition
// (R-GC-5) by track: worked examples, end to end from the stage rules, exactness, monotonicity, input errors.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import {
  competitionFinal,
  competitionFinalMax,
  competitionFinalResult,
  competitionInterview,
  competitionPersonalQualities,
  competitionPractical,
} from "../../src/scoring/index.js";
import { hundredths, NOT_A_NUMBER, rejects, rejectsField } from "../support/scoring.js";

describe("R-GC-5 competitionFinal", () => {
  it("R-GC-5 worked example, leadership: И = 0.4·О + 0.4·Э + 0.2·С", () => {
    // 0.4 × 3.85 = 1.54; 0.4 × 4.5 = 1.8; 0.2 × 8 = 1.6; И = 4.94
    expect(competitionFinal({ track: "leadership", O: "3.85", E: "4.5", C: 8 }).toString()).toBe("4.94");
    // maximum: 0.4 × 5 + 0.4 × 5 + 0.2 × 10 = 2 + 2 + 2 = 6
    expect(competitionFinal({ track: "leadership", O: 5, E: 5, C: 10 }).toString()).toBe("6");
    // Э need not be whole (several members grade): 0.4 × 4 + 0.4 × 4.333… + 0.2 × 7
    const E = "4." + "3".repeat(39); // 13/3 to 40 significant digits (e.g. a mean of 5, 4, 4)
    const r = competitionFinal({ track: "leadership", O: 4, E, C: 7 });
    // = 1.6 + 1.7333… + 1.4 = 4.7333…
    expect(r.minus("4.733333333333333333333333333333333333333").abs().lte("1e-38")).toBe(true);
  });

  it("R-GC-5 worked example, non-leadership: И = 0.3·О + 0.7·П", () => {
    // 0.3 × 4 = 1.2; 0.7 × 7 = 4.9; И = 6.1
    expect(competitionFinal({ track: "non-leadership", O: 4, P: 7 }).toString()).toBe("6.1");
    // maximum: 0.3 × 5 + 0.7 × 10 = 1.5 + 7 = 8.5
    expect(competitionFinal({ track: "non-leadership", O: 5, P: 10 }).toString()).toBe("8.5");
    // 0.1 + 0.2 style exactness: 0.3 × 0.1 + 0.7 × 0.2 = 0.03 + 0.14 = 0.17
    expect(competitionFinal({ track: "non-leadership", O: 0.1, P: 0.2 }).toString()).toBe("0.17");
  });

  it("R-GC-5 end to end from the stage rules: lower IQ 20, tasks 4 and 3", () => {
    // О = 20 / 6 = 3.333…; П = 4 + 3 = 7; И = 0.3 × 10/3 + 0.7 × 7 = 1 + 4.9 = 5.9 (to 40 digits)
    const O = competitionPersonalQualities({ track: "lower", iq: 20 });
    const P = competitionPractical(4, 3);
    const И = competitionFinal({ track: "lower", O, P });
    expect(И.minus("5.9").abs().lte("1e-38")).toBe(true);
    expect(И.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe("5.9");
    // leadership: О = 38.5/10 = 3.85, Э = 4.5, С = 5 + 4 = 9 → 1.54 + 1.8 + 1.8 = 5.14
    const L = competitionFinal({
      track: "leadership",
      O: competitionPersonalQualities({ track: "leadership", competencies: [4, 3.5, 5, 4, 2.5, 3, 4, 4.5, 3, 5] }),
      E: "4.5",
      C: competitionInterview(5, 4),
    });
    expect(L.toString()).toBe("5.14");
  });

  const h5 = fc.integer({ min: 0, max: 500 }); // hundredths, 0..5
  const h10 = fc.integer({ min: 0, max: 1000 }); // hundredths, 0..10

  test.prop([h5, h5, h10])("R-GC-5 property (leadership): exact, 0 ≤ И ≤ 6", (o, e, c) => {
    const И = competitionFinal({ track: "leadership", O: hundredths(o), E: hundredths(e), C: hundredths(c) });
    // exact rational: И = (40·o + 40·e + 20·c) / 10000
    expect(И.times(10000).eq(40 * o + 40 * e + 20 * c)).toBe(true);
    expect(И.gte(0) && И.lte(competitionFinalMax("leadership"))).toBe(true);
  });

  for (const track of ["non-leadership", "lower"] as const) {
    test.prop([h5, h10, fc.integer({ min: 1, max: 1000 }), fc.boolean()])(`R-GC-5 property (${track}): monotone in О and П`, (o, p, d, first) => {
      const a = competitionFinal({ track, O: hundredths(o), P: hundredths(p) });
      const b = first
        ? competitionFinal({ track, O: hundredths(Math.min(500, o + d)), P: hundredths(p) })
        : competitionFinal({ track, O: hundredths(o), P: hundredths(Math.min(1000, p + d)) });
      expect(b.gte(a)).toBe(true);
    });
  }

  test.prop([h5, h5, h10, fc.integer({ min: 1, max: 1000 }), fc.constantFrom("O", "E", "C")])(
    "R-GC-5 property (leadership): monotone in О, Э and С",
    (o, e, c, d, which) => {
      const v = { O: o, E: e, C: c };
      const a = competitionFinal({ track: "leadership", O: hundredths(v.O), E: hundredths(v.E), C: hundredths(v.C) });
      v[which] = Math.min(which === "C" ? 1000 : 500, v[which] + d);
      const b = competitionFinal({ track: "leadership", O: hundredths(v.O), E: hundredths(v.E), C: hundredths(v.C) });
      expect(b.gte(a)).toBe(true);
    },
  );

  it("R-GC-5 invalid inputs name the field", () => {
    const L = { track: "leadership", O: 3, E: 3, C: 5 } as const;
    const N = { track: "non-leadership", O: 3, P: 5 } as const;
    for (const bad of [...NOT_A_NUMBER, -0.01]) {
      for (const k of ["O", "E", "C"] as const) rejectsField(() => competitionFinal({ ...L, [k]: bad } as never), k, "R-GC-5");
      for (const k of ["O", "P"] as const) rejectsField(() => competitionFinal({ ...N, [k]: bad } as never), k, "R-GC-5");
    }
    rejectsField(() => competitionFinal({ ...L, O: 5.01 }), "O", "R-GC-5");
    rejectsField(() => competitionFinal({ ...L, E: 5.01 }), "E", "R-GC-5");
    rejectsField(() => competitionFinal({ ...L, C: 10.01 }), "C", "R-GC-5");
    rejectsField(() => competitionFinal({ ...N, P: 10.01 }), "P", "R-GC-5");
    rejectsField(() => competitionFinal({ track: "lower", O: 6, P: 5 }), "O", "R-GC-5");
    // fields of another track, missing fields
    rejectsField(() => competitionFinal({ track: "leadership", O: 3, P: 5 } as never), "P", "R-GC-5");
    rejectsField(() => competitionFinal({ track: "leadership", O: 3, P: 5 } as never), "E", "R-GC-5");
    rejectsField(() => competitionFinal({ track: "lower", O: 3, E: 3, C: 5 } as never), "P", "R-GC-5");
    rejectsField(() => competitionFinal({ track: "non-leadership", O: 3 } as never), "P", "R-GC-5");
    // every problem listed
    const e = rejects(() => competitionFinal({ track: "leadership", O: -1, E: "x", C: 11 }));
    expect(e.issues.map((i) => i.field)).toEqual(["O", "E", "C"]);
    // unknown / missing track, wrong type
    rejectsField(() => competitionFinal({ track: "senior", O: 3, P: 5 } as never), "track", "R-GC-5");
    rejectsField(() => competitionFinal({ O: 3, P: 5 } as never), "track", "R-GC-5");
    for (const bad of [null, undefined, 3, "leadership", []]) rejects(() => competitionFinalResult(bad as never));
  });
});
