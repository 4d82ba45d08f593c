// src/eligibility/text-fold.ts: the folding of codes, titles and names shared by the eligibility
// lookups (R-TH-4, R-GC-6, R-TD-1, R-PYR-2); here, the spaces around dashes (issue 23).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { foldName, foldTitle, spacesAroundDashes } from "../../src/eligibility/text-fold.js";
import { isLeadershipPosition } from "../../src/index.js";

/** The rule as it was first written: a plain regex, quadratic on a long run of spaces. */
const reference = (s: string): string => s.replace(/\s*-\s*/g, "-").replace(/\s+/gu, " ");

describe("R-GC-6 R-TD-1 spacesAroundDashes — whitespace next to a dash dropped, other runs made one space", () => {
  it("R-GC-6 worked examples", () => {
    expect(spacesAroundDashes("a - b")).toBe("a-b");
    expect(spacesAroundDashes("a  -  - \t b")).toBe("a--b"); // both dashes lose their neighbours
    expect(spacesAroundDashes("  басқарма   басшысы  ")).toBe(" басқарма басшысы ");
    expect(spacesAroundDashes("\u00a0-x")).toBe("-x"); // a no-break space is whitespace too
    expect(foldTitle("  Департамент  басшысының   орынбасары - ")).toBe("департамент басшысының орынбасары-");
    expect(foldName("Нұр - Сұлтан")).toBe("нұр-сұлтан");
  });

  test.prop([fc.string({ unit: fc.constantFrom("a", "б", " ", "\t", "\n", "\u00a0", "\u2003", "-", "."), maxLength: 40 })])(
    "R-GC-6 property: the same answer as the plain regex on every short string of letters, spaces and dashes",
    (s) => {
      expect(spacesAroundDashes(s)).toBe(reference(s));
    },
  );

  it("R-GC-6 a title padded with 100,000 spaces is folded like the title itself (linear time; measured in bench/text-fold.bench.ts)", () => {
    // (issue 23: this took about 5 s with the quadratic regex; no time is asserted here)
    expect(foldTitle(" ".repeat(100_000) + "Басқарма басшысы" + " ".repeat(100_000))).toBe("басқарма басшысы");
    expect(isLeadershipPosition("C-3", " ".repeat(100_000) + "басқарма басшысы")).toBe(isLeadershipPosition("C-3", "басқарма басшысы"));
  });
});
