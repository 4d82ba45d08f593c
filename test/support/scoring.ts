// Shared helpers of the scoring tests: exact rational arithmetic (BigInt), bad inputs, error checks.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { Num } from "../../src/index.js";
import { RuleInputError } from "../../src/errors.js";

/** An exact rational n/d (d > 0). */
export interface Rational {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  const N = BigInt(n);
  const Dd = BigInt(d);
  const g = gcd(N, Dd) || 1n;
  return { n: N / g, d: Dd / g };
}

/** The exact decimal string of n/d if it terminates, else null. */
export function terminating(r: Rational): string | null {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  if (d !== 1n) return null;
  const k = Math.max(twos, fives);
  const scaled = (r.n * 10n ** BigInt(k)) / r.d; // exact: d divides n·10^k
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k);
  return `${neg ? "-" : ""}${int}${k > 0 ? "." + frac : ""}`;
}

/**
 * Checks a Decimal against an exact rational n/d: equal when n/d terminates; otherwise
 * |x·divisor − (n/d)·divisor| ≤ 1e-38 (result × divisor gives back the sum; the sum (n/d)·divisor
 * must be a terminating decimal) and x has at least 20 significant digits (a 40-digit division).
 */
export function expectExact(x: Decimal, r: Rational, divisor: number): void {
  const t = terminating(r);
  if (t !== null) {
    expect(x.eq(t), `${x.toString()} should equal ${t}`).toBe(true);
    return;
  }
  const sum = terminating(rat(r.n * BigInt(divisor), r.d));
  expect(sum, "the sum must be a terminating decimal").not.toBeNull();
  const back = x.times(divisor).minus(sum!).abs();
  expect(back.lte("1e-38"), `${x} × ${divisor} − ${sum} = ${back}`).toBe(true);
  expect(x.sd()).toBeGreaterThanOrEqual(20);
}

/** Values that are never a valid number: NaN, infinities, bad strings, wrong types. */
export const NOT_A_NUMBER: readonly unknown[] = [
  Number.NaN,
  Infinity,
  -Infinity,
  "",
  "  ",
  "2,5",
  "1e2",
  "abc",
  "0x10",
  null,
  undefined,
  {},
  [],
  true,
  new Decimal(Number.NaN),
  new Decimal(Infinity),
];

export const notANumber = fc.constantFrom(...NOT_A_NUMBER);

/** Runs f, expects a RuleInputError, returns it. */
export function rejects(f: () => unknown): RuleInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    expect(e).toBeInstanceOf(Error);
    return e as RuleInputError;
  }
  throw new Error("expected a RuleInputError, nothing was thrown");
}

/** Expects a RuleInputError naming `field` (exactly) under `rule`. */
export function rejectsField(f: () => unknown, field: string, rule: string): RuleInputError {
  const e = rejects(f);
  const fields = e.issues.map((i) => i.field);
  expect(fields, e.message).toContain(field);
  for (const i of e.issues) expect(i.rule).toContain(rule);
  expect(e.message).toContain(rule);
  return e;
}

/** A decimal string of `h` hundredths, e.g. 257 → "2.57". */
export function hundredths(h: number): string {
  return new Decimal(h).div(100).toFixed();
}

/** A stage score that is the sum of two grades 0–5 (R-GC-3 П = П1 + П2, R-GC-4 С = С1 + С2). */
export interface TwoGradeSum {
  readonly rule: string;
  readonly name: string;
  readonly f: (a: Num, b: Num, opts?: { wholePoints?: boolean }) => Decimal;
  readonly a: string;
  readonly b: string;
}

/**
 * The tests the two rules of the same shape share: worked examples (4 + 3 = 7 …), exactness,
 * bounds, symmetry, monotonicity and the input errors naming each field. Called by
 * test/scoring/competition-practical.test.ts (R-GC-3) and competition-interview.test.ts (R-GC-4).
 */
export function describeTwoGradeSum({ rule, name, f, a, b }: TwoGradeSum): void {
  describe(`${rule} ${name}`, () => {
    it(`${rule} worked examples`, () => {
      // 4 + 3 = 7; 5 + 4 = 9; 0 + 0 = 0; 5 + 5 = 10 (the maximum)
      expect(f(4, 3).toString()).toBe("7");
      expect(f(5, "4").toString()).toBe("9");
      expect(f(0, 0).toString()).toBe("0");
      expect(f(5, 5).toString()).toBe("10");
      // decimals only on request: 4.5 + 3 = 7.5; 3.5 + 4.25 = 7.75
      expect(f("4.5", 3, { wholePoints: false }).toString()).toBe("7.5");
      expect(f("3.5", "4.25", { wholePoints: false }).toString()).toBe("7.75");
      expect(f(4, 3, { wholePoints: true }).toString()).toBe("7");
      expect(f(4, 3, {}).toString()).toBe("7");
    });

    test.prop([fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(`${rule} property: whole grades, exact sum, 0..10, symmetric`, (x, y) => {
      const s = f(x, y);
      expect(s.eq(x + y)).toBe(true);
      expect(s.gte(0) && s.lte(10)).toBe(true);
      expect(f(y, x).eq(s)).toBe(true);
    });

    test.prop([fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })])(`${rule} property: decimal grades (wholePoints: false), exact in hundredths`, (x, y) => {
      const s = f(hundredths(x), hundredths(y), { wholePoints: false });
      // exact rational: (x + y) / 100
      expect(s.times(100).eq(x + y)).toBe(true);
      expect(s.gte(0) && s.lte(10)).toBe(true);
    });

    test.prop([fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.boolean()])(`${rule} property: monotone in each grade`, (x, y, first) => {
      const base = first ? f(x, y) : f(y, x);
      const more = first ? f(x + 1, y) : f(y, x + 1);
      expect(more.gt(base)).toBe(true);
    });

    it(`${rule} invalid: out of range, fractional (default), NaN, Infinity, wrong type, missing → names the field`, () => {
      for (const bad of [...NOT_A_NUMBER, -1, 6, 5.01, 2.5, "3.5"]) {
        rejectsField(() => f(bad as never, 1), a, rule);
        rejectsField(() => f(1, bad as never), b, rule);
      }
      for (const bad of [...NOT_A_NUMBER, -0.01, 5.01]) {
        rejectsField(() => f(bad as never, 1, { wholePoints: false }), a, rule);
      }
      const e = rejects(() => f(7, 2.5));
      expect(e.issues.map((i) => i.field)).toEqual([a, b]);
      rejectsField(() => f(1, 1, { wholePoints: "no" } as never), "opts.wholePoints", rule);
      rejectsField(() => f(1, 1, { whole: false } as never), "opts.whole", rule);
    });
  });
}
