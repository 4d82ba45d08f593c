// Tests of src/eligibility/commissions/admit-to-interview.ts: admitToInterview (R-SEL-5) — not more
// than three with the highest points, a tie across the third place reported, exact ranking, errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, admitToInterview } from "../../../src/index.js";
import { allIssues as issuesOf, thrownRuleInputError } from "../../support/first-issue.js";

const c = (id: string, score: number | string | Decimal) => ({ id, score });

describe("R-SEL-5 admitToInterview — not more than three with the highest points", () => {
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

// mutation run 2026-11-23 (docs/quality.md). Expected values are worked out by hand from the rule —
// "not more than three candidates with the highest points" (ASA-184-2024 para 120); a tie across the
// third place is reported, not resolved — never copied from the code's output.
describe("R-SEL-5 admitToInterview — boundaries and errors", () => {
  it("R-SEL-5 a score of −0 is the score 0 (≥ 0): accepted, ranked as 0, not negative", () => {
    // −0 and 0 are the same number of points: A (−0) and B (0) tie at rank 1, both admitted (2 ≤ 3)
    const r = admitToInterview([{ id: "A", score: -0 }, { id: "B", score: 0 }]);
    expect(r.admitted).toEqual(["A", "B"]);
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 1]);
    expect(r.ranking[0]!.score.isNeg()).toBe(false);
    expect(r.ranking[0]!.score.isZero()).toBe(true);
    // a Decimal −0 likewise
    expect(admitToInterview([{ id: "A", score: new Decimal("-0") }]).ranking[0]!.score.isNeg()).toBe(false);
    // the smallest negative is refused
    expect(issuesOf(() => admitToInterview([{ id: "A", score: "-0.0001" }]))[0]).toMatchObject({ field: "candidates[0].score", rule: "R-SEL-5" });
  });

  it("R-SEL-5 four candidates, three places, no tie: exactly the best three", () => {
    // 4, 3, 2, 1 → the 4th place (1 point) is strictly below the 3rd: admitted A, B, C; nothing tied
    const r = admitToInterview([{ id: "D", score: 1 }, { id: "C", score: 2 }, { id: "B", score: 3 }, { id: "A", score: 4 }]);
    expect(r.admitted).toEqual(["A", "B", "C"]);
    expect(r.tiedAtCutoff).toEqual([]);
    expect(r.ranking.map((x) => [x.id, x.rank])).toEqual([["A", 1], ["B", 2], ["C", 3], ["D", 4]]);
  });

  it("R-SEL-5 errors name the field, the value, the candidate and the rule", () => {
    const notArray = issuesOf(() => admitToInterview("A" as never));
    expect(notArray).toEqual([{ field: "candidates", value: "A", rule: "R-SEL-5", message: "expected an array of { id, score }" }]);

    for (const bad of [null, 7, ["A", 1]]) {
      const iss = issuesOf(() => admitToInterview([{ id: "A", score: 1 }, bad] as never));
      expect(iss).toEqual([{ field: "candidates[1]", value: bad, rule: "R-SEL-5", message: "expected { id, score }" }]);
    }

    // a non-string id: named by position
    const noId = issuesOf(() => admitToInterview([{ id: 3, score: 1 }] as never));
    expect(noId).toEqual([{ field: "candidates[0].id", value: 3, rule: "R-SEL-5", message: "candidate at position 0: expected a non-empty string id" }]);
    // an empty id
    expect(issuesOf(() => admitToInterview([{ id: "", score: 1 }]))[0]!.message).toBe('candidate "": expected a non-empty string id');

    // a duplicate names the first position
    const dup = issuesOf(() => admitToInterview([{ id: "A", score: 1 }, { id: "B", score: 1 }, { id: "A", score: 2 }]));
    expect(dup).toEqual([{ field: "candidates[2].id", value: "A", rule: "R-SEL-5", message: 'candidate "A": duplicate id (also at candidates[0])' }]);

    // a score that is not a number
    const nan = issuesOf(() => admitToInterview([{ id: "A", score: "abc" }]));
    expect(nan).toHaveLength(1);
    expect(nan[0]).toMatchObject({ field: "candidates[0].score", value: "abc", rule: "R-SEL-5" });
    expect(nan[0]!.message).toMatch(/^candidate "A": .+; expected a number ≥ 0$/);

    // a negative score
    expect(issuesOf(() => admitToInterview([{ id: "A", score: -1 }]))).toEqual([
      { field: "candidates[0].score", value: -1, rule: "R-SEL-5", message: 'candidate "A": out of range: expected a number ≥ 0' },
    ]);

    // every problem is listed, not only the first: a bad id and a bad score of one candidate,
    // and another candidate's bad score
    const many = issuesOf(() => admitToInterview([{ id: "", score: -1 }, { id: "B", score: "x" }]));
    expect(many.map((i) => i.field)).toEqual(["candidates[0].id", "candidates[0].score", "candidates[1].score"]);
  });
});

// issue 23, items 3 and 4: bounded issues, holes reported, ids shown bounded
describe("R-SEL-5 admitToInterview — hostile lists (issue 23)", () => {
  const thrown = thrownRuleInputError;

  it("R-SEL-5 a sparse array of length 10^6: every hole a missing candidate, 100 listed, the rest counted", () => {
    const e = thrown(() => admitToInterview(new Array(1_000_000)));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[0]).toEqual({ field: "candidates[0]", value: undefined, rule: "R-SEL-5", message: "expected { id, score }" });
  });

  it("R-SEL-5 10^6 NaN scores: 100 listed, 999,900 counted", () => {
    const cs = Array.from({ length: 1_000_000 }, (_, k) => ({ id: `c${k}`, score: Number.NaN }));
    const e = thrown(() => admitToInterview(cs));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[0]!.message).toBe('candidate "c0": NaN is not a number; expected a number ≥ 0');
  });

  it("R-SEL-5 an id of 10^7 characters is shown cut in the message", () => {
    const id = "a".repeat(10_000_000);
    const e = thrown(() => admitToInterview([{ id, score: -1 }]));
    expect(e.issues[0]!.message).toBe(`candidate "${"a".repeat(60)}"…(10000000 characters): out of range: expected a number ≥ 0`);
    expect(e.message.length).toBeLessThan(400);
  });

  it("R-SEL-5 a score of more than 40 digits is rejected", () => {
    const e = thrown(() => admitToInterview([{ id: "A", score: "1".repeat(41) }]));
    expect(e.issues[0]!.message).toBe('candidate "A": too many digits: 41 significant digits, at most 40 are computed exactly; expected a number ≥ 0');
  });
});
