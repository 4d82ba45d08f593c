// src/scoring/array-length.ts: exactLength, the schema of a list of exactly n items (R-PYR-4's three
// expert grades, R-GC-1's ten or seven competency scores). Issue 23, item 4: a list longer than n is
// rejected on its length alone, before any item is read; a shorter one is reported with its bad items.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { num, parse } from "../../src/internal/validate.js";
import { exactLength } from "../../src/scoring/array-length.js";
import { allIssues, thrownRuleInputError } from "../support/first-issue.js";

const RULE = "R-PYR-4";
const three = z.object({ v: exactLength(num({ min: 0, max: 5 }), 3, (n) => `exactly 3 are required, got ${n}`) });

describe("R-PYR-4 exactLength — the count of a fixed-length list (issue 23)", () => {
  it("R-PYR-4 exactly n items: the items' output", () => {
    expect(parse(three, { v: [1, "2.5", 5] }, RULE).v.map(String)).toEqual(["1", "2.5", "5"]);
  });

  it("R-PYR-4 too many: one too-many issue with params.max, the items not reported", () => {
    expect(allIssues(() => parse(three, { v: [1, Number.NaN, 9, 4] }, RULE))).toEqual([
      { field: "v", value: [1, Number.NaN, 9, 4], rule: RULE, message: "exactly 3 are required, got 4", code: "too-many", params: { max: 3 } },
    ]);
  });

  it("R-PYR-4 too few: a too-few issue with params.min, after the bad items", () => {
    expect(allIssues(() => parse(three, { v: [9] }, RULE))).toEqual([
      expect.objectContaining({ field: "v[0]", value: 9, code: "out-of-range" }),
      { field: "v", value: [9], rule: RULE, message: "exactly 3 are required, got 1", code: "too-few", params: { min: 3 } },
    ]);
    expect(allIssues(() => parse(three, { v: [] }, RULE))).toEqual([
      { field: "v", value: [], rule: RULE, message: "exactly 3 are required, got 0", code: "too-few", params: { min: 3 } },
    ]);
  });

  it("R-PYR-4 a list of 10^6 items (sparse, or NaNs): the single length issue, no item read", () => {
    for (const huge of [new Array(1_000_000), new Array(1_000_000).fill(Number.NaN)]) {
      const e = thrownRuleInputError(() => parse(three, { v: huge }, RULE));
      expect(e.issues).toHaveLength(1);
      expect(e.omittedIssues).toBe(0);
      expect(e.issues[0]).toMatchObject({ field: "v", code: "too-many", params: { max: 3 }, message: "exactly 3 are required, got 1000000" });
    }
    // no item is read: a getter on an item beyond the count is never called
    let reads = 0;
    const watched = [1, 2, 3, 4];
    Object.defineProperty(watched, 0, { get: () => (reads++, 1) });
    thrownRuleInputError(() => parse(three, { v: watched }, RULE));
    expect(reads).toBe(0);
  });

  it("R-PYR-4 not an array (a string has a length too): a wrong type, no count issue", () => {
    expect(allIssues(() => parse(three, { v: "123" }, RULE))).toEqual([
      { field: "v", value: "123", rule: RULE, message: "wrong type: expected array", code: "wrong-type", params: { expected: "array" } },
    ]);
  });
});
