// Tests added to kill the mutants that survived the mutation run of 2026-11-23 (docs/quality.md)
// over src/eligibility/admit-to-interview.ts (R-SEL-5). Expected values are worked out by hand from
// the rule — "not more than three candidates with the highest points" (ASA-184-2024 para 120); a
// tie across the third place is reported, not resolved — never copied from the code's output.
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { RuleInputError, admitToInterview } from "../../src/index.js";
import { allIssues } from "../support/first-issue.js";

const issuesOf = allIssues;

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
