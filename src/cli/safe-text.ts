/**
 * Text from the input made safe to print on a terminal (issue 23, item 7): every string that comes
 * from an input file or the command line and is printed — in a table, a line of a result, an
 * explanation, an error message — goes through {@link safeText} (or {@link quoted}, its quoting
 * form), and run.ts passes each whole output through {@link safeLines} as a last net.
 *
 * ## What is escaped
 *
 * Characters a terminal would interpret instead of showing, or that reorder what is shown:
 *
 * - the C0 controls U+0000–U+001F (ESC starts the escape sequences that clear a screen or set a
 *   window title; BEL ends some of them; CR moves back to the start of the line), DELETE U+007F
 *   and the C1 controls U+0080–U+009F (U+009B is a one-character CSI on some terminals);
 * - the bidirectional controls that reorder the text after them: LEFT-TO-RIGHT and RIGHT-TO-LEFT
 *   MARK U+200E, U+200F, ARABIC LETTER MARK U+061C, the embeddings and overrides U+202A–U+202E and
 *   the isolates U+2066–U+2069 (a right-to-left override makes `exe.txt` read `txt.exe`);
 * - LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029 (a line break to some viewers);
 * - a lone surrogate (half of a character whose other half was cut off), which would otherwise be
 *   written as U+FFFD and hide what the file holds.
 *
 * Each is written as a visible escape in the style of JSON: `\n`, `\r`, `\t` for line feed,
 * carriage return and tab, `\uXXXX` (four lower-case hex digits) for every other one, e.g.
 * `\u001b`, `\u202e`. So a name with a line break stays on its table row (`Айгерім\nН.`), and the
 * same escape in `--json` output is JSON's own escape of the same character: passing JSON text
 * through {@link safeLines} changes its bytes, never its value. A backslash is left as it is (a
 * Windows path stays readable), so a file holding the six characters `\u001b` prints like one
 * holding the ESC character: both are harmless.
 *
 * Everything else is printed as given: letters of every script, spaces, emoji, and invisible
 * characters that do not move or hide text (a zero width space, a soft hyphen).
 *
 * ## Cutting
 *
 * With `max`, a longer text keeps its first `max` UTF-16 code units (one fewer rather than half of
 * a surrogate pair) and ends in `… (N characters)`, N being the length of the whole text in UTF-16
 * code units (the count of characters for Kazakh, Russian and English text). Error messages cut
 * every value they echo at {@link MESSAGE_VALUE_MAX}: a 52 MB header line is named, not echoed.
 *
 * ## Time
 *
 * One scan by a regular expression made of character classes (nothing to backtrack); a text
 * with nothing to escape is returned as it is.
 *
 * @internal
 * @module
 */
import type { ExplainLang } from "../explain/types.js";
import { tr } from "./i18n/index.js";


/** Longest value (UTF-16 code units) an error message or a table cell echoes before the cut. */
export const MESSAGE_VALUE_MAX = 80;

// The characters of the module comment (the same list twice: with and without the line feed).
const ESCAPED =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPED_BUT_LF =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The visible escape of one character matched by {@link ESCAPED}. */
const escapeOne = (c: string): string => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** `s` with every character of `re` escaped (`s` itself when there is none). */
function escapeWith(s: string, re: RegExp): string {
  return s.search(re) === -1 ? s : s.replace(re, escapeOne);
}

/** Where to cut `s` to keep at most `max` code units without splitting a surrogate pair. */
function cutAt(s: string, max: number): number {
  const code = s.charCodeAt(max - 1);
  return max > 0 && code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** `(N characters)` with N written with thousands separators, e.g. `(52,428,800 characters)`. */
const length = (n: number): string => `(${n.toLocaleString("en")} characters)`;

/**
 * A text cut after `max` UTF-16 code units (one fewer rather than half of a surrogate pair) with
 * `… (N characters)`, N the whole text's length; a text not longer than `max` as it is. Nothing is
 * escaped: for a value that is quoted later (a RuleInputError's value, shown by the library).
 *
 * @param s - the text as read.
 * @param max - the longest text kept whole.
 * @returns `s`, or its start and its length.
 * @example
 * ```ts
 * cutText("x".repeat(100), 5)   // 'xxxxx… (100 characters)'
 * ```
 */
export function cutText(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, cutAt(s, max))}… ${length(s.length)}` : s;
}

/**
 * A text from the input, safe to print: controls, bidirectional controls, line and paragraph
 * separators and lone surrogates escaped (see the module comment), and, with `max`, cut after
 * `max` UTF-16 code units with `… (N characters)`.
 *
 * @param s - the text as read.
 * @param max - the longest text kept whole (no cut when absent).
 * @returns the text to print; a text with nothing to escape and not longer than `max` is `s`.
 * @example
 * ```ts
 * safeText("X\u001b[2J\u001b]0;pwned\u0007")   // 'X\\u001b[2J\\u001b]0;pwned\\u0007'
 * safeText("Айгерім\nН.")                       // 'Айгерім\\nН.'
 * safeText("x".repeat(100), 5)                 // 'xxxxx… (100 characters)'
 * ```
 */
export function safeText(s: string, max?: number): string {
  // the cut's own "… (N characters)" has nothing to escape
  return escapeWith(max === undefined ? s : cutText(s, max), ESCAPED);
}

/**
 * A value from the input quoted for an error message: `"…"` with JSON's quoting (quotes and
 * backslashes escaped), then {@link safeText}'s escapes; a value longer than `max` is cut, the
 * length following the closing quote: `"xxxx…" (52,428,800 characters)`.
 *
 * @param s - the value as read.
 * @param max - the longest value quoted whole (default {@link MESSAGE_VALUE_MAX}).
 * @returns the quoted value.
 * @example
 * ```ts
 * quoted('say "hi"\u202e')   // '"say \\"hi\\"\\u202e"'
 * ```
 */
export function quoted(s: string, max: number = MESSAGE_VALUE_MAX): string {
  if (s.length <= max) return safeText(JSON.stringify(s));
  return `${safeText(JSON.stringify(s.slice(0, cutAt(s, max)) + "…"))} ${length(s.length)}`;
}

/**
 * Any value read from a JSON file, for an error message's "got …": a string {@link quoted}; a
 * number, boolean or null as JSON writes it; an array or an object by its kind only (never
 * serialised: it may be huge or nested deeper than the stack); a missing value as `undefined`.
 *
 * @param v - the value as parsed.
 * @param lang - the language of the description of an array or an object.
 * @returns a short description, at most a few dozen characters beyond {@link MESSAGE_VALUE_MAX}.
 * @example
 * ```ts
 * shown([1, 2])    // 'an array of 2 items'
 * shown([[[]]])    // 'an array of 1 item'
 * shown(undefined) // 'undefined'
 * ```
 */
export function shown(v: unknown, lang: ExplainLang = "en"): string {
  if (typeof v === "string") return quoted(v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return v.length === 1 ? tr(lang, "value.arrayOne") : tr(lang, "value.array", { count: v.length });
  return typeof v === "object" ? tr(lang, "value.object") : typeof v;
}

/**
 * A whole output, safe to print: as {@link safeText} without a cut, but line feeds are kept (they
 * separate the output's own lines). run.ts writes every result and every error through it, so a
 * character that slipped past the commands (an id inside an explanation sentence) is escaped too.
 *
 * @param s - the text to write.
 * @returns `s` with every character but the line feed of the module comment's list escaped.
 */
export function safeLines(s: string): string {
  return escapeWith(s, ESCAPED_BUT_LF);
}
