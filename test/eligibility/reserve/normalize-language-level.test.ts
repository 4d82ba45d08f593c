// Tests of src/eligibility/reserve/normalize-language-level.ts: normalizeLanguageLevel (R-PYR-2) —
// Latin and Cyrillic CEFR levels, case, spaces and dashes folded; exact errors.
import { describe, expect, it } from "vitest";
import { RuleInputError, normalizeLanguageLevel } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { fc, test as fcTest } from "@fast-check/vitest";
import { CEFR_LEVELS } from "../../../src/index.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

describe("R-PYR-2 normalizeLanguageLevel", () => {
  it("R-PYR-2 the source's Cyrillic «В1» and lower case normalise", () => {
    expect(normalizeLanguageLevel("В1")).toBe("B1"); // Cyrillic В, as at 004 line 138
    expect(normalizeLanguageLevel("в1")).toBe("B1");
    expect(normalizeLanguageLevel(" c 1 ")).toBe("C1");
    expect(normalizeLanguageLevel("А2")).toBe("A2");
    for (const bad of ["B3", "D1", "", "B", "intermediate", 1, null]) expect(() => normalizeLanguageLevel(bad as never)).toThrow(RuleInputError);
  });
});

// mutation run: the exact errors and the folding of dashes
describe("R-PYR-2 normalizeLanguageLevel — errors and folding", () => {
  it("R-PYR-2 a level that is not a string: wrong type, naming null or the JS type, default field \"level\"", () => {
    const n = firstIssue(() => normalizeLanguageLevel(null as never));
    expect([n.field, n.value, n.rule, n.message]).toEqual(["level", null, "R-PYR-2", 'wrong type (null): expected a CEFR level such as "B1"']);
    const k = firstIssue(() => normalizeLanguageLevel(1 as never));
    expect([k.field, k.value, k.rule, k.message]).toEqual(["level", 1, "R-PYR-2", 'wrong type (number): expected a CEFR level such as "B1"']);
  });

  it("R-PYR-2 an unknown level: the folded spelling and the six levels are named", () => {
    // " b 3 " folds to "B3" (spaces removed, upper case): not one of A1 … C2
    const i = firstIssue(() => normalizeLanguageLevel(" b 3 "));
    expect([i.field, i.value, i.rule]).toEqual(["level", " b 3 ", "R-PYR-2"]);
    expect(i.message).toBe('unknown level "B3": expected one of A1, A2, B1, B2, C1, C2 (Cyrillic А, В, С are accepted)');
    expect(firstIssue(() => normalizeLanguageLevel("Z9", "cert.level")).field).toBe("cert.level");
  });

  it("R-PYR-2 dashes are folded away: \"B-1\" and \"В–1\" (Cyrillic В, en dash) are B1", () => {
    expect(normalizeLanguageLevel("B-1")).toBe("B1");
    expect(normalizeLanguageLevel("В–1")).toBe("B1");
    expect(normalizeLanguageLevel("c-2")).toBe("C2");
  });
});

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-PYR-2 normalizeLanguageLevel — invisible characters: the same level or invalid-character", () => {
  it("R-PYR-2 removed and space characters vanish; NFKC folds fullwidth forms", () => {
    expect(normalizeLanguageLevel("В\u200b1")).toBe("B1");
    expect(normalizeLanguageLevel("\ufeffВ\u00ad1\u200d")).toBe("B1");
    expect(normalizeLanguageLevel("Ｂ１")).toBe("B1");
  });
  it("R-PYR-2 the reviewer's characters: the same level or an error at the field given", () => {
    checkReviewerCases((l) => normalizeLanguageLevel(l), "В1", { rule: "R-PYR-2", field: "level" });
    checkReviewerCases((l) => normalizeLanguageLevel(l, "p.languageLevel"), "c 1", { rule: "R-PYR-2", field: "p.languageLevel" });
    expect(firstIssue(() => normalizeLanguageLevel("B1\u0301"))).toMatchObject({
      field: "level", rule: "R-PYR-2", code: "invalid-character", params: { codePoint: "U+0301" },
      message: "invalid character U+0301 at position 2 (a combining mark that composes with no letter before it): remove it",
    });
  });

  fcTest.prop([fc.constantFrom(...CEFR_LEVELS), removedInsertions])(
    "R-PYR-2 property: removed characters inserted anywhere into a level never change it",
    (level, insertions) => {
      expect(normalizeLanguageLevel(insertAll(level, insertions))).toBe(level);
    },
  );
});
