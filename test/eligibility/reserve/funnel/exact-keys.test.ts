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

// The fast exact keys (scaled integers, no Decimal per candidate) against Decimal comparison.
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { groupKeys } from "../../../../src/eligibility/reserve/funnel/exact-keys.js";
import { BIG } from "../../../../src/eligibility/reserve/funnel/stored-values.js";
import { readEntry, type Read } from "../../../../src/eligibility/reserve/funnel/read-input.js";

/** Reads `values` as the funnel's "national" stage does, and builds the group's keys. */
function keysOf(values: readonly unknown[]): readonly (number | bigint)[] {
  const n = values.length;
  const va = new Int32Array(n);
  const dp = new Uint8Array(n);
  const big = new Map<number, number | bigint>();
  values.forEach((v, i) => {
    const out: Read = { m: 0, big: undefined, dp: 0, marker: 0 };
    const err = readEntry(v, 6, out);
    if (err !== undefined) throw new Error(`${String(v)}: ${err}`);
    if (out.big !== undefined || out.m > 2 ** 31 - 1) {
      va[i] = BIG;
      big.set(i, out.big ?? out.m);
    } else va[i] = out.m;
    dp[i] = out.dp;
  });
  return Array.from(groupKeys(Array.from({ length: n }, (_, i) => i), va, dp, big) as ArrayLike<number | bigint>);
}
const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);
const cmpKeys = (a: number | bigint, b: number | bigint): number => (a > b ? 1 : a < b ? -1 : 0);
/** What decimal.js makes of a score (a number through its shortest round-trip decimal, as decimal.js reads it). */
const dec = (v: unknown): Decimal => (Decimal.isDecimal(v) ? (v as Decimal) : new Decimal(v as string | number));

const SPECIAL = [0.1 + 0.2, 0.3, 3.142, 3.1420, "3.142", "3.1420", 1e21, "1000000000000000000000", -0, 0, "0.000", 2.5, "2.50", "2.5",
  new Decimal("2.500"), 1e-7, "0.0000001", 9007199254740991, "9007199254740993", 4.333, "4.333", new Decimal("4." + "3".repeat(39)), 85, "85"];
const score = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({ min: 0, max: 100_000 }).map((k) => k / 1000), // numbers with up to 3 decimals
  fc.integer({ min: 0, max: 100_000 }).map((k) => (k / 1000).toFixed(3)), // strings with trailing zeros
  fc.integer({ min: 0, max: 100_000 }).map((k) => new Decimal(k).div(1000)),
  // any double the funnel accepts (at most 100 digits written out: 5e-324 has 324)
  fc.double({ min: 0, max: 1e30, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || x >= 1e-40),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 40 })).map(([c, p]) => new Decimal(`${c}e-${p}`)),
);

describe("R-PYR-3 exact keys order scores exactly like Decimal comparison", () => {
  it("R-PYR-3 hand-worked: 0.1 + 0.2 > 0.3; 3.142 = \"3.1420\"; \"2.50\" = 2.5 = Decimal(2.500); 1e21 = its digits; −0 = 0", () => {
    // keys at the group's largest scale p: 0.30000000000000004 has 17 places, so 0.3 → 3 × 10^16
    const [a, b] = keysOf([0.1 + 0.2, 0.3]);
    expect(cmpKeys(a!, b!)).toBe(1);
    const k = keysOf([3.142, "3.1420", "2.50", 2.5, new Decimal("2.500"), 1e21, "1000000000000000000000", -0, 0]);
    expect(k[0]).toBe(k[1]); // 3142 / 10^3 both
    expect(k[2]).toBe(k[3]);
    expect(k[3]).toBe(k[4]);
    expect(k[5]).toBe(k[6]);
    expect(k[7]).toBe(k[8]);
    expect(cmpKeys(k[5]!, k[0]!)).toBe(1);
  });

  fcTest.prop([fc.array(score, { minLength: 2, maxLength: 12 })], { numRuns: 500 })(
    "R-PYR-3 property: for every pair of a group, comparing keys = comparing the Decimals",
    (values) => {
      const keys = keysOf(values);
      for (let i = 0; i < values.length; i++) {
        for (let j = 0; j < values.length; j++) {
          expect(cmpKeys(keys[i]!, keys[j]!)).toBe(sign(dec(values[i]).cmp(dec(values[j]))));
        }
      }
    },
  );
});
