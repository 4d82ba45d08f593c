// Tests of src/eligibility/reserve/funnel/run-reserve-funnel.ts: runReserveFunnel (R-PYR-3) as a
// whole — the result's shape and JSON form, the index it seals for explainReserveCandidate (found for
// the returned object only), the candidates array check, empty and shuffled runs, and no mutation of
// the input.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RESERVE_SECTORS, explainReserveCandidate, runReserveFunnel } from "../../../../src/index.js";
import { alone, expectRuleInputError, finalists, optionsArb, population } from "../../../support/reserve.js";
import { allIssues, firstIssue } from "../../../support/first-issue.js";

const RULE = "R-PYR-3";

describe("R-PYR-3 runReserveFunnel — the result", () => {
  it("R-PYR-3 the result serialises to JSON (Decimals as strings); explain needs the original object", () => {
    const r = runReserveFunnel(finalists([3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    // national 3, 2, then nine 1s across the 9th place → 3 and 2 enter (cut-off 2), the nine 1s await the Commission
    const json = JSON.parse(JSON.stringify(r));
    expect(json.stages[6].bySector["social-policy"].cutoff).toBe("2");
    expect(json.stages[6].bySector["social-policy"].tiedScore).toBe("1");
    expect(json.awaitingCommission).toHaveLength(9);
    expect(Object.keys(r)).toEqual(["stages", "reserve", "awaitingCommission", "options"]);
    expectRuleInputError(() => explainReserveCandidate(json, "f00"), /R-PYR-3/);
    expectRuleInputError(() => explainReserveCandidate(r, "nobody"), /nobody/);
  });

  it("R-PYR-3 an empty campaign", () => {
    const r = runReserveFunnel([]);
    expect(r.stages).toHaveLength(7);
    expect(r.reserve).toEqual([]);
    expect(Object.keys(r.stages[0]!.bySector)).toEqual([...RESERVE_SECTORS]);
  });

  // mutation run: pins that the index belongs to the object returned (a spread copy has none)
  it("R-PYR-3 the explanation index does not survive a shallow copy of the result", () => {
    const r = runReserveFunnel(alone(20));
    expect(explainReserveCandidate(r, "a").outcome).toBe("left");
    const iss = firstIssue(() => explainReserveCandidate({ ...r }, "a"));
    expect(iss).toMatchObject({ field: "result", rule: RULE, message: "not a result of runReserveFunnel (its index does not survive copying or JSON)" });
  });

  it("R-PYR-3 sealing adds nothing to the result: the same keys and JSON form, no symbol key; its cut-offs are Decimals of their own", () => {
    const r = runReserveFunnel(finalists([3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(Object.getOwnPropertySymbols(r)).toEqual([]);
    expect(Object.keys(r.stages[6]!.bySector["social-policy"])).toEqual(["quota", "competed", "left", "admitted", "cutoff", "tied", "tiedScore", "tiedAdmitted"]);
    const e = r.stages[6]!.bySector["social-policy"];
    expect(e.cutoff).not.toBe(e.tiedScore);
    expect(e.cutoff!.toString()).toBe("2");
    expect(explainReserveCandidate(r, "f01")).toMatchObject({ outcome: "reserve", score: e.cutoff });
    expect(explainReserveCandidate(r, "f01").score).not.toBe(e.cutoff);
  });
});

describe("R-PYR-3 runReserveFunnel — the candidates must be an array", () => {
  // mutation run: pins the exact issue
  it("R-PYR-3 candidates that are not an array", () => {
    expect(allIssues(() => runReserveFunnel("x" as never))).toEqual([
      { field: "candidates", value: "x", rule: RULE, message: "expected an array of candidates" },
    ]);
  });
});

describe("R-PYR-3 runReserveFunnel — whole runs: properties", () => {
  fcTest.prop([population, optionsArb, fc.integer()], { numRuns: 40 })("R-PYR-3 property: the result does not depend on the input order", (cs, o, seed) => {
    const shuffled = [...cs];
    let s = seed >>> 0;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(JSON.stringify(runReserveFunnel(shuffled, o))).toBe(JSON.stringify(runReserveFunnel(cs, o)));
  });

  fcTest.prop([population, optionsArb], { numRuns: 30 })("R-PYR-3 property: inputs are not mutated", (cs, o) => {
    const snapshot = JSON.stringify([cs, o]);
    runReserveFunnel(cs, o);
    expect(JSON.stringify([cs, o])).toBe(snapshot);
  });
});
