import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  LEADERSHIP_POSITIONS, PERSONAL_QUALITIES_PROGRAMS, RuleInputError, isLeadershipPosition, leadershipPositionsFor, legislationTestResult,
} from "../../src/index.js";

const SRC = readFileSync(new URL("../../sources/001_a64fa5ff937c345c.txt", import.meta.url), "utf8").split("\n");

describe("R-GC-6 leadership positions table", () => {
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

describe("R-TH-5 legislation test: the pass mark is the caller's", () => {
  it("R-TH-5 score ≥ passMark (not lower than): 45/45 passes, 44.5/45 fails", () => {
    expect(legislationTestResult({ score: 45, passMark: 45 }).passed).toBe(true);
    const r = legislationTestResult({ score: "44.5", passMark: 45 });
    expect(r.passed).toBe(false);
    expect(r.passMarkSource).toBe("caller");
    expect(r.rule).toBe("R-TH-5");
  });
  it("R-TH-5 invalid inputs throw", () => {
    for (const b of [{}, { score: 1 }, { passMark: 1 }, { score: -1, passMark: 1 }, { score: 1, passMark: "x" }, { score: 11, passMark: 5, maxScore: 10 }, { score: 5, passMark: 11, maxScore: 10 }]) {
      expect(() => legislationTestResult(b as never)).toThrow(RuleInputError);
    }
  });
});
