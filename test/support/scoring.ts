// Shared helpers of the scoring tests: exact rational arithmetic (BigInt), bad inputs, error checks.
import { Decimal } from "decimal.js";
import { expect } from "vitest";
import { fc } from "@fast-check/vitest";
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
