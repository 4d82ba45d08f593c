// Tests of src/eligibility/thresholds/normalize-category.ts: normalizeCategory (R-TH-4), the folding
// of look-alike spellings of a category code and the wording of its errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { CATEGORY_CODES, RuleInputError, normalizeCategory } from "../../../src/index.js";
import { firstIssue as issue } from "../../support/first-issue.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

describe("R-TH-4 normalizeCategory — folding and unknown codes", () => {
  it("R-TH-4 Cyrillic look-alikes, case, spaces and dashes are folded", () => {
    expect(normalizeCategory("С-О-4")).toBe("C-O-4"); // Cyrillic С and О
    expect(normalizeCategory("с-о-4")).toBe("C-O-4");
    expect(normalizeCategory("В-2")).toBe("B-2"); // Cyrillic В
    expect(normalizeCategory("А-1")).toBe("A-1");
    expect(normalizeCategory("Е-1")).toBe("E-1");
    expect(normalizeCategory("С-Р-4")).toBe("C-R-4"); // Cyrillic Р typed for R
    expect(normalizeCategory(" c – o – 5 ")).toBe("C-O-5"); // en dash and spaces
    expect(normalizeCategory("D—O—6")).toBe("D-O-6"); // em dash
    expect(normalizeCategory("E\u2011G\u20114")).toBe("E-G-4"); // non-breaking hyphen
    expect(normalizeCategory("e-r-3")).toBe("E-R-3");
  });

  it("R-TH-4 unknown codes throw RuleInputError naming field, value and rule", () => {
    for (const bad of ["C-9", "A-6", "B-7", "C-O-7", "X-1", "", "   ", "CO4", "Д-1", "C-P-1", 12, null, undefined]) {
      expect(() => normalizeCategory(bad as never)).toThrow(RuleInputError);
    }
    try {
      normalizeCategory("C-9");
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-TH-4: code = "C-9"/);
    }
  });

  fcTest.prop([fc.constantFrom(...CATEGORY_CODES), fc.boolean(), fc.boolean()])(
    "R-TH-4 idempotent; every known code in any look-alike spelling normalises back",
    (code, cyr, lower) => {
      let s = code;
      if (cyr) s = s.replace(/[ABCEOR]/g, (ch) => ({ A: "А", B: "В", C: "С", E: "Е", O: "О", R: "Р" })[ch]!);
      if (lower) s = s.toLowerCase();
      const n = normalizeCategory(s);
      expect(n).toBe(code);
      expect(normalizeCategory(n)).toBe(n);
    },
  );
});

// mutation run (issue 6, docs/quality.md): the field, value and wording of each error.
describe("R-TH-4 normalizeCategory — error messages", () => {
  it("R-TH-4 a wrong type names code and the type", () => {
    expect(issue(() => normalizeCategory(5 as never))).toMatchObject({ field: "code", rule: "R-TH-4", message: 'wrong type (number): expected a category code string such as "C-O-4"' });
    expect(issue(() => normalizeCategory(null as never)).message).toBe('wrong type (null): expected a category code string such as "C-O-4"');
  });
  it("R-TH-4 an empty code", () => {
    expect(issue(() => normalizeCategory("  "))).toMatchObject({ field: "code", message: 'empty: expected a category code such as "C-O-4"' });
  });
  it("R-TH-4 an unknown code: with a hint only when a character no code has remains", () => {
    const plain = issue(() => normalizeCategory("Z-9")).message;
    expect(plain.startsWith('unknown category code "Z-9"; known codes: A-1, ')).toBe(true);
    const hinted = issue(() => normalizeCategory("C_O_4")).message;
    expect(hinted.startsWith('unknown category code "C_O_4" (after folding look-alikes it still contains "_", which no code has); known codes: A-1, ')).toBe(true);
    expect(issue(() => normalizeCategory("C_O*4")).message).toContain('still contains "_*", which');
  });
});

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-TH-4 normalizeCategory — invisible characters: the same code or invalid-character", () => {
  const SITE = { rule: "R-TH-4", field: "code" } as const;
  it("R-TH-4 removed and space characters vanish from a code; NFKC folds fullwidth forms", () => {
    expect(normalizeCategory("С-\u200bО-4")).toBe("C-O-4");
    expect(normalizeCategory("\ufeffС\u00ad-О\u200d-4\u202e")).toBe("C-O-4");
    expect(normalizeCategory("Ｃ－Ｏ－４")).toBe("C-O-4");
  });
  it("R-TH-4 the reviewer's characters: the same code or an error naming code", () => {
    for (const code of ["С-О-4", "C-R-1", "В – 2", "e-r-3"]) checkReviewerCases(normalizeCategory, code, SITE);
  });
  it("R-TH-4 a control character is invalid-character, not \"unknown category code\"", () => {
    expect(issue(() => normalizeCategory("C-3\u0000"))).toMatchObject({
      ...SITE, value: "C-3\u0000", code: "invalid-character", params: { codePoint: "U+0000" },
      message: "invalid character U+0000 at position 3 (a control character): remove it",
    });
  });

  fcTest.prop([fc.constantFrom(...CATEGORY_CODES), removedInsertions])(
    "R-TH-4 property: removed characters inserted anywhere into a known code never change it",
    (code, insertions) => {
      expect(normalizeCategory(insertAll(code, insertions))).toBe(code);
    },
  );
});
