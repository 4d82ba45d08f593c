// Tests of src/eligibility/thresholds/personal-qualities-programs.ts: the data of the three
// personal-qualities test programs (R-TH-1…4) — category lists against the source, program 3's tasks and times.
import { describe, expect, it } from "vitest";
import { AMBIGUOUS_CATEGORIES, CATEGORY_CODES, PERSONAL_QUALITIES_PROGRAMS, normalizeCategory } from "../../../src/index.js";
import { sourceLines } from "../../support/eligibility.js";

const SRC = sourceLines("001_a64fa5ff937c345c.txt");

describe("R-TH-4 PERSONAL_QUALITIES_PROGRAMS — the category lists", () => {
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

describe("R-TH-1..3 PERSONAL_QUALITIES_PROGRAMS — competencies, tasks, times and pass marks", () => {
  it("R-TH-3 program data: 30 / 30 / 72 tasks, 120 minutes, logic 30 minutes, no thresholds for the others", () => {
    const p = PERSONAL_QUALITIES_PROGRAMS[3];
    expect(p.competencies.map((c) => c.tasks)).toEqual([30, 30, 72]);
    expect(p.minutes).toEqual({ total: 120, logic: 30 });
    expect(p.passMarks).toEqual({ total: null, eachCompetency: null, logic: "10" });
    expect(PERSONAL_QUALITIES_PROGRAMS[1].competencies.every((c) => c.tasks === 12)).toBe(true);
    expect(PERSONAL_QUALITIES_PROGRAMS[1].competencies).toHaveLength(10);
    expect(PERSONAL_QUALITIES_PROGRAMS[2].competencies).toHaveLength(7);
  });
});
