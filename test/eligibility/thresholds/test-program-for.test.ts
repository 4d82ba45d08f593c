// Tests of src/eligibility/thresholds/test-program-for.ts: testProgramFor (R-TH-4) — which
// personal-qualities program a category takes, the six ambiguous codes, position titles (R-GC-6 table), errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { CATEGORY_CODES, PERSONAL_QUALITIES_PROGRAMS, RuleInputError, testProgramFor } from "../../../src/index.js";
import { firstIssue, firstIssue as issue } from "../../support/first-issue.js";
import { LEADERSHIP_POSITIONS } from "../../../src/index.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

describe("R-TH-4 testProgramFor — programs, ambiguous codes, titles", () => {
  it("R-TH-4 unambiguous codes", () => {
    expect(testProgramFor("A-1")).toBe(1);
    expect(testProgramFor("Е-G-2")).toBe(1);
    expect(testProgramFor("А-2")).toBe(2);
    expect(testProgramFor("D-4")).toBe(2);
    expect(testProgramFor("С-О-5")).toBe(3);
    expect(testProgramFor("e-g-4")).toBe(3);
    expect(testProgramFor("B-6", { leadership: false })).toBe(3);
  });

  it("R-TH-4 each of the six ambiguous codes throws without leadership, and is decided with it", () => {
    for (const c of ["B-2", "В-3", "B-4", "С-3", "С-О-4", "D-3"]) {
      expect(() => testProgramFor(c)).toThrow(RuleInputError);
      expect(() => testProgramFor(c, {})).toThrow(/both program 1/);
      expect(testProgramFor(c, { leadership: true })).toBe(1);
      expect(testProgramFor(c, { leadership: false })).toBe(2);
    }
  });

  it("R-TH-4 a position title of the R-GC-6 table decides; one not in it does not (unless asked)", () => {
    expect(testProgramFor("С-3", { positionTitle: "Басқарма басшысы" })).toBe(1); // line 1741
    expect(testProgramFor("B-2", { positionTitle: "құрылымдық бөлімше басшысының орынбасары" })).toBe(1); // line 1685
    expect(testProgramFor("D-3", { positionTitle: "Құрылымдық бөлімшенің басшысы" })).toBe(1); // line 1850
    expect(testProgramFor("C-O-4", { positionTitle: "Кеден бекеті басшысының орынбасары" })).toBe(1); // line 1801
    expect(testProgramFor("B-3", { positionTitle: "Қазақстан Республикасы Бас прокуратурасының басқарма басшысы" })).toBe(1); // line 1694, one body
    expect(() => testProgramFor("B-4", { positionTitle: "Бас сарапшы" })).toThrow(/not a row of the R-GC-6/);
    expect(testProgramFor("B-4", { positionTitle: "Бас сарапшы", titleNotInTable: "non-leadership" })).toBe(2);
    expect(testProgramFor("B-4", { positionTitle: "Бас сарапшы", leadership: false })).toBe(2);
  });

  it("R-TH-4 contradictions throw", () => {
    expect(() => testProgramFor("A-2", { leadership: true })).toThrow(RuleInputError);
    expect(() => testProgramFor("A-1", { leadership: false })).toThrow(RuleInputError);
    expect(() => testProgramFor("C-5", { leadership: true })).toThrow(RuleInputError);
    expect(() => testProgramFor("C-3", { positionTitle: "Басқарма басшысы", leadership: false })).toThrow(/contradicts/);
    expect(() => testProgramFor("C-3", { leadership: "yes" } as never)).toThrow(RuleInputError);
    expect(() => testProgramFor("C-3", { leader: true } as never)).toThrow(RuleInputError);
    expect(() => testProgramFor("C-3", { positionTitle: "  " })).toThrow(RuleInputError);
  });

  fcTest.prop([fc.constantFrom(...CATEGORY_CODES), fc.boolean()])("R-TH-4 the program always lists the category", (code, lead) => {
    let p: 1 | 2 | 3;
    try {
      p = testProgramFor(code, { leadership: lead });
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError); // a contradiction with an unambiguous code
      return;
    }
    expect((PERSONAL_QUALITIES_PROGRAMS[p].categories as readonly string[]).includes(code)).toBe(true);
  });
});

// mutation run (issue 6, docs/quality.md): the field, value and wording of each option error.
describe("R-TH-4 testProgramFor — option errors", () => {
  it("R-TH-4 leadership: true for a lower category", () => {
    expect(issue(() => testProgramFor("E-G-4", { leadership: true }))).toMatchObject({ field: "opts.leadership", value: true, message: "category E-G-4 is a lower position (program 3 only), not a leadership one" });
  });
  it("R-TH-4 leadership: false for a program-1-only category, true for a program-2-only one", () => {
    expect(issue(() => testProgramFor("A-1", { leadership: false }))).toMatchObject({ field: "opts.leadership", value: false, message: "category A-1 is listed only in program 1 (leadership positions)" });
    expect(issue(() => testProgramFor("A-2", { leadership: true }))).toMatchObject({ field: "opts.leadership", value: true, message: "category A-2 is listed only in program 2 (non-leadership positions)" });
  });
  it("R-TH-4 a bad option names opts", () => {
    expect(issue(() => testProgramFor("A-1", { leadership: "yes" } as never)).field).toBe("opts.leadership");
  });
  it("R-TH-4 an ambiguous category without a decision names category and lists the six codes", () => {
    const i = issue(() => testProgramFor("C-O-4"));
    expect(i.field).toBe("category");
    expect(i.message).toContain("the six such codes are B-2, B-3, B-4, C-3, C-O-4, D-3; pass opts.leadership, or opts.positionTitle");
    expect(i.message).toContain("Leadership titles of C-O-4: «");
    expect(i.message).toContain("»; «");
  });
});

// mutation run (docs/quality.md): expected values worked out by hand from R-TH-4 and the R-GC-6 table.
describe("R-TH-4 testProgramFor — title decisions and messages", () => {
  it("R-TH-4 leadership: true agreeing with a title of the table gives program 1", () => {
    // «Құрылымдық бөлімше басшысының орынбасары» is the B-2 row (line 1685).
    expect(testProgramFor("B-2", { leadership: true, positionTitle: "Құрылымдық бөлімше басшысының орынбасары" })).toBe(1);
  });
  it("R-TH-4 leadership: true contradicting a non-table title under titleNotInTable \"non-leadership\" names opts", () => {
    const opts = { leadership: true, positionTitle: "Бас маман", titleNotInTable: "non-leadership" as const };
    expect(firstIssue(() => testProgramFor("B-2", opts))).toMatchObject({
      field: "opts", value: opts, rule: "R-TH-4",
      message: "leadership: true contradicts positionTitle, which is not in the R-GC-6 table for B-2 (titleNotInTable: \"non-leadership\")",
    });
  });
  it("R-TH-4 an ambiguous code without options names category and lists only that code's table titles", () => {
    // D-3 has one row in the R-GC-6 table: «Құрылымдық бөлімшенің басшысы» (line 1850).
    expect(firstIssue(() => testProgramFor("D-3"))).toMatchObject({
      field: "category", value: "D-3", rule: "R-TH-4",
      message: "category D-3 is listed in both program 1 (leadership) and program 2 (non-leadership) — the six such codes are "
        + "B-2, B-3, B-4, C-3, C-O-4, D-3; pass opts.leadership, or opts.positionTitle. Leadership titles of D-3: «Құрылымдық бөлімшенің басшысы»",
    });
  });
  it("R-TH-4 a title not in the table names opts.positionTitle with the title and lists the code's rows", () => {
    // C-3 rows (lines 1741, 1745, 1749).
    expect(firstIssue(() => testProgramFor("С-3", { positionTitle: "Бас маман" }))).toMatchObject({
      field: "opts.positionTitle", value: "Бас маман", rule: "R-TH-4",
      message: "positionTitle is not a row of the R-GC-6 leadership table for C-3, so the table does not decide (its titles are generic); "
        + "pass opts.leadership, or titleNotInTable: \"non-leadership\" if your titles are spelled as the table's. "
        + "Leadership titles of C-3: «Басқарма басшысы»; «Басқарма басшысының орынбасары»; «Консул-консулдықтың басшысы»",
    });
  });
});

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-TH-4 testProgramFor — invisible characters in the code and the title: the same program or invalid-character", () => {
  const TITLE = { rule: "R-TH-4", field: "opts.positionTitle" } as const;
  it("R-TH-4 a ZERO WIDTH SPACE in a title is a space: the row is found (program 1)", () => {
    expect(testProgramFor("С-3", { positionTitle: "Басқарма\u200bбасшысы" })).toBe(1);
    expect(testProgramFor("С-3", { positionTitle: "Басқарма басшысы\u202e", titleNotInTable: "non-leadership" })).toBe(1);
  });
  it("R-TH-4 the reviewer's characters in positionTitle: same program or an error naming opts.positionTitle", () => {
    checkReviewerCases((t) => testProgramFor("C-3", { positionTitle: t }), "Басқарма басшысы", TITLE);
    checkReviewerCases((t) => testProgramFor("B-4", { positionTitle: t, titleNotInTable: "non-leadership" }), "Бас сарапшы", TITLE);
    checkReviewerCases((c) => testProgramFor(c), "С-О-5", { rule: "R-TH-4", field: "code" });
  });
  it("R-TH-4 a rejected character is an error whatever the category (the title is read even where it does not decide)", () => {
    expect(issue(() => testProgramFor("C-5", { positionTitle: "Бас\u0000маман" }))).toMatchObject({
      ...TITLE, value: "Бас\u0000маман", code: "invalid-character", params: { codePoint: "U+0000" },
      message: "invalid character U+0000 at position 3 (a control character): remove it",
    });
  });
  it("R-TH-4 a title of invisible characters only is empty, not \"not in the table\"", () => {
    expect(issue(() => testProgramFor("B-4", { positionTitle: "\u200d\u200b ", titleNotInTable: "non-leadership" }))).toMatchObject({
      ...TITLE, value: "\u200d\u200b ", message: "empty: expected a position title (Kazakh)",
    });
  });

  fcTest.prop([fc.constantFrom(...LEADERSHIP_POSITIONS.filter((r) => ["B-2", "B-3", "B-4", "C-3", "C-O-4", "D-3"].includes(r.category))), removedInsertions])(
    "R-TH-4 property: removed characters inserted anywhere into a table title never change the program (1)",
    (row, insertions) => {
      expect(testProgramFor(row.category, { positionTitle: insertAll(row.title, insertions), titleNotInTable: "non-leadership" })).toBe(1);
    },
  );
});
