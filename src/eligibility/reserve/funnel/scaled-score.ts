/**
 * A stage score as an exact **scaled integer** (R-PYR-3): the score is `m / 10^dp`, with `m` a
 * whole number ≥ 0 and `dp` its decimal places (trailing zeros removed: `"2.50"` is `25 / 10^1`,
 * like `2.5`). `m` is held as a JS number when it has at most {@link SAFE_INT_DIGITS} digits (every
 * such integer is exact in a double) and as a `bigint` otherwise. No Decimal is built for a score
 * that is read on the fast paths below; the funnel builds a Decimal only where its result shows a
 * score (a cut-off, a tied score, an explanation: {@link decimalOf}).
 *
 * ## What a score means, by type
 * - **A JavaScript number** is read as its **shortest round-trip decimal**, the digits `String(x)`
 *   prints: `3.142` means 3.142 — what the caller wrote in the source or the export, not the binary
 *   fraction 3.14199999999999990407673067238647490739822387695312 a double holds. This is also what
 *   decimal.js reads from a number (`new Decimal(3.142)` is 3.142), so the ranking is the one the
 *   funnel always had. A number that is already the result of float arithmetic is read the same
 *   way: `0.1 + 0.2` is 0.30000000000000004 and ranks above `0.3`, exactly as written.
 * - **A decimal string** is read as written (`"3.142"`, `"2.50"` = 2.5, `"007"` = 7).
 * - **A Decimal** is read by its digits (its sign, exponent and base-10⁷ words), never by calling a
 *   method of it.
 *
 * ## Fast paths and the fallback
 * Each reader here accepts only values it can prove valid and returns `undefined` otherwise; the
 * funnel's reader then takes its general path (which builds the messages of every problem, unchanged)
 * and converts the resulting Decimal with {@link fromDecimalString}. So the fast paths change the
 * cost of a valid score, never what is accepted or what a rejection says.
 *
 * The number reader avoids even `String(x)` for up to {@link FAST_PLACES} decimal places: for
 * `0 < x < 2^26` and `k ≤ 6`, the decimals with k places are 10^-k apart, more than one ulp of x
 * (≤ 2^-27), so at most one of them rounds to x, and it is `r / 10^k` with `r = Math.round(x·10^k)`
 * (the product's rounding error, < 0.01, cannot move r). It rounds to x exactly when the correctly
 * rounded quotient `r / 10^k` equals x. The smallest such k gives the fewest digits that round-trip,
 * which is what `String(x)` prints. A property test checks this against `String(x)`.
 *
 * @module
 * @internal
 */
import { Decimal } from "decimal.js";
import { D } from "../../../internal/decimal.js";

/** Scaled integers of up to this many digits are held as numbers (exact below 2^53). @internal */
export const SAFE_INT_DIGITS = 15;
/** Decimal places the number reader finds without printing the number. @internal */
export const FAST_PLACES = 6;
/** Below this bound the number reader's arithmetic is exact (see the module documentation). */
const FAST_NUMBER_MAX = 2 ** 26;
/** 10^0 … 10^22, each exact as a double. @internal */
export const POW10: readonly number[] = /* @__PURE__ */ (() => Array.from({ length: 23 }, (_, k) => 10 ** k))();
const SAFE_LIMIT = /* @__PURE__ */ (() => POW10[SAFE_INT_DIGITS]!)();

/**
 * Where a reader puts what it read: `m` (a number; the caller reads `big` when `m` is negative),
 * `big` (the integer when it has more than {@link SAFE_INT_DIGITS} digits), and `dp`.
 *
 * @internal
 */
export interface Scaled {
  m: number;
  big: bigint | undefined;
  dp: number;
}

/** Marker in {@link Scaled.m}: the integer is in `big`. @internal */
export const IN_BIG = -1;

/**
 * `m / 10^dp ≤ max` for a whole `max` ≥ 0, with `m` < 10^15 (exact: the integer part is found by a
 * correctly rounded division that cannot reach the next integer, see the bound in the code).
 *
 * @internal
 */
export function withinMax(m: number, dp: number, max: number): boolean {
  if (dp === 0) return m <= max;
  // m / 10^dp is at least 10^-dp from any integer it is not equal to, i.e. ≥ 10^-15 relative to
  // a quotient below 10^15 / 10^dp: more than the division's rounding (2^-53); floor is exact.
  const p = POW10[dp]!;
  const ip = Math.floor(m / p);
  return ip < max || (ip === max && m === ip * p);
}

/** {@link withinMax} for any scaled integer (a `bigint` one compared as a `bigint`). @internal */
export function scaledWithinMax(x: Scaled, max: number): boolean {
  if (x.big === undefined) return withinMax(x.m, x.dp, max);
  return x.big <= BigInt(max) * 10n ** BigInt(x.dp);
}

/**
 * A JS number > 0 that is not whole, read as its shortest round-trip decimal, when it has at most
 * {@link FAST_PLACES} places and is below 2^26. Writes `out` and returns `true`, or returns
 * `false` (the caller takes the general path).
 *
 * @internal
 */
export function readFractionalNumber(x: number, out: Scaled): boolean {
  if (!(x > 0 && x < FAST_NUMBER_MAX) || Number.isInteger(x)) return false;
  for (let k = 1; k <= FAST_PLACES; k++) {
    const p = POW10[k]!;
    const r = Math.round(x * p);
    if (r / p === x) {
      out.m = r;
      out.big = undefined;
      out.dp = k;
      return true;
    }
  }
  return false;
}

/**
 * A plain decimal string of digits with at most one dot between digits (`"85"`, `"3.142"`,
 * `"2.50"`, `"007"`), of at most {@link SAFE_INT_DIGITS} digits: writes `out` (trailing zeros of
 * the decimals removed) and returns `true`; anything else (a sign, a space, `".5"`, `"5."`, an
 * exponent, more digits) returns `false` for the general path.
 *
 * @internal
 */
export function readDecimalString(s: string, out: Scaled): boolean {
  const n = s.length;
  if (n === 0 || n > SAFE_INT_DIGITS + 1) return false;
  let m = 0;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) m = m * 10 + (c - 48);
    else if (c === 46 && dot < 0 && i > 0 && i < n - 1) dot = i;
    else return false;
  }
  if (dot < 0 && n > SAFE_INT_DIGITS) return false;
  let dp = dot < 0 ? 0 : n - dot - 1;
  while (dp > 0 && m % 10 === 0) {
    m /= 10;
    dp--;
  }
  out.m = m;
  out.big = undefined;
  out.dp = dp;
  return true;
}

/** The most base-10⁷ words the Decimal reader takes (100 digits and a partial word at each end). */
const MAX_WORDS = 16;
/** The most digits written out (integer digits and decimal places) the Decimal reader takes. @internal */
export const DECIMAL_MAX_WRITTEN = 100;

/**
 * A decimal.js Decimal ≥ 0 (or −0) read from its fields — sign `s`, exponent `e` of the leading
 * digit, base-10⁷ words `d` — when they are those of a normalised finite Decimal of at most
 * {@link DECIMAL_MAX_WRITTEN} digits written out: a number when the integer has at most
 * {@link SAFE_INT_DIGITS} digits, else a `bigint` (a mean of three grades to 40 digits, 13/3).
 * Writes `out` and returns `true`, or `false` for the general path (negative, NaN, an infinity,
 * more digits, fields that are not a Decimal's). The caller checks the range.
 *
 * In decimal.js the words are aligned on the decimal point: the value is the integer `c` of the
 * words (the first unpadded, the others 7 digits each) times 10^(e − digits + 1).
 *
 * @internal
 */
export function readDecimalDigits(v: Decimal, out: Scaled): boolean {
  const { s, e, d } = v as unknown as { s: unknown; e: unknown; d: unknown };
  if (!Array.isArray(d) || typeof e !== "number" || (s !== 1 && s !== -1)) return false;
  const w = d.length;
  if (w === 0 || w > MAX_WORDS || !Number.isInteger(e) || e >= DECIMAL_MAX_WRITTEN || e < -DECIMAL_MAX_WRITTEN) return false;
  const first = d[0] as unknown;
  if (typeof first !== "number" || !Number.isInteger(first) || first < 0 || first >= 1e7) return false;
  if (first === 0) {
    // zero (of either sign) is [0] with exponent 0
    if (w !== 1 || e !== 0) return false;
    out.m = 0;
    out.big = undefined;
    out.dp = 0;
    return true;
  }
  if (s !== 1) return false;
  for (let i = 1; i < w; i++) {
    const x = d[i] as unknown;
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x >= 1e7) return false;
  }
  if (w > 1 && d[w - 1] === 0) return false; // not normalised (decimal.js drops zero words)
  const firstDigits = first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1;
  // the value is c × 10^exp, c the integer of the words; its trailing zeros are in the last word
  let last = d[w - 1] as number;
  let zeros = 0;
  while (last % 10 === 0) {
    last /= 10;
    zeros++;
  }
  const digits = firstDigits + 7 * (w - 1) - zeros;
  const exp = e - digits + 1;
  const dp = exp >= 0 ? 0 : -exp;
  const written = Math.max(e + 1, 0) + dp;
  if (written > DECIMAL_MAX_WRITTEN) return false;
  if (written <= SAFE_INT_DIGITS) {
    // at most 15 digits (digits ≤ written): every step below is exact
    const c = mantissaOf(d as number[], w, zeros);
    out.m = exp > 0 ? c * POW10[exp]! : c;
    out.big = undefined;
    out.dp = dp;
    return true;
  }
  let str = String(first);
  for (let i = 1; i < w; i++) str += String(d[i] as number).padStart(7, "0");
  str = str.slice(0, str.length - zeros);
  out.m = IN_BIG;
  out.big = exp > 0 ? BigInt(str) * 10n ** BigInt(exp) : BigInt(str);
  out.dp = dp;
  return true;
}

/** The integer of the words `d[0…w)` without its last `zeros` trailing zeros (at most 15 digits: exact). */
function mantissaOf(d: readonly number[], w: number, zeros: number): number {
  let c = d[0]!;
  for (let i = 1; i < w - 1; i++) c = c * 1e7 + d[i]!;
  if (w > 1) c = c * POW10[7 - zeros]! + d[w - 1]! / POW10[zeros]!;
  else c = c / POW10[zeros]!;
  return c;
}

/**
 * A finite Decimal ≥ 0 (already validated by the general path) as a scaled integer, from its plain
 * digits (`toFixed()`, exact: no rounding at its own number of places): a number when it has at most
 * {@link SAFE_INT_DIGITS} digits, else a `bigint` (`out.m` = {@link IN_BIG}).
 *
 * @internal
 */
export function fromDecimalString(x: Decimal, out: Scaled): void {
  const s = x.toFixed();
  const dot = s.indexOf(".");
  let digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let dp = dot < 0 ? 0 : s.length - dot - 1;
  let end = digits.length;
  while (dp > 0 && digits.charCodeAt(end - 1) === 48) {
    end--;
    dp--;
  }
  digits = digits.slice(0, end);
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  digits = digits.slice(start);
  out.dp = dp;
  if (digits.length <= SAFE_INT_DIGITS) {
    out.m = Number(digits);
    out.big = undefined;
  } else {
    out.m = IN_BIG;
    out.big = BigInt(digits);
  }
}

/**
 * `m × 10^k` as a number when the result is an integer below 10^15 (exact), else `undefined`.
 *
 * @internal
 */
export function scaleUp(m: number, k: number): number | undefined {
  if (m === 0) return 0;
  if (k > SAFE_INT_DIGITS) return undefined;
  const r = m * POW10[k]!; // exact when the true product is below 2^53 (checked against 10^15)
  return r < SAFE_LIMIT ? r : undefined;
}

/** The plain digits of `m / 10^dp` (`"3.142"`, `"0.05"`, `"85"`). @internal */
export function plainDigits(m: number | bigint, dp: number): string {
  const s = m.toString();
  if (dp === 0) return s;
  const padded = s.length <= dp ? "0".repeat(dp - s.length + 1) + s : s;
  return `${padded.slice(0, padded.length - dp)}.${padded.slice(padded.length - dp)}`;
}

/** The exact Decimal of `m / 10^dp` (the library's {@link D}: a Decimal of the caller's digits). @internal */
export function decimalOf(m: number | bigint, dp: number): Decimal {
  return new D(plainDigits(m, dp));
}

/** Whether `v` is a decimal.js Decimal instance (of any clone: the prototype is shared). @internal */
export function isDecimalInstance(v: unknown): v is Decimal {
  return v instanceof Decimal;
}
