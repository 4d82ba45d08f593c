import { fail } from "../../internal/validate.js";
import { LEADERSHIP_POSITIONS, type LeadershipPosition } from "./leadership-positions.js";
import { normalizeCategory } from "../thresholds/normalize-category.js";
import { foldTitle, type TextSite } from "../text-fold.js";
import { cleanText } from "../../internal/text.js";

const RULE = "R-GC-6";
const TITLE: TextSite = { rule: RULE, field: "title" };

/** Folded title → rows, per category (built once; the table is constant). */
const INDEX: ReadonlyMap<string, ReadonlyMap<string, LeadershipPosition>> = /* @__PURE__ */ (() => {
  const m = new Map<string, Map<string, LeadershipPosition>>();
  for (const row of LEADERSHIP_POSITIONS) {
    let byTitle = m.get(row.category);
    if (!byTitle) m.set(row.category, (byTitle = new Map()));
    for (const t of [row.title, ...(row.variants ?? [])]) byTitle.set(foldTitle(t, { rule: RULE, field: "LEADERSHIP_POSITIONS" }), row);
  }
  return m;
})();

/**
 * Finds the row of the R-GC-6 table that a title matches within a category (internal helper of
 * {@link isLeadershipPosition} and {@link testProgramFor}); `undefined` when none does.
 * `category` must already be normalised. The title is cleaned and folded by {@link foldTitle};
 * a rejected character throws at `site` (the caller's rule id and field).
 *
 * @internal
 */
export function findLeadershipRow(category: string, title: string, site: TextSite = TITLE): LeadershipPosition | undefined {
  return INDEX.get(category)?.get(foldTitle(title, site));
}

/**
 * **R-GC-6** — whether a position title is listed, for that category, in the table of leadership
 * positions of corps "B" (general competition rules App. 1, new edition by ASA-52-2026 App. 2).
 *
 * > «"Б"корпусының басқарушы мемлекеттік әкімшілік лауазымдары» — "Leadership (managing)
 * > administrative civil-service positions of corps "B"" (the table's heading, 001 line 1649).
 *
 * Matching is exact after folding both sides: case, runs of spaces, dash variants, quotes («» " ')
 * and Latin look-alike letters typed into Kazakh words (a, c, e, o, p, x, y, k, i → а, с, е, о, р,
 * х, у, к, і). Invisible characters of text copied from Word or a PDF are dealt with first (NFC;
 * zero-width joiners, word joiners, byte order marks, soft hyphens and bidirectional controls
 * removed; a ZERO WIDTH SPACE counts as a space), and a control character (NUL …), a lone
 * surrogate, a combining mark left over after NFC or another invisible format character is a
 * {@link RuleInputError} with code `invalid-character` — never a silent `false`. Rows that name several bodies in one line (B-3, C-O-3) also match their one-body
 * forms (see {@link LeadershipPosition.variants}). Nothing else is inferred: the table's titles
 * are generic ("Басқарма басшысы" — head of an administration), so a concrete title such as
 * "Кадр саясаты басқармасының басшысы" does **not** match, and `false` means only "this exact
 * title is not a row of the table for this category", not "this is not a leadership position".
 *
 * @rule R-GC-6
 * @param category - a category code (Cyrillic or Latin look-alikes accepted, see {@link normalizeCategory}).
 * @param title - the position title in Kazakh.
 * @returns `true` when the title is a row of the table for that category.
 * @throws A {@link RuleInputError} for an unknown category code, a title that is not a non-empty
 *   string (blank once invisible characters are removed), or a title with a rejected character
 *   (code `invalid-character`, the character and its position in the message).
 *
 * @example
 * ```ts
 * isLeadershipPosition("С-3", "Басқарма басшысы")            // true  (C-3, line 1741)
 * isLeadershipPosition("B-2", "құрылымдық бөлімше басшысының орынбасары") // true (line 1685)
 * isLeadershipPosition("B-2", "Бас маман")                    // false
 * isLeadershipPosition("C-3", "басқарма\u200bбасшысы")       // true  (zero width space = a space)
 * isLeadershipPosition("C-3", "басқарма\u0000басшысы")       // throws: invalid character U+0000 at position 8
 * ```
 * @category Thresholds
 */
export function isLeadershipPosition(category: string, title: string): boolean {
  const cat = normalizeCategory(category);
  const clean = typeof title === "string" ? cleanText(title, TITLE) : "";
  if (clean.trim() === "") {
    fail(RULE, "title", title, "expected a non-empty position title (Kazakh), e.g. \"Басқарма басшысы\"");
  }
  return findLeadershipRow(cat, clean) !== undefined;
}
