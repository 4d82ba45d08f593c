/**
 * The cleaning of text inputs before any lookup (internal; not exported from the package) —
 * issue 23, item 2: no silent wrong answer because of a character the caller cannot see.
 *
 * Text copied from Word, a PDF or a web page carries characters that are invisible on screen: a
 * zero width space where a line could break, a zero width joiner, a byte order mark, a soft hyphen,
 * bidirectional controls, sometimes a NUL or a combining accent left over from a broken
 * conversion. Before this module, `isLeadershipPosition("C-3", "басқарма\u200bбасшысы")` answered
 * `false` (the title with an ordinary space answers `true`): the lookup compared the invisible
 * character like any letter and silently missed. Every function of the library that compares a
 * caller's text against a list (category codes, CEFR levels, position titles, region and city
 * names, state-body names, language-test names) first passes the text through {@link cleanText},
 * so the policy below is written here once.
 *
 * ## The policy
 *
 * 1. **NFC first** (canonical composition: «е» + U+0308 becomes «ё», «и» + U+0306 becomes «й»).
 *    Lookups of codes made of ASCII letters, digits and hyphens (category codes, CEFR levels)
 *    apply NFKC on top, after cleaning, as a folding step of their own (fullwidth «Ｃ», a
 *    superscript «¹» fold to C and 1): a code is then compared with a closed list, so whatever
 *    NFKC makes of a stray character ends in an "unknown code" error, never in a silent answer.
 * 2. **Removed** — invisible formatting characters that never change a letter:
 *    ZERO WIDTH NON-JOINER U+200C, ZERO WIDTH JOINER U+200D, WORD JOINER U+2060, ZERO WIDTH
 *    NO-BREAK SPACE / byte order mark U+FEFF, SOFT HYPHEN U+00AD, MONGOLIAN VOWEL SEPARATOR
 *    U+180E, and the bidirectional controls LEFT-TO-RIGHT MARK U+200E, RIGHT-TO-LEFT MARK U+200F,
 *    ARABIC LETTER MARK U+061C, the embeddings and overrides U+202A–U+202E (LRE, RLE, PDF, LRO,
 *    RLO) and the isolates U+2066–U+2069 (LRI, RLI, FSI, PDI). A removed character joins what is
 *    on either side of it: «басқарма\u2060басшысы» is «басқармабасшысы» (a word joiner says "no
 *    break here"), and «басқарма\u2060 басшысы» is «басқарма басшысы».
 * 3. **Folded to a space** — ZERO WIDTH SPACE U+200B, which Unicode defines as a word boundary
 *    (a line may break there): «басқарма\u200bбасшысы» reads «басқарма басшысы». Each lookup then
 *    collapses runs of spaces as it always did.
 * 4. **Whitespace as before** — tab, line feed, vertical tab, form feed, carriage return, NO-BREAK
 *    SPACE U+00A0, the spaces U+2000–U+200A, NARROW NO-BREAK SPACE U+202F, MEDIUM MATHEMATICAL
 *    SPACE U+205F, IDEOGRAPHIC SPACE U+3000, LINE and PARAGRAPH SEPARATOR U+2028, U+2029 are kept;
 *    every lookup treats them as spaces (and removes them from codes).
 * 5. **Rejected** with a {@link RuleInputError} (issue code `invalid-character`, `params.codePoint`
 *    such as `"U+0000"`, the rule id of the function and the name of the field) — characters that
 *    are not text, or text that is broken, where any answer could be silently wrong:
 *    - C0 control characters other than the whitespace above (U+0000–U+0008, U+000E–U+001F),
 *      DELETE U+007F and the C1 controls U+0080–U+009F (NEXT LINE U+0085 included);
 *    - a lone surrogate (half of a character whose other half was cut off);
 *    - a combining mark (Unicode general category M) still present after normalisation: every
 *      Kazakh, Russian and English letter has a precomposed form, so a mark left over — alone, on
 *      a space, doubled, or on a letter with no precomposed form such as «б» + U+0301 — is a
 *      corruption the lookup would otherwise silently miss;
 *    - any other invisible format character (Unicode general category Cf) not removed by point 2,
 *      e.g. the invisible operators U+2061–U+2064, tag characters U+E0020–U+E007F or the
 *      interlinear annotation characters U+FFF9–U+FFFB: the library does not guess what they
 *      stand for.
 *
 *    The message names the character and its position, e.g. `invalid character U+0000 at position
 *    8 (a control character): remove it`. The position is counted from 0 in UTF-16 code units of
 *    the string as given (`value[8]`), which is the count of characters for Kazakh, Russian and
 *    English text. The first offending character is reported.
 *
 * After removals the text is normalised to NFC again (a removed joiner may have separated two
 * characters that compose), so the result is always NFC and cleaning is idempotent:
 * `cleanText(cleanText(s)) === cleanText(s)`.
 *
 * ## Time
 *
 * Linear in the length of the text: one normalisation, one scan by a regular expression that is a
 * single character class (no quantifier, no alternation, nothing to backtrack), and, when something
 * was removed, one more normalisation. 100,000 invisible characters are measured in
 * `bench/text-fold.bench.ts`. On an error, locating the character in the text as given is one more
 * linear scan.
 *
 * @internal
 * @module
 */
import { RuleInputError } from "../errors.js";

/** Where a text came from, for the error: the rule id of the function and the field's name. */
export interface TextSite {
  /** Rule id, e.g. `"R-GC-6"`. */
  readonly rule: string;
  /** Field name as the caller knows it, e.g. `"title"` or `"p.languageCertificate.test"`. */
  readonly field: string;
}

/** Removed (point 2 of the policy). */
const REMOVED: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([
  0x00ad, 0x061c, 0x180e, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
]))();

/** ZERO WIDTH SPACE: folded to a space (point 3). */
const ZWSP = 0x200b;

/**
 * Every character the scan must look at: controls (Cc: the C0 and C1 controls and DEL), format
 * characters (Cf: all of point 2, ZERO WIDTH SPACE and the rejected rest), combining marks (M) and
 * surrogates (Cs: with the `u` flag, only a lone one matches). One character class, so the scan
 * cannot backtrack.
 */
const SPECIAL = /[\p{Cc}\p{Cf}\p{M}\p{Cs}]/gu;

/** The same class, not global: whether there is anything to look at (no `lastIndex` state). */
const ANY_SPECIAL = /[\p{Cc}\p{Cf}\p{M}\p{Cs}]/u;

const MARK = /^\p{M}$/u;
const SURROGATE = /^\p{Cs}$/u;

/** The whitespace controls kept as they are: tab, line feed, vertical tab, form feed, carriage return. */
const isWhitespaceControl = (cp: number): boolean => cp >= 0x09 && cp <= 0x0d;

/** `"U+0000"`, `"U+202E"`, `"U+E0041"`: the code point in hex, upper case, at least four digits. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What kind of rejected character `ch` is, as the message says it. */
function kindOf(ch: string): string {
  if (SURROGATE.test(ch)) return "a lone surrogate: half of a character whose other half is missing";
  if (MARK.test(ch)) return "a combining mark that composes with no letter before it";
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return "a control character";
  return "an invisible format character";
}

/**
 * Where, in the text as given, the rejected character at `index` of its normalised form is.
 * Control, format and surrogate characters pass NFC unchanged and in order, so the n-th occurrence
 * in the normalised text is the n-th in the text as given. A combining mark may have been composed
 * away, reordered, or produced by NFC itself (a precomposed character excluded from composition,
 * such as U+0958, comes out as a letter and a mark): the text as given is cut into clusters (a
 * character that is not a mark, with the marks after it); the first cluster that has a mark after
 * NFC holds the culprit, and within it the first mark whose prefix leaves a mark is the one
 * reported — or, when no mark of the cluster does, the cluster's first character. `index` itself
 * when the text was already NFC (or, defensively, when nothing is found).
 */
function originalIndex(input: string, normalized: string, index: number, ch: string): number {
  if (input === normalized) return index;
  if (!MARK.test(ch)) {
    let n = 0;
    for (let i = normalized.indexOf(ch); i !== -1 && i < index; i = normalized.indexOf(ch, i + ch.length)) n++;
    let j = input.indexOf(ch);
    for (; j !== -1 && n > 0; n--) j = input.indexOf(ch, j + ch.length);
    return j === -1 ? index : j;
  }
  let start = 0;
  const check = (end: number): number | undefined => {
    if (end === start || !hasMarkAfter(input.slice(start, end))) return undefined;
    for (let k = start; k < end; ) {
      const c = String.fromCodePoint(input.codePointAt(k)!);
      k += c.length;
      if (MARK.test(c) && hasMarkAfter(input.slice(start, k))) return k - c.length;
    }
    return start;
  };
  for (let i = 0; i < input.length; ) {
    const c = String.fromCodePoint(input.codePointAt(i)!);
    if (!MARK.test(c)) {
      const found = check(i);
      if (found !== undefined) return found;
      start = i;
    }
    i += c.length;
  }
  return check(input.length) ?? index;
}

/** Whether `s`, in NFC, still contains a combining mark. */
function hasMarkAfter(s: string): boolean {
  for (const c of s.normalize("NFC")) if (MARK.test(c)) return true;
  return false;
}

/**
 * Cleans a text input by the policy of this module: NFC, invisible formatting characters
 * removed, ZERO WIDTH SPACE made a space; control characters, lone surrogates, left-over combining
 * marks and other format characters rejected.
 *
 * Whitespace is not collapsed and case is not changed: each lookup folds those as it documents.
 *
 * @param input - the text as the caller gave it (a string; callers check the type first).
 * @param site - the rule id and field name for the error.
 * @returns the cleaned text, in NFC.
 * @throws A {@link RuleInputError} with code `invalid-character` and `params.codePoint` for the
 *   first rejected character, its position in `input` in the message.
 */
export function cleanText(input: string, site: TextSite): string {
  const s = input.normalize("NFC");
  if (!ANY_SPECIAL.test(s)) return s;
  let changed = false;
  const out = s.replace(SPECIAL, (ch: string, offset: number): string => {
    const cp = ch.codePointAt(0)!;
    if (isWhitespaceControl(cp)) return ch;
    if (cp === ZWSP) {
      changed = true;
      return " ";
    }
    if (REMOVED.has(cp)) {
      changed = true;
      return "";
    }
    const at = originalIndex(input, s, offset, ch);
    // NFC may reorder marks: name the mark found in the text as given (the character at `at`)
    const given = at < input.length ? String.fromCodePoint(input.codePointAt(at)!) : ch;
    const shown = MARK.test(ch) && MARK.test(given) ? given : ch;
    const label = codePointLabel(shown.codePointAt(0)!);
    throw new RuleInputError([
      {
        field: site.field,
        value: input,
        rule: site.rule,
        message: `invalid character ${label} at position ${at} (${kindOf(shown)}): remove it`,
        code: "invalid-character",
        params: { codePoint: label },
      },
    ]);
  });
  return changed ? out.normalize("NFC") : out;
}
