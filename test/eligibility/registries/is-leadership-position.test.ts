// Tests of src/eligibility/registries/is-leadership-position.ts: isLeadershipPosition (R-GC-6), its title
// folding (text-fold's foldTitle) and errors; the worked examples also list rows with leadershipPositionsFor.
import { describe, expect, it } from "vitest";
import { RuleInputError, isLeadershipPosition, leadershipPositionsFor } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

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
