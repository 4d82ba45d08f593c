import { fail } from "../../internal/validate.js";
import { CATEGORY_CODES } from "./personal-qualities-programs.js";
import { foldCode } from "../text-fold.js";

const RULE = "R-TH-4";
const KNOWN: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(CATEGORY_CODES))();

/**
 * **R-TH-4** — normalises a corps "B" category code to the library's spelling (Latin letters,
 * upper case, ASCII hyphens), and rejects codes the sources do not know.
 *
 * The sources mix Cyrillic and Latin look-alike letters in the same list: program 1 of App. 6
 * prints «А-1, В-1, В-2, В-3, B-4, С-1, … С-О-4, С-R-1, C-R-2 …» (line 2145: Cyrillic А, В, С, О, Е
 * next to Latin B, C, D, E, R, G). Folding:
 * - Cyrillic А В С Е О → Latin A B C E O (visual look-alikes), and Cyrillic Р → R (the letter R
 *   typed on a Cyrillic keyboard; no code contains P), in either case;
 * - lower case → upper case;
 * - dash variants (‐ ‑ ‒ – — ― −) → "-"; all whitespace removed;
 * - before all that, text copied from Word or a PDF is cleaned: NFC; zero-width joiners, word
 *   joiners, byte order marks, soft hyphens and bidirectional controls removed; a ZERO WIDTH SPACE
 *   is a space (removed like any); then NFKC (fullwidth «Ｃ－３» reads C-3). A control character
 *   (NUL …), a lone surrogate, a combining mark left over after NFC or another invisible format
 *   character is a {@link RuleInputError} with code `invalid-character` naming it and its position.
 *
 * The known codes are the 57 codes of the three testing programs (R-TH-1…3), which include the
 * 32 codes of the leadership positions table (R-GC-6).
 *
 * @rule R-TH-4
 * @param code - a category code as typed or copied, e.g. `"С-О-4"` (Cyrillic), `"c-o-4"`, `"C – O – 4"`.
 * @returns the code in Latin spelling, e.g. `"C-O-4"`.
 * @throws A {@link RuleInputError} when `code` is not a string, has a rejected character (code
 *   `invalid-character`) or is not a known category code.
 *
 * @example
 * ```ts
 * normalizeCategory("С-О-4") // "C-O-4" (Cyrillic С and О in)
 * normalizeCategory("e-r-3") // "E-R-3"
 * normalizeCategory("В – 2") // "B-2"
 * normalizeCategory("C-9")   // throws RuleInputError
 * ```
 * @category Thresholds
 */
export function normalizeCategory(code: string): string {
  if (typeof code !== "string") {
    fail(RULE, "code", code, `wrong type (${code === null ? "null" : typeof code}): expected a category code string such as "C-O-4"`);
  }
  const folded = foldCode(code, { rule: RULE, field: "code" });
  if (folded === "") fail(RULE, "code", code, "empty: expected a category code such as \"C-O-4\"");
  if (!KNOWN.has(folded)) {
    const hint = /[^A-Z0-9-]/.test(folded)
      ? ` (after folding look-alikes it still contains "${Array.from(new Set(folded.replace(/[A-Z0-9-]/g, "")))
          .join("")}", which no code has)`
      : "";
    fail(RULE, "code", code, `unknown category code "${folded}"${hint}; known codes: ${CATEGORY_CODES.join(", ")}`);
  }
  return folded;
}
