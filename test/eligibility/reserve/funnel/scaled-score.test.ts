// Tests of src/eligibility/reserve/funnel/scaled-score.ts: the funnel (R-PYR-3) reads every score
// as an exact scaled integer m / 10^dp without building a Decimal — a JS number as its shortest
// round-trip decimal (String(x)), a decimal string as written, a Decimal by its digits.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { readEntry, type Read } from "../../../../src/eligibility/reserve/funnel/read-input.js";
import {
  decimalOf,
  plainDigits,
  readDecimalDigits,
  readDecimalString,
  readFractionalNumber,
  withinMax,
  type Scaled,
} from "../../../../src/eligibility/reserve/funnel/scaled-score.js";

const NATIONAL = 6; // stage index of "national": any decimal ≥ 0
const SITUATIONAL = 2; // 0–5, decimals
const TEXT = 0; // whole 0–25
const fresh = (): Read => ({ m: 0, big: undefined, dp: 0, marker: 0 });
/** The exact value the funnel stores for `v` at stage `st` (throws on a rejected value). */
function stored(v: unknown, st = NATIONAL): Decimal {
  const out = fresh();
  const err = readEntry(v, st, out);
  if (err !== undefined) throw new Error(err);
  return decimalOf(out.big ?? out.m, out.dp);
}

describe("R-PYR-3 scaled scores: what a score means, by type", () => {
  it("R-PYR-3 a JS number is its shortest round-trip decimal: 3.142 means 3.142, as the caller wrote it", () => {
    const out: Scaled = { m: 0, big: undefined, dp: 0 };
    expect(readFractionalNumber(3.142, out)).toBe(true);
    // 3.142 = 3142 / 10^3 (not the binary fraction 3.14199999999999990407…)
    expect([out.m, out.dp]).toEqual([3142, 3]);
    expect(stored(3.142).toString()).toBe("3.142");
    // 0.1 + 0.2 is the double 0.30000000000000004: read as written by String(), 17 digits → 16 places
    expect(stored(0.1 + 0.2).toString()).toBe("0.30000000000000004");
    expect(stored(0.1 + 0.2).gt(stored(0.3))).toBe(true);
  });

  it("R-PYR-3 a decimal string is read as written; trailing zeros do not change the value (\"2.50\" = 2.5)", () => {
    const out: Scaled = { m: 0, big: undefined, dp: 0 };
    expect(readDecimalString("2.50", out)).toBe(true);
    // 2.50 = 250 / 10^2 = 25 / 10^1: the trailing zero is dropped
    expect([out.m, out.dp]).toEqual([25, 1]);
    expect(stored("2.50").eq(stored(2.5))).toBe(true);
    expect(readDecimalString("007", out) && out.m === 7 && out.dp === 0).toBe(true);
    for (const bad of ["", ".5", "5.", "+1", "1e3", " 1", "1.2.3", "1234567890123456"]) expect(readDecimalString(bad, out)).toBe(false);
  });

  it("R-PYR-3 a Decimal is read by its digits (sign, exponent, base-10^7 words), never by its methods", () => {
    const out: Scaled = { m: 0, big: undefined, dp: 0 };
    // 0.001: e = −3, d = [10000] → 10000 × 10^(−3−5+1) = 10000 / 10^7 = 1 / 10^3
    expect(readDecimalDigits(new Decimal("0.001"), out)).toBe(true);
    expect([out.m, out.big, out.dp]).toEqual([1, undefined, 3]);
    // 12345678.25: d = [1, 2345678, 2500000], e = 7 → 1234567825 / 10^2
    expect(readDecimalDigits(new Decimal("12345678.25"), out)).toBe(true);
    expect([out.m, out.dp]).toEqual([1234567825, 2]);
    // 13/3 to 40 significant digits: 4.333…3 (39 threes) = 4333…3 / 10^39, a bigint
    const third = new Decimal("4." + "3".repeat(39));
    expect(readDecimalDigits(third, out)).toBe(true);
    expect([out.big, out.dp]).toEqual([BigInt("4" + "3".repeat(39)), 39]);
    // −0 is 0; a negative is left to the general path (which says "out of range")
    expect(readDecimalDigits(new Decimal(-0), out) && out.m === 0).toBe(true);
    expect(readDecimalDigits(new Decimal(-1), out)).toBe(false);
    // a Decimal whose methods lie is still read by its digits
    const liar = new Decimal("4.5");
    Object.defineProperty(liar, "toString", { value: () => "5" });
    expect(stored(liar).toFixed()).toBe("4.5");
  });

  it("R-PYR-3 1e21, −0 and values beyond 2^53 keep their exact value", () => {
    expect(stored(1e21).toFixed()).toBe("1000000000000000000000");
    expect(stored(-0).toString()).toBe("0");
    expect(stored("9007199254740993").toFixed()).toBe("9007199254740993");
    expect(stored(5e-7).toFixed()).toBe("0.0000005");
  });

  it("R-PYR-3 range checks on the scaled integer: 5.000 is within 0–5, 5.001 is not (R-PYR-4 scale)", () => {
    // 5000 / 10^3 = 5 ≤ 5; 5001 / 10^3 > 5
    expect(withinMax(5000, 3, 5)).toBe(true);
    expect(withinMax(5001, 3, 5)).toBe(false);
    expect(withinMax(4999, 3, 5)).toBe(true);
    expect(readEntry("5.000", SITUATIONAL, fresh())).toBeUndefined();
    expect(readEntry("5.001", SITUATIONAL, fresh())).toBe("out of range: expected a number from 0 to 5");
    expect(readEntry(5.001, SITUATIONAL, fresh())).toBe("out of range: expected a number from 0 to 5");
    expect(readEntry(new Decimal("5.0000000000000000000001"), SITUATIONAL, fresh())).toBe("out of range: expected a number from 0 to 5");
    expect(readEntry("12.0", TEXT, fresh())).toBeUndefined();
    expect(readEntry("12.5", TEXT, fresh())).toBe("not whole: expected a whole number from 0 to 25");
  });

  it("R-PYR-3 plainDigits writes m / 10^dp with its leading zeros", () => {
    expect(plainDigits(5, 3)).toBe("0.005");
    expect(plainDigits(3142, 3)).toBe("3.142");
    expect(plainDigits(85n, 0)).toBe("85");
  });
});

describe("R-PYR-3 scaled scores: properties", () => {
  fcTest.prop([fc.double({ min: 0, max: 2 ** 26, noNaN: true, noDefaultInfinity: true })], { numRuns: 2000 })(
    "R-PYR-3 property: the number reader finds exactly String(x), or leaves x to the general path",
    (x) => {
      const out: Scaled = { m: 0, big: undefined, dp: 0 };
      if (readFractionalNumber(x, out)) expect(plainDigits(out.m, out.dp)).toBe(new Decimal(String(x)).toFixed());
      else {
        // the reader gives up only beyond its 6 places, or on a whole number (read before it)
        const places = new Decimal(String(x)).decimalPlaces();
        expect(Number.isInteger(x) || places > 6).toBe(true);
      }
    },
  );

  fcTest.prop([fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 6 })], { numRuns: 2000 })(
    "R-PYR-3 property: numbers with 1–6 decimals (k / 10^p) are read without printing them",
    (k, p) => {
      const x = k / 10 ** p;
      const out: Scaled = { m: 0, big: undefined, dp: 0 };
      if (Number.isInteger(x) || x >= 2 ** 26) return;
      expect(readFractionalNumber(x, out)).toBe(true);
      expect(plainDigits(out.m, out.dp)).toBe(new Decimal(String(x)).toFixed());
    },
  );

  fcTest.prop([fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 3 })], { numRuns: 1000 })(
    "R-PYR-3 property: a decimal string and its Decimal are stored as the exact same value",
    (c, dp, trailing) => {
      const s = plainDigits(c, dp) + (dp > 0 ? "0".repeat(trailing) : "");
      const x = new Decimal(s);
      expect(stored(s).toFixed()).toBe(x.toFixed());
      expect(stored(x).toFixed()).toBe(x.toFixed());
    },
  );
});
