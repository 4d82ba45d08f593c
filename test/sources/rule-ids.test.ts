// src/sources/rule-ids.ts: RULE_IDS lists exactly the rules the citation registry knows (a rule
// cannot be cited without its id being a RuleId), and every id has its citation.
import { describe, expect, it } from "vitest";
import { RULE_IDS, ruleSource } from "../../src/index.js";
import { RULE_CITATIONS } from "../../src/sources/citations/index.js";

describe("RULE_IDS", () => {
  it("R-CAL-4 RULE_IDS and RULE_CITATIONS name the same rules, once each", () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(RULE_CITATIONS).sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
  it("R-CAL-4 every id has a source with a seed file", () => {
    for (const id of RULE_IDS) expect(ruleSource(id).seed, id).toMatch(/^sources\/00\d_[0-9a-f]{16}\.txt$/);
  });
});
