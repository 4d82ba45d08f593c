import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  AMBIGUOUS_CATEGORIES, CATEGORY_CODES, PERSONAL_QUALITIES_PROGRAMS, RuleInputError, normalizeCategory, testProgramFor,
} from "../../src/index.js";

const SRC = readFileSync(new URL("../../sources/001_a64fa5ff937c345c.txt", import.meta.url), "utf8").split("\n");

describe("R-TH-4 normalizeCategory", () => {
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

  it("R-TH-4 the category lists equal the source's lines 2145, 2151, 2157 (folded)", () => {
    const fold = (line: string) =>
      /лауазымдарының (.*?) санаттарына/.exec(line)![1]!.split(",").map((c) => normalizeCategory(c));
    expect(fold(SRC[2145 - 1]!)).toEqual(PERSONAL_QUALITIES_PROGRAMS[1].categories);
    expect(fold(SRC[2151 - 1]!)).toEqual(PERSONAL_QUALITIES_PROGRAMS[2].categories);
    expect(fold(SRC[2157 - 1]!)).toEqual(PERSONAL_QUALITIES_PROGRAMS[3].categories);
    for (const p of [1, 2, 3] as const) expect(SRC.join("\n")).toContain(PERSONAL_QUALITIES_PROGRAMS[p].categoriesAsPrinted);
    expect(CATEGORY_CODES).toHaveLength(57); // 32 + 13 + 18 − 6
    expect(AMBIGUOUS_CATEGORIES).toEqual(["B-2", "B-3", "B-4", "C-3", "C-O-4", "D-3"]);
  });
});

describe("R-TH-4 testProgramFor", () => {
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
