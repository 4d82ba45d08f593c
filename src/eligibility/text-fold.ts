/**
 * Text normalisation shared by the eligibility lookups (internal; not exported from the package).
 *
 * The sources mix Cyrillic and Latin look-alike letters inside codes: the testing programs write
 * "С-О-4" (Cyrillic С and О) and "C-O-5" (Latin), the Reserve procedure writes "В1" with a
 * Cyrillic В. These helpers fold such input to one canonical spelling before any comparison.
 *
 * Every helper first cleans its input with {@link cleanText} (`src/internal/text.ts`, issue 23
 * item 2): NFC; zero-width joiners, word joiners, byte order marks, soft hyphens and bidirectional
 * controls removed; ZERO WIDTH SPACE made a space; control characters, lone surrogates, left-over
 * combining marks and other invisible format characters rejected with a {@link RuleInputError}
 * (code `invalid-character`) naming the `site` — the rule id and field of the public function
 * that was called. So an invisible character either changes nothing or is an error, never a silent
 * "not found". The folding itself is linear in the length of the text (no backtracking patterns).
 *
 * @internal
 * @module
 */
import { cleanText, type TextSite } from "../internal/text.js";

export type { TextSite } from "../internal/text.js";

/**
 * Cyrillic letters folded to Latin in codes (category codes, CEFR levels). А В С Е О are visual
 * look-alikes; Р (Cyrillic Er) looks like Latin P but *is* the letter R — it is folded to R
 * because a Cyrillic keyboard produces Р for the R of "C-R-1", and no code contains P.
 */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
  А: "A", В: "B", С: "C", Е: "E", О: "O", Р: "R",
  а: "A", в: "B", с: "C", е: "E", о: "O", р: "R",
};

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, small/fullwidth hyphen-minus. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;

/**
 * Folds a code: cleaned ({@link cleanText}), then NFKC (a code is ASCII letters, digits and
 * hyphens: fullwidth and superscript forms fold to them), Cyrillic look-alikes → Latin, upper case,
 * every dash variant → "-", every whitespace removed. Returns the folded string (not validated:
 * the caller compares it with its closed list of codes).
 *
 * @throws A {@link RuleInputError} (code `invalid-character`, at `site`) for a rejected character.
 */
export function foldCode(input: string, site: TextSite): string {
  let s = cleanText(input, site).normalize("NFKC").replace(DASHES, "-").replace(/\s+/gu, "");
  s = Array.from(s, (ch) => CYR_TO_LAT[ch] ?? ch).join("");
  return s.toUpperCase();
}

/** Latin letters folded to their Cyrillic look-alikes in Kazakh titles (after lower-casing). */
const LAT_TO_CYR: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", i: "і", h: "һ",
};

/**
 * Folds a Kazakh title or name for comparison: cleaned ({@link cleanText}: NFC, invisible
 * characters removed, ZERO WIDTH SPACE → space), lower case, Latin look-alikes → Cyrillic
 * (including Latin i → Kazakh і, used by older texts), dash variants → "-", typographic quotes
 * and «» removed, spaces around "-" removed, runs of whitespace → one space, trimmed, a final
 * full stop dropped.
 *
 * @throws A {@link RuleInputError} (code `invalid-character`, at `site`) for a rejected character.
 */
export function foldTitle(input: string, site: TextSite): string {
  let s = cleanText(input, site).toLowerCase().replace(DASHES, "-");
  s = Array.from(s, (ch) => LAT_TO_CYR[ch] ?? ch).join("");
  s = s.replace(/["'«»“”„‘’`]/g, "");
  s = spacesAroundDashes(s).trim();
  return s.replace(/\.$/, "");
}

/**
 * Folds a free-text name (regions, cities: Kazakh, Russian or English) for comparison: cleaned
 * ({@link cleanText}: NFC, invisible characters removed, ZERO WIDTH SPACE → space), lower case,
 * dash variants → "-", punctuation except "-" removed, whitespace collapsed. Letters are not
 * transliterated (English names stay Latin, Kazakh and Russian stay Cyrillic).
 *
 * @throws A {@link RuleInputError} (code `invalid-character`, at `site`) for a rejected character.
 */
export function foldName(input: string, site: TextSite): string {
  const s = cleanText(input, site)
    .toLowerCase()
    .replace(DASHES, "-")
    .replace(/[.,;:"'«»“”„‘’`()]/g, " ");
  return spacesAroundDashes(s).trim();
}

/**
 * Whitespace next to a "-" removed, every other run of whitespace made one space — in time linear
 * in the length (issue 23: the pattern "any spaces, a dash, any spaces" backtracked over a long
 * run of spaces not followed by "-", quadratic: 100,000 spaces took about 5 s). Runs are collapsed
 * first, so each dash has at most one space on either side to drop; the pattern matches the spaces
 * only, so a run of 10,000,000 dashes is not 10,000,000 replacements.
 */
export function spacesAroundDashes(s: string): string {
  // only the spaces are matched and removed, so a long run of dashes costs no replacement per dash
  return s.replace(/\s+/gu, " ").replace(/ (?=-)|(?<=-) /g, "");
}
