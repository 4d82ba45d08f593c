// Tests of src/eligibility/reserve/funnel/exact-keys.ts: runReserveFunnel (R-PYR-3) ranks scores by
// exact integer keys (numbers while exact, else BigInt; fractions scaled by 10^p), never by floats.
import { describe, expect, it } from "vitest";
import { explainReserveCandidate, runReserveFunnel } from "../../../../src/index.js";
import { cand, finalists, path, SP } from "../../../support/reserve.js";

describe("R-PYR-3 runReserveFunnel — exact keys: no float comparison of scores", () => {
  it("R-PYR-3 exact comparison of decimal scores (no float): 40-digit means and values a double cannot separate", () => {
    const cs = finalists([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).map((c, k) =>
      c.id.startsWith("f")
        ? { ...c, scores: { ...c.scores, national: k === 0 ? "1234567890.123456789" : k === 2 ? "1234567890.123456788" : k } }
        : c,
    );
    // f00 (…789) above f01 (…788): a double sees them equal
    const r = runReserveFunnel(cs, { finalQuotas: { "social-policy": 1 } });
    expect(r.reserve).toEqual(["f00"]);
    expect(r.stages[6]!.bySector[SP].cutoff?.toString()).toBe("1234567890.123456789");
  });

  // mutation run: the five below pin the digit counts and the scale of the keys (15-digit
  // numbers, 16- and 17-digit whole scores, long fractions, more decimals before fewer)
  it("R-PYR-3 16-digit whole scores above 2^53 are compared exactly (a double sees them equal)", () => {
    // national 9007199254740993 > 9007199254740992 by one; quota 1 → a alone enters, no tie
    const cs = [cand("a", SP, path(1, "9007199254740993")), cand("b", SP, path(1, "9007199254740992"))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(r.stages[6]!.bySector[SP].cutoff!.toFixed()).toBe("9007199254740993");
  });

  it("R-PYR-3 17-digit whole scores ranked after a 15-digit one are compared exactly", () => {
    // expert orders the group n, d1, d2; national: n = 100000000000000 (15 digits),
    // d1 = 10000000000000001 > d2 = 10000000000000000 (17 digits, 1 apart) → quota 1: d1
    const cs = [
      cand("n", SP, path(3, 100000000000000)),
      cand("d1", SP, path(2, "10000000000000001")),
      cand("d2", SP, path(1, "10000000000000000")),
    ];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["d1"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(explainReserveCandidate(r, "d2")).toMatchObject({ outcome: "not-admitted", rank: 2, tie: false });
  });

  it("R-PYR-3 long fractional scores stay exact when a short one is ranked after them", () => {
    // expert orders a, b, c; national a = 12345678901234567.1 > b = 12345678901234567.0 > c = 0.5
    // quota 1 → a alone (a double cannot tell a from b)
    const cs = [
      cand("a", SP, path(3, "12345678901234567.1")),
      cand("b", SP, path(2, "12345678901234567.0")),
      cand("c", SP, path(1, "0.5")),
    ];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
  });

  it("R-PYR-3 16-digit whole numbers next to a fraction are compared exactly", () => {
    // national a = 9007199254740991, b = 9007199254740990 (numbers, 1 apart), c = 0.5 → quota 1: a
    const cs = [cand("a", SP, path(1, 9007199254740991)), cand("b", SP, path(1, 9007199254740990)), cand("c", SP, path(1, "0.5"))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
  });

  it("R-PYR-3 scores with more decimals ranked before fewer keep their last digit", () => {
    // expert orders a, b; national a = 4.51 > b = 4.5 → quota 1: a, no tie
    const r = runReserveFunnel([cand("a", SP, path(2, "4.51")), cand("b", SP, path(1, "4.5"))], { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(r.stages[6]!.bySector[SP].cutoff!.toString()).toBe("4.51");
  });
});
