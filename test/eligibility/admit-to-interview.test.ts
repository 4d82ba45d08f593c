import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, admitToInterview } from "../../src/index.js";

const c = (id: string, score: number | string | Decimal) => ({ id, score });

describe("R-SEL-5 admitToInterview: not more than three with the highest points", () => {
  it("R-SEL-5 worked examples", () => {
    // 9, 8, 7.5, 6 → the best three: B, D, A
    expect(admitToInterview([c("A", "7.5"), c("B", 9), c("C", 6), c("D", 8)])).toMatchObject({ admitted: ["B", "D", "A"], tiedAtCutoff: [] });
    // 9, 8, 7.5, 7.5 → 3rd and 4th tied at 7.5: B and D admitted, A and C reported, never picked
    expect(admitToInterview([c("A", "7.5"), c("B", 9), c("C", new Decimal("7.50")), c("D", 8)])).toMatchObject({
      admitted: ["B", "D"],
      tiedAtCutoff: ["A", "C"],
    });
    // 9, 8, 8, 6 → the tie is inside the three: all three admitted, no tie at the cut-off
    expect(admitToInterview([c("A", 9), c("B", 8), c("C", 8), c("D", 6)])).toMatchObject({ admitted: ["A", "B", "C"], tiedAtCutoff: [] });
    // 10, 9, 9, 9 → the 9s straddle places 2–4: only A admitted
    expect(admitToInterview([c("D", 9), c("C", 9), c("B", 9), c("A", 10)])).toMatchObject({ admitted: ["A"], tiedAtCutoff: ["B", "C", "D"] });
    // all four equal → nobody admitted, all four reported
    expect(admitToInterview(["w", "x", "y", "z"].map((id) => c(id, 5)))).toMatchObject({ admitted: [], tiedAtCutoff: ["w", "x", "y", "z"] });
    // fewer than three → all
    expect(admitToInterview([c("A", 1), c("B", 1)])).toMatchObject({ admitted: ["A", "B"], tiedAtCutoff: [] });
    expect(admitToInterview([])).toMatchObject({ admitted: [], tiedAtCutoff: [], ranking: [] });
  });

  it("R-SEL-5 ranking: competition ranks and exact decimals", () => {
    const r = admitToInterview([c("A", "0.3"), c("B", 0.1 + 0.2), c("C", "0.30")]);
    // 0.1 + 0.2 is the double 0.30000000000000004: strictly more than 0.3 → B alone first
    expect(r.ranking.map((x) => [x.id, x.rank])).toEqual([["B", 1], ["A", 2], ["C", 2]]);
    expect(r.admitted).toEqual(["B", "A", "C"]);
  });

  it("R-SEL-5 invalid input throws RuleInputError naming the candidate", () => {
    const cases: [unknown, RegExp][] = [
      [[c("A", 1), c("A", 2)], /candidate "A": duplicate id/],
      [[c("A", -1)], /candidate "A": out of range/],
      [[c("A", "abc")], /candidate "A"/],
      [[c("A", Number.NaN)], /candidate "A"/],
      [[{ id: "", score: 1 }], /non-empty/],
      [[{ id: 3, score: 1 }], /candidates\[0\]\.id/],
      [[null], /candidates\[0\]/],
      ["A", /array/],
    ];
    for (const [input, re] of cases) {
      expect(() => admitToInterview(input as never)).toThrow(RuleInputError);
      expect(() => admitToInterview(input as never)).toThrow(re);
      expect(() => admitToInterview(input as never)).toThrow(/R-SEL-5/);
    }
  });

  const pool = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), score: fc.integer({ min: 0, max: 6 }) }), {
    selector: (x) => x.id,
    maxLength: 12,
  });

  fcTest.prop([pool])("R-SEL-5 property: never more than three; the admitted beat everyone else; a reported tie is one score across the third place", (cs) => {
    const r = admitToInterview(cs);
    expect(r.admitted.length).toBeLessThanOrEqual(3);
    const score = new Map(cs.map((x) => [x.id, x.score]));
    const admitted = new Set(r.admitted);
    for (const a of r.admitted) for (const o of cs) if (!admitted.has(o.id)) expect(score.get(a)!).toBeGreaterThan(o.score);
    if (r.tiedAtCutoff.length > 0) {
      expect(new Set(r.tiedAtCutoff.map((id) => score.get(id))).size).toBe(1);
      expect(r.admitted.length + r.tiedAtCutoff.length).toBeGreaterThan(3);
    } else {
      expect(r.admitted.length).toBe(Math.min(3, cs.length));
    }
  });

  fcTest.prop([pool, fc.integer()])("R-SEL-5 property: order-independent, input not mutated", (cs, seed) => {
    const snapshot = JSON.stringify(cs);
    const rev = [...cs].reverse();
    const rot = cs.length ? [...cs.slice(Math.abs(seed) % cs.length), ...cs.slice(0, Math.abs(seed) % cs.length)] : [];
    const a = JSON.stringify(admitToInterview(cs));
    expect(JSON.stringify(admitToInterview(rev))).toBe(a);
    expect(JSON.stringify(admitToInterview(rot))).toBe(a);
    expect(JSON.stringify(cs)).toBe(snapshot);
  });
});
