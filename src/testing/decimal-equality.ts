import { D } from "../internal/decimal.js";

/**
 * A decimal.js `Decimal` from any copy of decimal.js (the library's, the caller's, another
 * version's): recognised by its shape — digits `d`, exponent `e`, sign `s` — and its tag
 * `[object Decimal]`, not by `instanceof`, which holds only within one copy.
 */
export interface DecimalLike {
  readonly d: readonly number[] | null;
  readonly e: number | null;
  readonly s: number;
  toString(): string;
}

/**
 * Whether `value` is a decimal.js `Decimal` of any copy of decimal.js (see {@link DecimalLike}).
 *
 * @category Testing
 */
export function isDecimalLike(value: unknown): value is DecimalLike {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Object.prototype.toString.call(value) !== "[object Decimal]") return false;
    const { d, e, s } = value as { d: unknown; e: unknown; s: unknown };
    return (d === null || Array.isArray(d)) && (e === null || typeof e === "number") && typeof s === "number" && typeof (value as { toString?: unknown }).toString === "function";
  } catch {
    return false;
  }
}

/** The exact value of a Decimal of any copy, as the library's own Decimal. */
function exact(v: DecimalLike): InstanceType<typeof D> {
  return new D(v.toString());
}

/**
 * An equality tester for `expect(…).toEqual(…)` that compares two Decimals **by value**, whichever
 * copy of decimal.js made them: `1.7`, `1.70` and the library's `1.7` are equal; `1.7` and
 * `1.69999` are not. Two NaNs are equal (as `toEqual` treats `NaN`); `0` and `-0` are equal (as
 * decimal.js's `eq`). For any pair that is not two Decimals it returns `undefined`, so the
 * matcher's own comparison goes on — inside arrays and objects too.
 *
 * Register it once, in the test setup of a vitest or Jest (≥ 29.4) project:
 *
 * @example
 * ```ts
 * import { expect } from "vitest"; // or Jest's global expect
 * import { decimalEquals } from "kz-civil-service-rules/testing";
 * expect.addEqualityTesters([decimalEquals]);
 *
 * expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.7")); // passes
 * expect(competitionFinalResult(input)).toEqual(expect.objectContaining({ value: new Decimal("6.65") }));
 * ```
 * @category Testing
 */
export function decimalEquals(a: unknown, b: unknown): boolean | undefined {
  if (!isDecimalLike(a) || !isDecimalLike(b)) return undefined;
  const x = exact(a);
  const y = exact(b);
  if (x.isNaN() || y.isNaN()) return x.isNaN() && y.isNaN();
  return x.eq(y);
}

/** What a matcher returns, in the shape vitest's and Jest's `expect.extend` both accept. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/**
 * Matchers for `expect.extend` (vitest or Jest): `toEqualDecimal(expected)` passes when the received
 * value is a Decimal (of any copy of decimal.js) equal in value to `expected` — a Decimal, a decimal
 * string (`"1.7"`) or a finite number (read as written: `1.7` is 1.7). Its message shows both
 * values exactly.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { decimalMatchers } from "kz-civil-service-rules/testing";
 * expect.extend(decimalMatchers);
 * expect(selectionPersonalQualities(85)).toEqualDecimal("1.7");
 * ```
 * @category Testing
 */
export const decimalMatchers = {
  toEqualDecimal(received: unknown, expected: unknown): MatcherResult {
    let want: InstanceType<typeof D>;
    try {
      want = isDecimalLike(expected) ? exact(expected) : new D(typeof expected === "number" ? String(expected) : (expected as string));
    } catch {
      return { pass: false, message: () => `toEqualDecimal: the expected value ${String(expected)} is not a decimal number` };
    }
    if (!isDecimalLike(received)) {
      return { pass: false, message: () => `expected a Decimal equal to ${want.toString()}, received ${typeof received === "object" ? Object.prototype.toString.call(received) : String(received)}` };
    }
    const got = exact(received);
    const pass = got.isNaN() ? want.isNaN() : got.eq(want);
    return {
      pass,
      message: () => (pass ? `expected a Decimal not equal to ${want.toString()}` : `expected a Decimal equal to ${want.toString()}, received ${got.toString()}`),
    };
  },
};
