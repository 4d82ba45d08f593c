import { fail } from "../../internal/validate.js";
import { foldCode } from "../text-fold.js";

/**
 * The CEFR levels in ascending order (A1 < A2 < B1 < B2 < C1 < C2).
 *
 * @category Presidential Youth Reserve
 */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;

/**
 * A CEFR level of {@link CEFR_LEVELS}.
 *
 * @category Presidential Youth Reserve
 */
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/**
 * **R-PYR-2** — normalises a state-language level to its CEFR spelling: Cyrillic look-alikes
 * (А В С → A B C), case, spaces and dashes are folded; anything but A1, A2, B1, B2, C1, C2 throws.
 *
 * Text copied from Word or a PDF is cleaned first: NFC; zero-width joiners, word joiners, byte
 * order marks, soft hyphens and bidirectional controls removed; a ZERO WIDTH SPACE is a space
 * (removed like any); then NFKC (fullwidth «Ｂ１» reads B1). A control character (NUL …), a lone
 * surrogate, a combining mark left over after NFC or another invisible format character is a
 * {@link RuleInputError} with code `invalid-character` naming it and its position.
 *
 * The procedure writes the level with a Cyrillic В: «орта деңгейден төмен емес (В1) ресми
 * сертификат» (004 lines 136–138; also line 252).
 *
 * @rule R-PYR-2
 * @param level - e.g. `"В1"` (Cyrillic В), `"b1"`, `" B 1 "`.
 * @param field - field name shown in errors (default `"level"`).
 * @returns `"A1" | "A2" | "B1" | "B2" | "C1" | "C2"`.
 * @throws A {@link RuleInputError} when the level is not a string, has a rejected character (code
 *   `invalid-character`) or is not one of the six levels.
 *
 * @example
 * ```ts
 * normalizeLanguageLevel("В1") // "B1" (Cyrillic В in)
 * normalizeLanguageLevel("c1") // "C1"
 * normalizeLanguageLevel("B3") // throws RuleInputError
 * ```
 * @category Presidential Youth Reserve
 */
export function normalizeLanguageLevel(level: string, field = "level"): CefrLevel {
  if (typeof level !== "string") {
    fail("R-PYR-2", field, level, `wrong type (${level === null ? "null" : typeof level}): expected a CEFR level such as "B1"`);
  }
  const f = foldCode(level, { rule: "R-PYR-2", field }).replace(/-/g, "");
  if (!(CEFR_LEVELS as readonly string[]).includes(f)) {
    fail("R-PYR-2", field, level, `unknown level "${f}": expected one of ${CEFR_LEVELS.join(", ")} (Cyrillic А, В, С are accepted)`);
  }
  return f as CefrLevel;
}
