// Tests of src/eligibility/reserve/explain-candidate.ts: explainReserveCandidate (R-PYR-3) — where
// one candidate left the funnel and why (status, ground, rank, tie, cut-off), its summary, its errors.
import { describe, expect, it } from "vitest";
import { explainReserveCandidate, runReserveFunnel, type ReserveFunnelResult } from "../../../src/index.js";
import { cand } from "../../support/reserve.js";
import { allIssues } from "../../support/first-issue.js";

// The exact summaries and errors below were added after a mutation run; the expected values are
// worked out by hand from the procedure (seed 004) and the documented contract.
describe("R-PYR-3 explainReserveCandidate — who left, and how", () => {
  // digitalisation, block 1: c20 20, c19 19, c05 5, c04 4 completed (4 → quota ⌈4/2⌉ = 2: c20, c19; cut-off 19);
  // a0 absent and n0 null at block 1 (not in the base). Block 2: c20 excluded without a ground,
  // c19 excluded for false information.
  const r = runReserveFunnel([
    cand("c20", "digitalisation", { text: 20, numeric: { status: "excluded" } }),
    cand("c19", "digitalisation", { text: 19, numeric: { status: "excluded", ground: "false-information" } }),
    cand("c05", "digitalisation", { text: 5 }),
    cand("c04", "digitalisation", { text: 4 }),
    cand("a0", "digitalisation", { text: { status: "absent" } }),
    cand("n0", "digitalisation", { text: null }),
  ]);

  it("R-PYR-3 absent at block 1: not in its ranking nor in the 50 % base; only block 1 reached", () => {
    const w = explainReserveCandidate(r, "a0");
    expect(w).toMatchObject({ outcome: "left", stage: "text", reached: ["text"], status: "absent", tie: false, competed: 4, quota: 2 });
    expect(w.score).toBeUndefined();
    expect(w.rank).toBeUndefined();
    expect(w.summary).toBe("Left the funnel at the text-information block (block 1): absent; not counted in that stage's ranking nor in the 50 % base.");
  });

  it("R-PYR-3 null at block 1: no score, status unspecified", () => {
    const w = explainReserveCandidate(r, "n0");
    expect(w).toMatchObject({ outcome: "left", stage: "text", reached: ["text"], status: "unspecified", tie: false });
    expect(w.ground).toBeUndefined();
    expect(w.summary).toBe(
      "Left the funnel at the text-information block (block 1): no score (null: absent, excluded or disqualified); not counted in that stage's ranking nor in the 50 % base.",
    );
  });

  it("R-PYR-3 excluded at block 2, without and with a ground: no mention of the 50 % base after block 1", () => {
    const w = explainReserveCandidate(r, "c20");
    expect(w).toMatchObject({ outcome: "left", stage: "numeric", reached: ["text", "numeric"], status: "excluded", tie: false, competed: 0, quota: 100 });
    expect(w.ground).toBeUndefined();
    expect(w.summary).toBe("Left the funnel at the numeric-information block (block 2): excluded; not counted in that stage's ranking.");
    const g = explainReserveCandidate(r, "c19");
    expect(g).toMatchObject({ outcome: "left", stage: "numeric", status: "excluded", ground: "false-information", tie: false });
    expect(g.summary).toBe(
      "Left the funnel at the numeric-information block (block 2): excluded (false-information: gave unreliable information and documents); not counted in that stage's ranking.",
    );
  });

  it("R-PYR-3 ranked below the quota at block 1: rank, count, score and cut-off in the summary", () => {
    // c04 is 4th of 4 with 4; quota 2 filled down to 19
    const w = explainReserveCandidate(r, "c04");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", reached: ["text"], rank: 4, competed: 4, quota: 2, tie: false });
    expect(w.score?.toString()).toBe("4");
    expect(w.summary).toBe("Stopped at the text-information block (block 1): rank 4 of 4 in digitalisation with 4; the quota of 2 was filled down to the cut-off 19.");
  });
});

describe("R-PYR-3 explainReserveCandidate — the Reserve and the National Commission", () => {
  // digitalisation: three finalists f1, f2, f3 and three who stop at block 1 (6 → quota 3);
  // every stage up to the expert commission admits all three (quotas 100, 54, 36, 27, 18);
  // National Commission quota revised to 2: f1 "9.5" first, f2 and f3 tie at 7 across the 2nd place
  // → the last step never exceeds its quota: f1 enters, f2 and f3 await the Commission.
  const path = { text: 25, numeric: 25, situational: "4.5", assessment: "4.8", interview: 9, expert: 90 };
  const r: ReserveFunnelResult = runReserveFunnel(
    [
      cand("f1", "digitalisation", { ...path, national: "9.5" }),
      cand("f2", "digitalisation", { ...path, national: 7 }),
      cand("f3", "digitalisation", { ...path, national: "7.0" }),
      cand("x1", "digitalisation", { text: 1 }),
      cand("x2", "digitalisation", { text: 1 }),
      cand("x3", "digitalisation", { text: 1 }),
    ],
    { finalQuotas: { digitalisation: 2 } },
  );

  it("R-PYR-3 entered the Reserve with a decimal score: not part of a tie", () => {
    const w = explainReserveCandidate(r, "f1");
    expect(w).toMatchObject({ outcome: "reserve", stage: "national", rank: 1, competed: 3, quota: 2, tie: false });
    expect(w.score?.toString()).toBe("9.5");
    expect(w.summary).toBe("Entered the Reserve: rank 1 of 3 in digitalisation with 9.5 at the National Commission; quota 2.");
  });

  it("R-PYR-3 tied across the last quota: awaiting the Commission, tied with the one other", () => {
    const w = explainReserveCandidate(r, "f3");
    expect(w).toMatchObject({ outcome: "awaiting-commission", stage: "national", rank: 2, competed: 3, quota: 2, tie: true });
    expect(w.score?.toString()).toBe("7");
    expect(w.summary).toBe(
      "Awaiting the National Commission: rank 2 of 3 in digitalisation with 7, tied with 1 other(s) across the quota of 2; the last step never exceeds its quota, so the Commission decides.",
    );
  });
});

describe("R-PYR-3 explainReserveCandidate — ties \"strict\" at a selection stage", () => {
  // social-policy, block 1: s1 18, s2 18 → quota ⌈2/2⌉ = 1, the tie straddles it, strict admits nobody (no cut-off).
  // economic-financial-policy, block 1: e1 20, e2 18, e3 18, e4 10 → quota 2: e1 in (cut-off 20), e2 and e3 tied out.
  const r = runReserveFunnel(
    [
      cand("s1", "social-policy", { text: 18 }),
      cand("s2", "social-policy", { text: 18 }),
      cand("e1", "economic-financial-policy", { text: 20, numeric: { status: "absent" } }),
      cand("e2", "economic-financial-policy", { text: 18 }),
      cand("e3", "economic-financial-policy", { text: 18 }),
      cand("e4", "economic-financial-policy", { text: 10 }),
    ],
    { ties: "strict" },
  );

  it("R-PYR-3 a tied group left out with nobody admitted: no cut-off in the summary", () => {
    const w = explainReserveCandidate(r, "s1");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 1, competed: 2, quota: 1, tie: true });
    expect(w.cutoff).toBeUndefined();
    expect(w.summary).toBe(
      'Stopped at the text-information block (block 1): rank 1 of 2 in social-policy with 18, tied with 1 other(s) across the quota of 1; ties "strict" left the tied group out of block 2.',
    );
  });

  it("R-PYR-3 a tied group left out below an admitted candidate: the cut-off is named", () => {
    const w = explainReserveCandidate(r, "e2");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2, competed: 4, quota: 2, tie: true });
    expect(w.summary).toBe(
      'Stopped at the text-information block (block 1): rank 2 of 4 in economic-financial-policy with 18, tied with 1 other(s) across the quota of 2; ties "strict" left the tied group out of block 2 (cut-off 20).',
    );
  });
});

describe("R-PYR-3 explainReserveCandidate — errors", () => {
  // a 20 is admitted to block 2 (quota ⌈1/2⌉ = 1) and is absent there; b left block 1 (null)
  const r = runReserveFunnel([cand("a", "digitalisation", { text: 20, numeric: { status: "absent" } }), cand("b", "digitalisation", { text: null })]);

  it("R-PYR-3 not a funnel result (null, a JSON copy): field \"result\"", () => {
    const msg = "not a result of runReserveFunnel (its index does not survive copying or JSON)";
    expect(allIssues(() => explainReserveCandidate(null as never, "a"))).toEqual([{ field: "result", value: null, rule: "R-PYR-3", message: msg }]);
    const copy = JSON.parse(JSON.stringify(r)) as ReserveFunnelResult;
    expect(allIssues(() => explainReserveCandidate(copy, "a"))).toEqual([{ field: "result", value: copy, rule: "R-PYR-3", message: msg }]);
  });

  it("R-PYR-3 an id not in the run, or not a string: field \"id\"", () => {
    const msg = "no candidate with this id in the funnel run";
    expect(allIssues(() => explainReserveCandidate(r, "zz"))).toEqual([{ field: "id", value: "zz", rule: "R-PYR-3", message: msg }]);
    for (const id of [0, 1, -1, null]) {
      expect(allIssues(() => explainReserveCandidate(r, id as never))).toEqual([{ field: "id", value: id, rule: "R-PYR-3", message: msg }]);
    }
  });
});
