import { LEADERSHIP_POSITIONS, type LeadershipPosition } from "./leadership-positions.js";
import { normalizeCategory } from "../thresholds/normalize-category.js";

/**
 * **R-GC-6** — the rows of the leadership positions table for one category, in the source's order
 * (general competition rules App. 1, new edition by ASA-52-2026 App. 2; 001 lines 1642–1927).
 *
 * A category of program 2 or 3 only (e.g. A-2, C-5) has no row: the result is `[]`.
 *
 * @rule R-GC-6
 * @param category - a category code (Cyrillic or Latin look-alikes accepted, see {@link normalizeCategory}).
 * @returns the rows (category, title as printed, seed line), possibly empty.
 * @throws A {@link RuleInputError} for an unknown category code.
 *
 * @example
 * ```ts
 * leadershipPositionsFor("C-3").map((r) => r.title)
 * // ["Басқарма басшысы", "Басқарма басшысының орынбасары", "Консул-консулдықтың басшысы"]
 * leadershipPositionsFor("A-2") // []
 * ```
 * @category Thresholds
 */
export function leadershipPositionsFor(category: string): readonly LeadershipPosition[] {
  const cat = normalizeCategory(category);
  return LEADERSHIP_POSITIONS.filter((r) => r.category === cat);
}
