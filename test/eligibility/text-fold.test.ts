// src/eligibility/text-fold.ts: the folding of codes, titles and names shared by the eligibility
// lookups (R-TH-4, R-GC-6, R-TD-1, R-PYR-2); here, the spaces around dashes and the cleaning of
// invisible characters every fold starts with (issue 23, items 1 and 2).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { foldCode, foldName, foldTitle, spacesAroundDashes } from "../../src/eligibility/text-fold.js";
import { isLeadershipPosition } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";
import { insertAll, removedInsertions } from "../support/invisible-characters.js";

const TITLE = { rule: "R-GC-6", field: "title" } as const;
const NAME = { rule: "R-TD-1", field: "region" } as const;
const CODE = { rule: "R-TH-4", field: "code" } as const;

/** The rule as it was first written: a plain regex, quadratic on a long run of spaces. */
const reference = (s: string): string => s.replace(/\s*-\s*/g, "-").replace(/\s+/gu, " ");

describe("R-GC-6 R-TD-1 spacesAroundDashes — whitespace next to a dash dropped, other runs made one space", () => {
  it("R-GC-6 worked examples", () => {
    expect(spacesAroundDashes("a - b")).toBe("a-b");
    expect(spacesAroundDashes("a  -  - \t b")).toBe("a--b"); // both dashes lose their neighbours
    expect(spacesAroundDashes("  басқарма   басшысы  ")).toBe(" басқарма басшысы ");
    expect(spacesAroundDashes("\u00a0-x")).toBe("-x"); // a no-break space is whitespace too
    expect(foldTitle("  Департамент  басшысының   орынбасары - ", TITLE)).toBe("департамент басшысының орынбасары-");
    expect(foldName("Нұр - Сұлтан", NAME)).toBe("нұр-сұлтан");
  });

  test.prop([fc.string({ unit: fc.constantFrom("a", "б", " ", "\t", "\n", "\u00a0", "\u2003", "-", "."), maxLength: 40 })])(
    "R-GC-6 property: the same answer as the plain regex on every short string of letters, spaces and dashes",
    (s) => {
      expect(spacesAroundDashes(s)).toBe(reference(s));
    },
  );

  it("R-GC-6 a title padded with 100,000 spaces is folded like the title itself (linear time; measured in bench/text-fold.bench.ts)", () => {
    // (issue 23: this took about 5 s with the quadratic regex; no time is asserted here)
    expect(foldTitle(" ".repeat(100_000) + "Басқарма басшысы" + " ".repeat(100_000), TITLE)).toBe("басқарма басшысы");
    expect(isLeadershipPosition("C-3", " ".repeat(100_000) + "басқарма басшысы")).toBe(isLeadershipPosition("C-3", "басқарма басшысы"));
  });
});

describe("R-GC-6 R-TD-1 R-TH-4 folds clean their input first (src/internal/text.ts)", () => {
  it("R-GC-6 foldTitle: removed characters vanish, ZERO WIDTH SPACE is a space, NUL names the site", () => {
    expect(foldTitle("Басқарма\u200bбасшысы", TITLE)).toBe("басқарма басшысы");
    expect(foldTitle("\ufeffБасқарма\u00ad басшысы\u202e", TITLE)).toBe("басқарма басшысы");
    expect(foldTitle("Консул\u200d - \u2060консулдықтың басшысы", TITLE)).toBe("консул-консулдықтың басшысы");
    expect(firstIssue(() => foldTitle("Басқарма\u0000басшысы", TITLE))).toMatchObject({
      rule: "R-GC-6", field: "title", code: "invalid-character", params: { codePoint: "U+0000" },
      message: "invalid character U+0000 at position 8 (a control character): remove it",
    });
  });
  it("R-TD-1 foldName: the same cleaning, at its own site", () => {
    expect(foldName("Ақмола\u200bоблысы", NAME)).toBe("ақмола облысы");
    expect(foldName("Ақмола\u200e облысы", NAME)).toBe("ақмола облысы");
    expect(firstIssue(() => foldName("Ақмола \u0301облысы", NAME))).toMatchObject({ rule: "R-TD-1", field: "region", code: "invalid-character", params: { codePoint: "U+0301" } });
  });
  it("R-TH-4 foldCode: cleaned, then NFKC (fullwidth and superscript forms), whitespace of every kind removed", () => {
    expect(foldCode("С-\u200bО-4", CODE)).toBe("C-O-4");
    expect(foldCode("\u00a0С\u00adО\u200d", CODE)).toBe("CO");
    expect(foldCode("Ｃ－３", CODE)).toBe("C-3");
    expect(foldCode("B¹", CODE)).toBe("B1");
    expect(firstIssue(() => foldCode("C-3\u007f", CODE))).toMatchObject({ rule: "R-TH-4", field: "code", code: "invalid-character", params: { codePoint: "U+007F" } });
  });

  test.prop([fc.constantFrom("Басқарма басшысы", "Консул-консулдықтың басшысы", "Ақмола облысы", "West-Kazakhstan Region", "С-О-4"), removedInsertions])(
    "R-GC-6 property: removed characters inserted anywhere never change a fold",
    (text, insertions) => {
      const dirty = insertAll(text, insertions);
      expect(foldTitle(dirty, TITLE)).toBe(foldTitle(text, TITLE));
      expect(foldName(dirty, NAME)).toBe(foldName(text, NAME));
      expect(foldCode(dirty, CODE)).toBe(foldCode(text, CODE));
    },
  );
});
