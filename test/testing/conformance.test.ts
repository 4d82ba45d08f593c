// src/testing/conformance.ts: checkConformance runs the shipped vectors against an implementation
// (issue 19): the library itself passes all of them; a wrong implementation is caught by id.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { checkConformance, conformanceMismatch, type ConformanceFile } from "../../src/testing/index.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "conformance");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const read = (f: string): ConformanceFile => JSON.parse(readFileSync(join(DIR, f), "utf8")) as ConformanceFile;

describe("testing: checkConformance", () => {
  for (const f of FILES) {
    it(`issue 19: the library passes every vector of conformance/${f}, none skipped`, () => {
      const report = checkConformance(read(f), lib as unknown as Record<string, unknown>, { isExpectedError: lib.isRuleInputError });
      expect(report.failed).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.passed).toBe(read(f).vectors.length);
    });
  }

  it("R-SEL-1 a wrong implementation (0.03 × S instead of 0.02 × S) fails by vector id; functions it lacks are skipped", () => {
    const file = read("scoring.json");
    const wrong = { selectionPersonalQualities: (S: unknown) => new Decimal(String(S)).times("0.03") };
    const report = checkConformance(file, wrong);
    const ids = file.vectors.filter((v) => v.function === "selectionPersonalQualities");
    // SC-01 (85 → 1.7) fails: 0.03 × 85 = 2.55; the vectors expecting an error fail too (it returns)
    expect(report.failed.map((x) => x.id)).toContain("SC-01");
    expect(report.failed.find((x) => x.id === "SC-01")!.reason).toMatch(/^result: got 2\.55, expected 1\.7/);
    expect(report.passed + report.failed.length).toBe(ids.length);
    expect(report.skipped.length).toBe(file.vectors.length - ids.length);
  });

  it("issue 19: an implementation answering with strings or numbers is compared by value; an expected error passes on any throw by default", () => {
    const file: ConformanceFile = {
      module: "t",
      vectors: [
        { id: "T-1", rule: "R-SEL-1", function: "f", args: [85], expected: "1.7", note: "0.02 × 85", citation: "-" },
        { id: "T-2", rule: "R-SEL-1", function: "g", args: [85], expected: "1.7", note: "0.02 × 85", citation: "-" },
        { id: "T-3", rule: "R-SEL-1", function: "h", args: [101], expected: { throws: "RuleInputError" }, note: "out of range", citation: "-" },
        { id: "T-4", rule: "R-SEL-1", function: "k", args: [101], expected: { throws: "RuleInputError" }, note: "out of range", citation: "-" },
      ],
    };
    const impl = { f: () => "1.70", g: () => 1.7, h: () => { throw new Error("range"); }, k: () => "2.02" };
    expect(checkConformance(file, impl)).toEqual({ passed: 3, failed: [{ id: "T-4", rule: "R-SEL-1", function: "k", reason: "expected RuleInputError, but it returned" }], skipped: [] });
    expect(checkConformance(file, impl, { isExpectedError: lib.isRuleInputError }).failed.map((x) => x.id)).toEqual(["T-3", "T-4"]);
  });

  it("issue 19: conformanceMismatch — decimals by value, objects by the fields listed, arrays item by item", () => {
    expect(conformanceMismatch(new Decimal("1.70"), "1.7")).toBeNull();
    expect(conformanceMismatch("2025-03-10", "2025-03-10")).toBeNull();
    expect(conformanceMismatch("2025-03-11", "2025-03-10")).toBe('result: got "2025-03-11", expected "2025-03-10"');
    expect(conformanceMismatch({ a: 1, b: 2 }, { a: 1 })).toBeNull();
    expect(conformanceMismatch([1, 2], [1])).toBe("result: expected 1 items, got 2");
    expect(conformanceMismatch({ v: "x" }, { v: "1" })).toBe('result.v: got "x", expected the decimal 1');
  });
});
