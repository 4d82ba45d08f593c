// Tests of src/eligibility/registries/is-leadership-position.ts: isLeadershipPosition (R-GC-6), its title
// folding (text-fold's foldTitle) and errors; the worked examples also list rows with leadershipPositionsFor.
import { describe, expect, it } from "vitest";
import { RuleInputError, isLeadershipPosition, leadershipPositionsFor } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { fc, test as fcTest } from "@fast-check/vitest";
import { LEADERSHIP_POSITIONS } from "../../../src/index.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

describe("R-GC-6 isLeadershipPosition — worked examples", () => {
  it("R-GC-6 worked examples", () => {
    expect(leadershipPositionsFor("С-3").map((r) => r.title)).toEqual(["Басқарма басшысы", "Басқарма басшысының орынбасары", "Консул-консулдықтың басшысы"]);
    expect(leadershipPositionsFor("A-2")).toEqual([]);
    expect(leadershipPositionsFor("В-4").map((r) => r.title)).toEqual(["Сектор меңгерушісі"]);
    expect(isLeadershipPosition("C-3", "басқарма  басшысы")).toBe(true); // case and spaces folded
    expect(isLeadershipPosition("C-3", "Бacқарма басшысы")).toBe(true); // Latin a, c typed inside
    expect(isLeadershipPosition("C-O-3", "Аумақтық бөлімнің басшысы – аға сот орындаушысы")).toBe(true); // en dash
    expect(isLeadershipPosition("B-3", "Қазақстан Республикасы Үкіметі Аппаратының сектор меңгерушісі")).toBe(true); // one body of line 1690
    expect(isLeadershipPosition("C-4", "Басқарма басшысы")).toBe(false); // C-4: no rows
    expect(isLeadershipPosition("B-2", "Бас маман")).toBe(false);
    expect(() => isLeadershipPosition("C-9", "Басқарма басшысы")).toThrow(RuleInputError);
    expect(() => isLeadershipPosition("C-3", "")).toThrow(RuleInputError);
  });
});

// mutation run (docs/quality.md): the field, value and wording of the title error, and each folding
// step seen through the lookup. Expected values worked out by hand from the R-GC-6 table.
describe("R-GC-6 isLeadershipPosition — title checks and folding", () => {
  const msg = "expected a non-empty position title (Kazakh), e.g. \"Басқарма басшысы\"";
  it("R-GC-6 an empty, blank or non-string title names title", () => {
    expect(firstIssue(() => isLeadershipPosition("C-3", ""))).toMatchObject({ field: "title", value: "", rule: "R-GC-6", message: msg });
    expect(firstIssue(() => isLeadershipPosition("C-3", "   "))).toMatchObject({ field: "title", value: "   ", rule: "R-GC-6", message: msg });
    expect(firstIssue(() => isLeadershipPosition("C-3", 5 as never))).toMatchObject({ field: "title", value: 5, rule: "R-GC-6", message: msg });
  });
  it("R-GC-6 quotes around the title and surrounding spaces are folded away", () => {
    // «Басқарма басшысы» is the C-3 row (line 1741).
    expect(isLeadershipPosition("C-3", "«Басқарма басшысы»")).toBe(true);
    expect(isLeadershipPosition("C-3", "  Басқарма басшысы  ")).toBe(true);
  });
  it("R-GC-6 spaces on either side of a dash are dropped (Консул-консулдықтың басшысы, C-3)", () => {
    expect(isLeadershipPosition("C-3", "Консул- консулдықтың басшысы")).toBe(true);
    expect(isLeadershipPosition("C-3", "Консул -консулдықтың басшысы")).toBe(true);
    expect(isLeadershipPosition("C-3", "Консул – консулдықтың басшысы")).toBe(true);
  });
  it("R-GC-6 only a final full stop is dropped, not one inside the title", () => {
    expect(isLeadershipPosition("C-3", "Басқарма басшысы.")).toBe(true);
    expect(isLeadershipPosition("C-3", "Басқарма. басшысы")).toBe(false);
  });
});

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-GC-6 isLeadershipPosition, leadershipPositionsFor — invisible characters: the same answer or invalid-character, never a silent false", () => {
  it("R-GC-6 the reviewer's example: a ZERO WIDTH SPACE between the words is a space", () => {
    expect(isLeadershipPosition("C-3", "басқарма\u200bбасшысы")).toBe(true);
    expect(isLeadershipPosition("C-3", "басқарма\u00a0басшысы")).toBe(true);
    expect(isLeadershipPosition("C-3", "басқарма \u200dбасшысы")).toBe(true);
    expect(isLeadershipPosition("C-3", "\u202eбасқарма басшысы")).toBe(true);
  });
  it("R-GC-6 NUL, a stray combining mark, RLO, BOM, soft hyphen … in a title: same answer or an error naming the title", () => {
    checkReviewerCases((t) => isLeadershipPosition("C-3", t), "Басқарма басшысы", { rule: "R-GC-6", field: "title" });
    checkReviewerCases((t) => isLeadershipPosition("C-O-3", t), "Аумақтық бөлімнің басшысы - аға сот орындаушысы", { rule: "R-GC-6", field: "title" });
    checkReviewerCases((t) => isLeadershipPosition("B-2", t), "Бас маман", { rule: "R-GC-6", field: "title" }); // false stays false
  });
  it("R-GC-6 the error names the character and its position in the title as given", () => {
    expect(firstIssue(() => isLeadershipPosition("C-3", "басқарма\u0000басшысы"))).toEqual({
      field: "title", value: "басқарма\u0000басшысы", rule: "R-GC-6",
      message: "invalid character U+0000 at position 8 (a control character): remove it",
      code: "invalid-character", params: { codePoint: "U+0000" },
    });
  });
  it("R-GC-6 a title of invisible characters only is blank", () => {
    expect(firstIssue(() => isLeadershipPosition("C-3", "\u200d\ufeff\u200b"))).toMatchObject({ field: "title", rule: "R-GC-6", message: "expected a non-empty position title (Kazakh), e.g. \"Басқарма басшысы\"" });
  });
  it("R-GC-6 R-TH-4 the category code is cleaned too (errors at R-TH-4 code)", () => {
    checkReviewerCases((c) => isLeadershipPosition(c, "Басқарма басшысы"), "С-3", { rule: "R-TH-4", field: "code" });
    checkReviewerCases((c) => leadershipPositionsFor(c).map((r) => r.line), "С-О-4", { rule: "R-TH-4", field: "code" });
  });

  fcTest.prop([fc.constantFrom(...LEADERSHIP_POSITIONS), removedInsertions])(
    "R-GC-6 property: removed characters inserted anywhere into a row's title never change the answer (true)",
    (row, insertions) => {
      expect(isLeadershipPosition(row.category, insertAll(row.title, insertions))).toBe(true);
    },
  );
});
