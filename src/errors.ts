/**
 * Machine-readable kind of a {@link RuleInputIssue}, for the common problems (set by the library's
 * input validation; issues of other kinds have no code). {@link formatRuleInputError} renders each
 * in Kazakh, Russian or English.
 *
 * - `missing` — a required value is absent; `wrong-type` — e.g. a boolean where a number is expected;
 * - `nan`, `not-finite`, `empty-string`, `comma-decimal` (`"2,5"`), `exponent` (`"1e2"`),
 *   `not-decimal` (a string that is not a plain decimal number);
 * - `out-of-range`, `not-whole`, `too-few`, `too-many` (array length), `unknown-field`,
 *   `invalid-option` (a value not among the allowed ones), `invalid-date`;
 * - `invalid-character` — text with a control character (NUL, escape, …) or a combining mark
 *   that composes with nothing, which would make a lookup answer silently wrong
 *   (`params.codePoint`, e.g. `"U+0000"`);
 * - `too-many-digits` — a number with more significant digits than the library computes exactly
 *   (`params.max`, the number of digits);
 * - `quota-sum` — the Reserve's final quotas in effect sum to more than it takes (R-PYR-3:
 *   `params.sum`, `params.terms` as `9 + 8 + …`, `params.max`).
 *
 * @category Errors
 */
export type RuleInputIssueCode =
  | "missing"
  | "wrong-type"
  | "nan"
  | "not-finite"
  | "empty-string"
  | "comma-decimal"
  | "exponent"
  | "not-decimal"
  | "out-of-range"
  | "not-whole"
  | "too-few"
  | "too-many"
  | "unknown-field"
  | "invalid-option"
  | "invalid-date"
  | "invalid-character"
  | "too-many-digits"
  | "quota-sum";

/**
 * One problem found in an input.
 *
 * @category Errors
 */
export interface RuleInputIssue {
  /** Path of the offending field, e.g. `"competencies[3]"` or `"S"`. */
  readonly field: string;
  /** The value that was given (as received; `undefined` when missing). */
  readonly value: unknown;
  /** Id of the rule whose input was rejected, e.g. `"R-SEL-1"`. */
  readonly rule: string;
  /** What is wrong and, where it helps, what is expected. */
  readonly message: string;
  /** Machine-readable kind of the problem, when it is one of the common ones (absent otherwise). */
  readonly code?: RuleInputIssueCode;
  /**
   * Details for rendering `code` in other languages, e.g. `{ min: "0", max: "100" }`,
   * `{ expected: "number" }`, `{ allowed: "1, 2, 3" }`, `{ suggestion: "2.5" }`.
   */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** Characters of a string (or of a tag, a Symbol's description, digits) shown before the cut. */
const SHOWN_CHARS = 60;
/** Characters of an issue's `rule` shown in {@link RuleInputError.message} before the cut (ids are short). */
const SHOWN_RULE = 60;
/** Characters of an issue's `field` shown in {@link RuleInputError.message} before the cut. */
const SHOWN_FIELD = 160;
/**
 * Characters of {@link RuleInputError.message} shared among the issues' own messages: one issue's
 * message may be long (a list of every known key), a hundred issues' messages are cut shorter, so
 * the whole message stays under 64,000 characters whatever the input.
 */
const MESSAGE_BUDGET = 60_000;
/** The most an issue's line takes besides its message: rule, field, value (each cut), separators. */
const LINE_OVERHEAD = 360;
/** The least an issue's message is cut to, however many issues share the budget. */
const SHOWN_MESSAGE_MIN = 240;
/**
 * The most issues a {@link RuleInputError} lists in `issues` (and in its message); the others are
 * counted in `omittedIssues`. @internal
 */
export const MAX_LISTED_ISSUES = 100;
/** BigInts with more hexadecimal digits than this are shown in hexadecimal (no decimal conversion). */
const BIGINT_DECIMAL_HEX_DIGITS = 1_000;
/** Decimals with more base-10⁷ words than this, or a larger exponent, are shown from their leading digits. */
const DECIMAL_WORDS = 20;

/**
 * Characters that would hide or disguise text in a message: C0 and C1 controls, format characters
 * (zero-width and bidirectional controls, the BOM, the soft hyphen), line and paragraph separators.
 * (`JSON.stringify` already escapes C0 controls and lone surrogates.)
 */
const HIDDEN = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/** {@link HIDDEN}, the C0 controls (a newline, an escape sequence) and lone surrogates: for text not quoted by JSON. */
const HIDDEN_OR_C0 = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** `\uXXXX` (or `\u{XXXXX}` beyond the BMP) for one character {@link HIDDEN} matches. */
function escapeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/** The first `n` characters of `s`, not splitting a surrogate pair. */
function head(s: string, n: number): string {
  if (s.length <= n) return s;
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** `s` cut to `n` characters, the cut marked `…(N characters)` (no quotes, no escaping). */
export function cutText(s: string, n: number): string {
  return s.length <= n ? s : `${head(s, n)}…(${s.length} characters)`;
}

/** A string as shown: quoted, cut to {@link SHOWN_CHARS}, control and invisible characters escaped. */
function showString(s: string): string {
  const shown = JSON.stringify(head(s, SHOWN_CHARS)).replace(HIDDEN, escapeChar);
  return s.length <= SHOWN_CHARS ? shown : `${shown}…(${s.length} characters)`;
}

/** A BigInt as shown: `10n`, `123…(450 digits)n`, or, when huge, its leading hexadecimal digits. */
function showBigInt(b: bigint): string {
  const sign = b < 0n ? "-" : "";
  const abs = b < 0n ? -b : b;
  const hex = abs.toString(16); // linear in the size, unlike the decimal conversion
  if (hex.length > BIGINT_DECIMAL_HEX_DIGITS) return `${sign}0x${hex.slice(0, 16)}…(${hex.length} hexadecimal digits)n`;
  const digits = abs.toString();
  return digits.length <= SHOWN_CHARS ? `${sign}${digits}n` : `${sign}${digits.slice(0, SHOWN_CHARS)}…(${digits.length} digits)n`;
}

/** decimal.js's fields of a Decimal: base-10⁷ words, the exponent of the first digit, the sign. */
interface DecimalFields {
  readonly d: unknown;
  readonly e: unknown;
  readonly s: unknown;
}

/**
 * A decimal.js Decimal as shown, `Decimal(2.5)`, read from its digits (`d`, `e`, `s`) — never by
 * calling a method the object may carry, and without importing decimal.js (an entry point that
 * does no decimal arithmetic, such as the calendars, stays without it). `undefined` when the
 * object only claims to be a Decimal (its fields are not those of one).
 */
function showDecimal(v: DecimalFields): string | undefined {
  const { d, e, s } = v;
  if (d === null) {
    if (typeof s === "number" && Number.isNaN(s)) return "Decimal(NaN)";
    return s === 1 ? "Decimal(Infinity)" : s === -1 ? "Decimal(-Infinity)" : undefined;
  }
  if (!Array.isArray(d) || d.length === 0 || typeof e !== "number" || !Number.isSafeInteger(e) || (s !== 1 && s !== -1)) return undefined;
  const words = d as unknown[];
  const shown = Math.min(words.length, DECIMAL_WORDS);
  for (let i = 0; i < shown; i++) {
    const w = words[i];
    if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w >= 1e7) return undefined;
  }
  let digits = String(words[0]);
  for (let i = 1; i < shown; i++) digits += String(words[i]).padStart(7, "0");
  const sign = s < 0 ? "-" : "";
  if (words.length <= DECIMAL_WORDS && Math.abs(e) <= 100) {
    // plain notation: the first digit stands at 10^e
    const sig = digits.replace(/0+$/, "") || "0";
    const plain =
      e < 0 ? `0.${"0".repeat(-e - 1)}${sig}` : e + 1 >= sig.length ? sig + "0".repeat(e + 1 - sig.length) : `${sig.slice(0, e + 1)}.${sig.slice(e + 1)}`;
    return `Decimal(${cutText(sig === "0" ? "0" : sign + plain, SHOWN_CHARS)})`;
  }
  const lead = digits.slice(0, 20);
  return `Decimal(${sign}${lead[0]}${lead.length > 1 ? "." + lead.slice(1) : ""}…e${e >= 0 ? "+" : ""}${e}, about ${words.length * 7} digits)`;
}

/** decimal.js's tag (its prototype's `Symbol.toStringTag`), read without calling the object's methods. */
function taggedDecimal(value: object): boolean {
  return Object.prototype.toString.call(value) === "[object Decimal]";
}

/** An object as shown: `array(n)`, `Decimal(2.5)`, its tag `[object Date]`, or `object`. */
function showObject(value: object): string {
  if (Array.isArray(value)) return `array(${(value as unknown[]).length})`;
  if (taggedDecimal(value)) {
    const shown = showDecimal(value as DecimalFields);
    if (shown !== undefined) return shown;
  }
  // an object without a toString (no prototype) is shown by its type only
  if (typeof (value as { toString?: unknown }).toString !== "function") return "object";
  return cutText(Object.prototype.toString.call(value), SHOWN_CHARS).replace(HIDDEN_OR_C0, escapeChar);
}

/**
 * The value as shown in messages, bounded whatever the value: `"x"` for strings (cut after 60
 * characters, `"…"…(N characters)`, control and invisible characters escaped), `10n` and
 * `123…(N digits)n` for BigInts, `Symbol(description)`, `array(n)`, `Decimal(2.5)`, an object's
 * tag (`[object Date]`), `object` for an object the engine cannot even inspect (a revoked Proxy, a
 * Proxy whose traps throw). Never calls the value's own `toString`, `valueOf` or `toJSON`, and
 * never throws.
 *
 * @internal
 */
export function showValue(value: unknown): string {
  return show(value);
}

function show(value: unknown): string {
  try {
    switch (typeof value) {
      case "undefined":
        return "undefined";
      case "string":
        return showString(value);
      case "number":
      case "boolean":
        return String(value);
      case "bigint":
        return showBigInt(value);
      case "symbol": {
        const description: unknown = value.description;
        return typeof description === "string" ? `Symbol(${cutText(description, SHOWN_CHARS).replace(HIDDEN_OR_C0, escapeChar)})` : "Symbol()";
      }
      case "function":
        return "function";
      default:
        return value === null ? "null" : showObject(value as object);
    }
  } catch {
    // a revoked Proxy, or a Proxy or getter that throws while we look
    return typeof value === "function" ? "function" : "object";
  }
}

/**
 * A string of an issue (its rule, field or message) as the error message shows it: cut to `n`
 * characters, control and invisible characters escaped (a field or message may quote a key or
 * text the caller gave). Anything but a string is shown as a value.
 */
function text(s: unknown, n: number): string {
  return typeof s === "string" ? cutText(s, n).replace(HIDDEN_OR_C0, escapeChar) : show(s);
}

/**
 * The one error every function of this library throws for bad input: a value out of range,
 * of the wrong type, NaN, an unknown category code, an impossible date, a date outside every
 * known version of a rule.
 *
 * Its `message` names the field, the value given and the rule id of every listed problem;
 * `issues` lists the problems found, not only the first — at most 100 of them (the first found),
 * the others counted in `omittedIssues`. The message is bounded whatever the input: each value is
 * shown cut and escaped (a 10-million-character string, a BigInt, a Symbol, a circular or
 * Proxy object are shown in a few dozen characters, never by their own `toString`), and it ends
 * with `; … and N more issues` when some are omitted.
 *
 * @example
 * ```ts
 * try { selectionPersonalQualities(120) } catch (e) {
 *   if (e instanceof RuleInputError) console.log(e.issues[0].field) // "S"
 * }
 * try { meanOfGrades(new Array(1_000_000).fill(Number.NaN)) } catch (e) {
 *   if (e instanceof RuleInputError) console.log(e.issues.length, e.omittedIssues) // 100 999900
 * }
 * ```
 * **One class across builds.** `instanceof RuleInputError` is true for an error thrown by either
 * build of the package — the ESM one (`import`) or the CommonJS one (`require`), even both loaded
 * in one process (a Jest setup mixing the two) — and by any copy of the same major version: the
 * class recognises its errors by a brand registered with `Symbol.for`, not by its prototype.
 * {@link isRuleInputError} is the same test as a function.
 *
 * @category Errors
 */
export class RuleInputError extends Error {
  /**
   * True for an error made by any build or copy of this class (ESM, CommonJS): the brand
   * `Symbol.for("kz-civil-service-rules/RuleInputError")`, not the prototype chain, decides.
   */
  static override [Symbol.hasInstance](value: unknown): value is RuleInputError {
    return isRuleInputError(value);
  }

  /** The problems found in the input, in the order found: at most 100 (see `omittedIssues`). Never empty. */
  readonly issues: readonly RuleInputIssue[];
  /**
   * How many more problems were found than `issues` lists: 0 unless more than 100 were found
   * (e.g. a list of a million NaNs: 100 listed, 999,900 omitted). They are counted, not kept.
   */
  readonly omittedIssues: number;

  /**
   * @param issues - the problems found (the first 100 are kept; an empty list becomes one
   *   generic issue).
   * @param omittedIssues - problems found but not passed in `issues` (default 0); added to the
   *   count of those beyond the first 100.
   */
  constructor(issues: readonly RuleInputIssue[], omittedIssues = 0) {
    const given = issues.length > 0 ? issues : [{ field: "(input)", value: undefined, rule: "?", message: "invalid input" }];
    const list = given.length > MAX_LISTED_ISSUES ? given.slice(0, MAX_LISTED_ISSUES) : given;
    const extra = Number.isSafeInteger(omittedIssues) && omittedIssues > 0 ? omittedIssues : 0;
    const omitted = given.length - list.length + extra;
    const shownMessage = Math.max(SHOWN_MESSAGE_MIN, Math.floor(MESSAGE_BUDGET / list.length) - LINE_OVERHEAD);
    const lines = list.map((i) => `${text(i.rule, SHOWN_RULE)}: ${text(i.field, SHOWN_FIELD)} = ${show(i.value)}: ${text(i.message, shownMessage)}`);
    super(lines.join("; ") + (omitted > 0 ? `; … and ${omitted} more ${omitted === 1 ? "issue" : "issues"}` : ""));
    this.name = "RuleInputError";
    this.issues = Object.freeze(
      list.map((i) => Object.freeze(i.params === undefined ? { ...i } : { ...i, params: Object.freeze({ ...i.params }) })),
    );
    this.omittedIssues = omitted;
    Object.defineProperty(this, BRAND, { value: true });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The brand every {@link RuleInputError} carries, shared by the ESM and CommonJS builds. */
const BRAND: unique symbol = Symbol.for("kz-civil-service-rules/RuleInputError") as never;

/**
 * Whether `value` is a {@link RuleInputError} made by any build of the package (ESM or CommonJS)
 * or any copy of it — the test `instanceof RuleInputError` also makes. Never throws (a Proxy or a
 * getter of the caller's that throws is simply not a RuleInputError).
 *
 * @example
 * ```ts
 * try { selectionPersonalQualities(120) } catch (e) {
 *   if (isRuleInputError(e)) console.log(e.issues[0].rule) // "R-SEL-1"
 *   else throw e;
 * }
 * ```
 * @category Errors
 */
export function isRuleInputError(value: unknown): value is RuleInputError {
  if (typeof value !== "object" || value === null) return false;
  try {
    return Object.prototype.hasOwnProperty.call(value, BRAND) && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}
