// src/sources/rule-source.ts: ruleSource, a rule's act, place and seed (R-SEL-1 as the example id;
// every scoring rule); an unknown id is a RuleInputError of "sources".
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { ruleSource } from "../../src/index.js";
import { allIssues, firstIssue, thrownRuleInputError } from "../support/first-issue.js";

const SEED_52 = "sources/001_a64fa5ff937c345c.txt";

describe("R-SEL-1 … R-GC-5, R-PYR-4 ruleSource — the scoring rules", () => {
  it("R-GC-5 ruleSource knows every scoring rule", () => {
    for (const id of ["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-GC-1", "R-GC-2", "R-GC-3", "R-GC-4", "R-GC-5", "R-PYR-4"] as const) {
      expect(root.ruleSource(id).seed).toMatch(/^sources\//);
    }
  });
});

// mutation run of src/sources/rule-source.ts: pins the exact issue and message
describe("R-SEL-1 ruleSource: lookup and its error (mutation)", () => {
  it("R-SEL-1 ruleSource: only a string id is looked up; an unknown id is a RuleInputError of \"sources\"", () => {
    expect(ruleSource("R-SEL-1")).toMatchObject({ act: "ASA-52-2026", seed: SEED_52 });
    // an array whose text is "R-SEL-1" is not the id "R-SEL-1"
    expect(allIssues(() => ruleSource(["R-SEL-1"] as never))).toEqual([
      { field: "ruleId", value: ["R-SEL-1"], rule: "sources", message: "unknown rule id (see RULES.md for the list)" },
    ]);
    const e = thrownRuleInputError(() => ruleSource("R-XX-1" as never));
    expect(e.issues).toEqual([{ field: "ruleId", value: "R-XX-1", rule: "sources", message: "unknown rule id (see RULES.md for the list)" }]);
    expect(e.message).toBe('sources: ruleId = "R-XX-1": unknown rule id (see RULES.md for the list)');
  });
});

describe("R-SEL-1 ruleSource: inherited property names are not rule ids (fixed 2026-11-24)", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])("R-SEL-1 ruleSource(%j) throws RuleInputError on ruleId", (id) => {
    // before the fix these read Object.prototype and returned { act: undefined, … }
    expect(firstIssue(() => ruleSource(id as never))).toMatchObject({ field: "ruleId", value: id, rule: "sources" });
  });
});
