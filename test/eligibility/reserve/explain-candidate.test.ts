// Tests of src/eligibility/reserve/explain-candidate.ts: explainReserveCandidate (R-PYR-3) — where
// one candidate left the funnel and why (status, ground, rank, tie, cut-off), its summary, its errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { explainReserveCandidate, runReserveFunnel, type ReserveFunnelResult } from "../../../src/index.js";
import { cand, optionsArb, population } from "../../support/reserve.js";
import { allIssues, firstIssue } from "../../support/first-issue.js";
import {
  ALTERATIONS,
  FIXTURE_IDS,
  answerOrRuleInputError,
  applyRandom,
  expectAltered,
  fixture,
  loose,
  randomAlteration,
} from "../../support/altered-result.js";

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

// Issue 23, item 5: the explanation answers from the index the funnel sealed for its result, and
// checks that the result given still says what the funnel produced where it is read.
describe("R-PYR-3 explainReserveCandidate — a result changed after the run", () => {
  const NOT_A_RESULT = "not a result of runReserveFunnel (its index does not survive copying or JSON)";
  const before = fixture();
  const explained = Object.fromEntries(FIXTURE_IDS.map((id) => [id, explainReserveCandidate(before, id)]));

  it("R-PYR-3 the fixture's outcomes, worked out by hand (see test/support/altered-result.ts)", () => {
    expect(FIXTURE_IDS.map((id) => explained[id]!.outcome)).toEqual([
      "reserve", "awaiting-commission", "awaiting-commission", "not-admitted", "not-admitted", "not-admitted", "left", "left", "not-admitted", "left",
    ]);
    expect(explained.f1!.summary).toBe("Entered the Reserve: rank 1 of 3 in digitalisation with 9.5 at the National Commission; quota 2.");
    expect(explained.x1!.summary).toBe("Stopped at the text-information block (block 1): rank 4 of 6 in digitalisation with 1; the quota of 3 was filled down to the cut-off 25.");
  });

  it("R-PYR-3 an intact result explains the same after JSON.stringify, after an added field, and deep-frozen", () => {
    const r = fixture();
    JSON.stringify(r);
    loose(r).note = "kept by the caller";
    loose(loose(r).stages as unknown[]).extra = 1;
    const freeze = (o: unknown): void => {
      if (typeof o !== "object" || o === null || Object.isFrozen(o)) return;
      Object.freeze(o);
      for (const v of Object.values(o)) freeze(v);
    };
    freeze(r);
    for (const id of FIXTURE_IDS) expect(explainReserveCandidate(r, id)).toEqual(explained[id]);
  });

  it("R-PYR-3 a JSON round trip (sent by a server, parsed back): refused as before, field \"result\" — the scores, ranks and statuses are not in the public result", () => {
    const copy = JSON.parse(JSON.stringify(before)) as ReserveFunnelResult;
    expect(copy).toEqual(JSON.parse(JSON.stringify(before)));
    for (const id of FIXTURE_IDS) {
      expect(allIssues(() => explainReserveCandidate(copy, id))).toEqual([{ field: "result", value: copy, rule: "R-PYR-3", message: NOT_A_RESULT }]);
    }
    // the original is unchanged by being serialised
    for (const id of FIXTURE_IDS) expect(explainReserveCandidate(before, id)).toEqual(explained[id]);
  });

  it("R-PYR-3 the whole result replaced by {}, null, 42, a string, a circular object, a copy or a Proxy with plain traps: field \"result\"", () => {
    const circular: Record<string, unknown> = { stages: [] };
    circular.self = circular;
    const others: unknown[] = [{}, null, undefined, 42, "result", circular, { ...before }, new Proxy(before, {}), [before], () => before];
    for (const v of others) {
      expect(firstIssue(() => explainReserveCandidate(v as ReserveFunnelResult, "f1"))).toMatchObject({ field: "result", rule: "R-PYR-3", message: NOT_A_RESULT });
    }
  });

  for (const a of ALTERATIONS) {
    it(`R-PYR-3 altered — ${a.name}: a RuleInputError naming ${a.field}, never a TypeError`, () => {
      const r = fixture();
      a.alter(loose(r));
      expectAltered(() => explainReserveCandidate(r, a.id), a.field);
    });
  }

  it("R-PYR-3 altered: the issue gives the value found and what the funnel produced", () => {
    const r = fixture();
    (r.stages as unknown[]).pop();
    expect(allIssues(() => explainReserveCandidate(r, "f1"))).toEqual([
      { field: "result.stages", value: r.stages, rule: "R-PYR-3", message: "the result was altered: expected the 7 stages (text, numeric, situational, assessment, interview, expert, national)" },
    ]);
    const q = fixture();
    delete loose(loose(q.stages[0]!.bySector).digitalisation).competed;
    expect(allIssues(() => explainReserveCandidate(q, "x1"))).toEqual([
      { field: "result.stages[0].bySector.digitalisation.competed", value: undefined, rule: "R-PYR-3", message: "the result was altered: expected 6" },
    ]);
  });

  it("R-PYR-3 a change the explanation does not read leaves it as it was: another sector, another stage's entry, an id it does not stand at", () => {
    const r = fixture();
    delete loose(loose(r.stages[0]!.bySector)["social-policy"]).competed; // x1 is in digitalisation
    delete loose(loose(r.stages[6]!.bySector).digitalisation).quota; // x1 stopped at block 1
    (r.stages[1]!.admitted as string[])[0] = "zz"; // the place of f1 at block 2: x1 never stood there
    expect(explainReserveCandidate(r, "x1")).toEqual(explained.x1);
    expect(explainReserveCandidate(r, "a0")).toEqual(explained.a0);
    expect(() => explainReserveCandidate(r, "f1")).toThrow(/the result was altered/);
  });

  it("R-PYR-3 the explanation's Decimals are copies: changing one changes no later explanation", () => {
    const r = fixture();
    const w = explainReserveCandidate(r, "f1");
    (w.score!.d as number[])[0] = 1;
    (w.cutoff!.d as number[])[0] = 1;
    expect(explainReserveCandidate(r, "f1")).toEqual(explained.f1);
  });

  fcTest.prop([population, optionsArb, randomAlteration], { numRuns: 60 })(
    "R-PYR-3 property: a field of a real result deleted or replaced gives, for every candidate, the same explanation or a RuleInputError",
    (cs, o, change) => {
      const r = runReserveFunnel(cs, o);
      const ids = cs.map((c) => c.id);
      const want = ids.map((id) => explainReserveCandidate(r, id));
      const label = applyRandom(r, change);
      ids.forEach((id, k) => {
        const got = answerOrRuleInputError(() => explainReserveCandidate(r, id), `${label}, ${id}`);
        if (got !== undefined) expect(got, `${label}, ${id}`).toEqual(want[k]);
      });
    },
  );

  fcTest.prop([fc.constantFrom(...ALTERATIONS), fc.constantFrom(...FIXTURE_IDS)])(
    "R-PYR-3 property: every listed alteration gives every candidate the same explanation or a RuleInputError",
    (a, id) => {
      const r = fixture();
      a.alter(loose(r));
      const got = answerOrRuleInputError(() => explainReserveCandidate(r, id), `${a.name}, ${id}`);
      if (got !== undefined) expect(got).toEqual(explained[id]);
    },
  );
});
