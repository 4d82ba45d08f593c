// Tests of src/eligibility/registries/leadership-positions.ts: the LEADERSHIP_POSITIONS table (R-GC-6)
// against the seed file 001, complete and verbatim.
import { describe, expect, it } from "vitest";
import { LEADERSHIP_POSITIONS, PERSONAL_QUALITIES_PROGRAMS } from "../../../src/index.js";
import { sourceLines } from "../../support/eligibility.js";

const SRC = sourceLines("001_a64fa5ff937c345c.txt");

describe("R-GC-6 LEADERSHIP_POSITIONS table", () => {
  it("R-GC-6 complete: 56 rows, 32 categories = program 1's codes, every title verbatim at its line", () => {
    expect(LEADERSHIP_POSITIONS).toHaveLength(56);
    const cats = Array.from(new Set(LEADERSHIP_POSITIONS.map((r) => r.category)));
    expect(cats).toEqual(PERSONAL_QUALITIES_PROGRAMS[1].categories);
    for (const r of LEADERSHIP_POSITIONS) expect(SRC[r.line - 1]!.trim()).toBe(r.title);
    // every non-empty line of the table body (1659–1927) is a group heading, a code or a row
    const rowLines = new Set(LEADERSHIP_POSITIONS.map((r) => r.line));
    for (let i = 1659; i <= 1927; i++) {
      const s = SRC[i - 1]!.trim();
      if (s === "" || /санаттар тобы$/.test(s) || /^[A-ZА-Я](-[A-ZА-Я])?-\d$/.test(s)) continue;
      expect(rowLines.has(i)).toBe(true);
    }
  });
});
