// Tests added from the mutation run of essay-panel-valid, is-leadership-position,
// legislation-test-result, territorial-department-for, test-program-for and text-fold
// (docs/quality.md): the field, value and wording of each error, the boundaries of the
// participants checks, and each folding step seen through the public lookups.
// Expected values are worked out by hand from R-SEL-6, R-GC-6, R-TH-4, R-TH-5 and R-TD-1.
import { describe, expect, it } from "vitest";
import { essayPanelValid, isLeadershipPosition, legislationTestResult, territorialDepartmentFor, testProgramFor } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-SEL-6 essayPanelValid errors and reasons (mutation)", () => {
  it("R-SEL-6 an essay with more graders than members names that essay, its count and the commission size", () => {
    // 10 graders on essay 1 of a 9-member commission: impossible.
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 10] }))).toMatchObject({
      field: "gradersPerEssay[1]", value: 10, rule: "R-SEL-6", message: "more graders than the commission has members (9)",
    });
  });
  it("R-SEL-6 more participants than members is refused; exactly all members is accepted", () => {
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 10 }))).toMatchObject({
      field: "participants", value: 10, rule: "R-SEL-6", message: "more than the commission has members (9)",
    });
    // 9 of 9 took part; each essay by 6: 3·6 = 18 ≥ 2·9 = 18, equal counts → valid, required ⌈18/3⌉ = 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 9 })).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 fewer participants than the graders of the most-graded essay is refused; equal is accepted", () => {
    // Essays graded by 3 and 6 members: at least 6 distinct members took part, so 4 is impossible.
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 6], participants: 4 }))).toMatchObject({
      field: "participants", value: 4, rule: "R-SEL-6", message: "fewer than the graders of one essay (6)",
    });
    // 6 participants, each essay by the same 6: fine.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6], participants: 6 })).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 twoThirds \"panel\" without participants: missing participants", () => {
    expect(firstIssue(() => essayPanelValid({ commissionSize: 9, gradersPerEssay: [6], twoThirds: "panel" }))).toMatchObject({
      field: "participants", value: undefined, rule: "R-SEL-6", code: "missing",
      message: "missing: twoThirds \"panel\" counts the distinct members who took part in grading",
    });
  });
  it("R-SEL-6 a very long essay list without participants is judged, not crashed", () => {
    // 1 000 000 essays each graded by 6 of 9: valid (nothing bounds the number of essays).
    const r = essayPanelValid({ commissionSize: 9, gradersPerEssay: new Array<number>(1_000_000).fill(6) });
    expect(r.valid).toBe(true);
    expect(r.required).toBe(6);
  });
  it("R-SEL-6 a very long essay list WITH participants is judged, not crashed (was a RangeError)", () => {
    // 1 000 000 essays each graded by 6 of 9, 6 distinct participants: the most-graded essay has 6
    // graders ≤ 6 participants, and 6 ≥ the two-thirds requirement 6 → valid. Before the fix the
    // largest count was taken with Math.max(...list), which overflows the call stack.
    const r = essayPanelValid({ commissionSize: 9, gradersPerEssay: new Array<number>(1_000_000).fill(6), participants: 6 });
    expect(r).toEqual({ valid: true, required: 6, reasons: [] });
  });
  it("R-SEL-6 the proctor-violation reason in full", () => {
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4], proctorViolation: true }).reasons).toEqual([
      { code: "proctor-violation", rule: "R-SEL-6", message: "the proctor recorded a violation: the essay is not graded (para 115, first part)" },
    ]);
  });
  it("R-SEL-6 each-essay reading: below two thirds names the essays and the requirement", () => {
    // 9 members, each essay by 5: 3·5 = 15 < 18; required = ⌊(18 + 2)/3⌋ = 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [5, 5] }).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-SEL-6", essays: [0, 1], required: 6, message: "graded by fewer than two thirds of the commission (6 of 9 required)" },
    ]);
  });
  it("R-SEL-6 panel reading: too few participants, reason in full (no essays list)", () => {
    // 5 of 9 took part: 15 < 18; each essay by 3 ≤ 5 participants, equal counts.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [3, 3], participants: 5, twoThirds: "panel" }).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-SEL-6", required: 6, message: "5 members took part, fewer than two thirds of the commission (6 of 9 required)" },
    ]);
  });
  it("R-SEL-6 unequal graders: the distinct counts, the differing essays and essay 0's count", () => {
    // Counts 6, 7, 6, 8 (all ≥ 6 of 9): essays 1 and 3 differ from essay 0's 6.
    expect(essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 7, 6, 8] }).reasons).toEqual([
      {
        code: "unequal-graders", rule: "R-SEL-6", essays: [1, 3],
        message: "essays graded by different numbers of members (6, 7, 8; the listed essays differ from essay 0, graded by 6); every essay must be graded by the same number",
      },
    ]);
  });
  it("R-SEL-6 the refusal reason in full", () => {
    expect(essayPanelValid({ commissionSize: 6, gradersPerEssay: [4, 4], refusals: 2 }).reasons).toEqual([
      { code: "refusal", rule: "R-SEL-6", message: "2 member(s) refused to grade, which para 115 does not allow" },
    ]);
  });
});

describe("R-GC-6 isLeadershipPosition title checks and folding (mutation)", () => {
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

describe("R-TH-5 legislationTestResult against maxScore (mutation)", () => {
  it("R-TH-5 score and passMark within maxScore: a plain result", () => {
    // 50 ≥ 45 → passed; both ≤ 100.
    const r = legislationTestResult({ score: 50, passMark: 45, maxScore: 100 });
    expect(r.passed).toBe(true);
    expect(r.score.toString()).toBe("50");
    expect(r.passMark.toString()).toBe("45");
    expect(r.passMarkSource).toBe("caller");
    expect(r.rule).toBe("R-TH-5");
    // Both equal to maxScore is allowed.
    expect(legislationTestResult({ score: 100, passMark: 100, maxScore: 100 }).passed).toBe(true);
  });
  it("R-TH-5 a score above maxScore names score, its value as given and the maximum", () => {
    expect(firstIssue(() => legislationTestResult({ score: "101", passMark: 45, maxScore: 100 }))).toMatchObject({
      field: "score", value: "101", rule: "R-TH-5", message: "above maxScore 100",
    });
  });
  it("R-TH-5 a pass mark above maxScore names passMark, its value as given and the maximum", () => {
    expect(firstIssue(() => legislationTestResult({ score: 50, passMark: "120.5", maxScore: "100" }))).toMatchObject({
      field: "passMark", value: "120.5", rule: "R-TH-5", message: "above maxScore 100",
    });
  });
});

describe("R-TD-1 territorialDepartmentFor errors and name folding (mutation)", () => {
  const empty = "expected a region or city name, e.g. \"Ақмола облысы\" or \"Shymkent\"";
  it("R-TD-1 an empty or blank name names region", () => {
    expect(firstIssue(() => territorialDepartmentFor(""))).toMatchObject({ field: "region", value: "", rule: "R-TD-1", message: empty });
    expect(firstIssue(() => territorialDepartmentFor("   "))).toMatchObject({ field: "region", value: "   ", rule: "R-TD-1", message: empty });
  });
  it("R-TD-1 an unknown name lists the 20 departments' English names in table order", () => {
    expect(firstIssue(() => territorialDepartmentFor("Atlantis"))).toMatchObject({
      field: "region", value: "Atlantis", rule: "R-TD-1",
      message: "unknown region or city; the 20 departments are for: Abai Region, Akmola Region, Aktobe Region, Almaty Region, Atyrau Region, "
        + "West Kazakhstan Region, Jambyl Region, Jetisu Region, Karaganda Region, Kostanay Region, Kyzylorda Region, Mangystau Region, "
        + "Pavlodar Region, North Kazakhstan Region, Turkistan Region, Ulytau Region, East Kazakhstan Region, Astana city, Almaty city, Shymkent city",
    });
  });
  it("R-TD-1 a bare \"Almaty\" is ambiguous: both departments named in English and Kazakh", () => {
    expect(firstIssue(() => territorialDepartmentFor("Almaty"))).toMatchObject({
      field: "region", value: "Almaty", rule: "R-TD-1",
      message: "ambiguous: Almaty Region (Алматы облысы) or Almaty city (Алматы қаласы) — add \"region\"/\"облысы\" or \"city\"/\"қаласы\"",
    });
  });
  it("R-TD-1 \"of\" is a filler word, not a city word", () => {
    expect(territorialDepartmentFor("Region of Almaty").id).toBe("almaty-region");
    expect(territorialDepartmentFor("City of Almaty").id).toBe("almaty-city");
  });
  it("R-TD-1 punctuation is a word break and is trimmed at the ends", () => {
    // "г.Алматы": Russian abbreviation of «город» (city) glued to the name.
    expect(territorialDepartmentFor("г.Алматы").id).toBe("almaty-city");
    expect(territorialDepartmentFor("Akmola Region.").id).toBe("akmola");
  });
  it("R-TD-1 dash variants and spaces around a dash fold to one hyphen (Нұр-Сұлтан → Astana)", () => {
    expect(territorialDepartmentFor("Нұр–Сұлтан").id).toBe("astana");
    expect(territorialDepartmentFor("Нұр- Сұлтан").id).toBe("astana");
    expect(territorialDepartmentFor("Нұр -Сұлтан").id).toBe("astana");
  });
});

describe("R-TH-4 testProgramFor title decisions and messages (mutation)", () => {
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
