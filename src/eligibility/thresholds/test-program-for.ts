import * as z from "zod";
import { fail, parse } from "../../internal/validate.js";
import { findLeadershipRow } from "../registries/is-leadership-position.js";
import { LEADERSHIP_POSITIONS } from "../registries/leadership-positions.js";
import { normalizeCategory } from "./normalize-category.js";
import { AMBIGUOUS_CATEGORIES, PERSONAL_QUALITIES_PROGRAMS } from "./personal-qualities-programs.js";
import { cleanText, type TextSite } from "../../internal/text.js";

const RULE = "R-TH-4";
const POSITION_TITLE: TextSite = { rule: RULE, field: "opts.positionTitle" };

/** Options of {@link testProgramFor}. */
export interface TestProgramForOptions {
  /** Whether the position is a leadership one. Decides the six codes listed in both programs 1 and 2. */
  leadership?: boolean;
  /** The position title (Kazakh): decides when it is a row of the R-GC-6 table for the category. */
  positionTitle?: string;
  /**
   * What a `positionTitle` that is *not* a row of the table means for one of the six codes listed
   * in both programs. `"throw"` (default): nothing — the table's titles are generic, a concrete
   * title may be a leadership position the table names in general words; pass `leadership`.
   * `"non-leadership"`: the caller asserts its titles are spelled exactly as the table's, so a
   * title not in the table is a non-leadership position (program 2).
   */
  titleNotInTable?: "throw" | "non-leadership";
}

const optsSchema = /* @__PURE__ */ (() => z
  .strictObject({
    leadership: z.boolean().optional(),
    // not trimmed here: the title is cleaned below, so a rejected character's position is counted in the title as given
    positionTitle: z.string().min(1, "empty: expected a position title (Kazakh)").optional(),
    titleNotInTable: z.enum(["throw", "non-leadership"]).optional(),
  })
  .optional())();

const P1: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(PERSONAL_QUALITIES_PROGRAMS[1].categories))();
const P2: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(PERSONAL_QUALITIES_PROGRAMS[2].categories))();

/**
 * **R-TH-4** — which personal-qualities testing program (R-TH-1…3) a candidate for a category
 * takes: 1 (leadership), 2 (non-leadership) or 3 (lower positions not requiring work experience).
 *
 * > «Бірінші бағдарлама басшылық әкімшілік мемлекеттік лауазымдарының А-1, В-1, В-2, В-3, B-4, …
 * > санаттарына арналған …» — «Екінші бағдарлама басшылық емес әкімшілік мемлекеттік
 * > лауазымдарының А-2, А-3, А-4, А-5, В-2, В-3, В-4, B-5, С-3, С-4, С-О-4, D-3, D-4 санаттарына
 * > арналған …» — «Үшінші бағдарлама жұмыс өтілін қажет етпейтін, төменгі әкімшілік мемлекеттік
 * > лауазымдарының B-6, C-5, … санаттарына арналған …» (001 lines 2145, 2151, 2157)
 *
 * "Program 1 is for the leadership categories …; program 2 for the non-leadership categories …;
 * program 3 for the lower categories not requiring work experience …"
 *
 * Six codes — **B-2, B-3, B-4, C-3, C-O-4, D-3** — are listed in both program 1 and program 2: the
 * category does not decide, the position does. For them the caller must give `leadership`, or a
 * `positionTitle` that is a row of the R-GC-6 table for that category (then program 1). The
 * library never guesses: without either, or with a title the table does not list (unless
 * `titleNotInTable: "non-leadership"`), it throws. A `leadership` flag that contradicts the
 * category (e.g. `leadership: true` for A-2, a program-2-only code) or the title also throws.
 *
 * `positionTitle` is matched as {@link isLeadershipPosition} matches titles. Invisible characters
 * of text copied from Word or a PDF are dealt with first, whatever the category (NFC; zero-width
 * joiners, word joiners, byte order marks, soft hyphens and bidirectional controls removed; a ZERO
 * WIDTH SPACE counts as a space); a control character (NUL …), a lone surrogate, a combining mark
 * left over after NFC or another invisible format character in it is a {@link RuleInputError}
 * with code `invalid-character`, and a title that is blank once cleaned is an error too — such a
 * title never silently reads as "not in the table".
 *
 * @rule R-TH-4
 * @param category - a category code; Cyrillic look-alikes, case, spaces and dash variants are folded ({@link normalizeCategory}).
 * @param opts - `leadership`, `positionTitle`, `titleNotInTable` (see {@link TestProgramForOptions}).
 * @returns 1, 2 or 3.
 * @throws A {@link RuleInputError} for an unknown code, an undecided ambiguous code, contradicting
 *   options, or a `positionTitle` that is blank or has a rejected character (code `invalid-character`).
 *
 * @example
 * ```ts
 * testProgramFor("С-О-5")                                   // 3
 * testProgramFor("A-1")                                     // 1
 * testProgramFor("B-2", { leadership: false })              // 2
 * testProgramFor("С-3", { positionTitle: "Басқарма басшысы" }) // 1 (a row of the R-GC-6 table)
 * testProgramFor("D-3")                                     // throws: leadership or not?
 * ```
 * @category Thresholds
 */
export function testProgramFor(category: string, opts?: TestProgramForOptions): 1 | 2 | 3 {
  const cat = normalizeCategory(category);
  const o = parse(optsSchema, opts, RULE, "opts") ?? {};
  if (o.positionTitle !== undefined && cleanText(o.positionTitle, POSITION_TITLE).trim() === "") {
    fail(RULE, "opts.positionTitle", o.positionTitle, "empty: expected a position title (Kazakh)");
  }
  const inP1 = P1.has(cat);
  const inP2 = P2.has(cat);

  if (!inP1 && !inP2) {
    if (o.leadership === true) {
      fail(RULE, "opts.leadership", true, `category ${cat} is a lower position (program 3 only), not a leadership one`);
    }
    return 3;
  }
  if (inP1 && !inP2) {
    if (o.leadership === false) {
      fail(RULE, "opts.leadership", false, `category ${cat} is listed only in program 1 (leadership positions)`);
    }
    return 1;
  }
  if (!inP1 && inP2) {
    if (o.leadership === true) {
      fail(RULE, "opts.leadership", true, `category ${cat} is listed only in program 2 (non-leadership positions)`);
    }
    return 2;
  }

  // One of the six codes of both programs.
  let byTitle: boolean | undefined;
  if (o.positionTitle !== undefined) {
    if (findLeadershipRow(cat, o.positionTitle, POSITION_TITLE)) byTitle = true;
    else if (o.titleNotInTable === "non-leadership") byTitle = false;
  }
  if (o.leadership !== undefined && byTitle !== undefined && o.leadership !== byTitle) {
    fail(
      RULE,
      "opts",
      opts,
      byTitle
        ? `leadership: false contradicts positionTitle, which is a leadership position of ${cat} in the R-GC-6 table`
        : `leadership: true contradicts positionTitle, which is not in the R-GC-6 table for ${cat} (titleNotInTable: "non-leadership")`,
    );
  }
  const leadership = o.leadership ?? byTitle;
  if (leadership === undefined) {
    const rows = LEADERSHIP_POSITIONS.filter((r) => r.category === cat).map((r) => `«${r.title}»`);
    const why =
      o.positionTitle === undefined
        ? `category ${cat} is listed in both program 1 (leadership) and program 2 (non-leadership) — ` +
          `the six such codes are ${AMBIGUOUS_CATEGORIES.join(", ")}; pass opts.leadership, or opts.positionTitle`
        : `positionTitle is not a row of the R-GC-6 leadership table for ${cat}, so the table does not decide ` +
          `(its titles are generic); pass opts.leadership, or titleNotInTable: "non-leadership" if your titles are spelled as the table's`;
    fail(RULE, o.positionTitle === undefined ? "category" : "opts.positionTitle", o.positionTitle ?? category,
      `${why}. Leadership titles of ${cat}: ${rows.join("; ")}`);
  }
  return leadership ? 1 : 2;
}
