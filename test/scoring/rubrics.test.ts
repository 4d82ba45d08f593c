// src/scoring/rubrics.ts: RUBRICS and rubricBands (R-SEL-3, R-SEL-4, R-GC-2, R-GC-3, R-GC-4): every band
// printed on its source line, the bands of each rubric, the messages of bad input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { RUBRICS, rubricBands, type RubricId } from "../../src/scoring/index.js";
import { NOT_A_NUMBER, rejectsField } from "../support/scoring.js";
import { thrownRuleInputError } from "../support/first-issue.js";

const SEED_LINES = readFileSync(new URL("../../sources/001_a64fa5ff937c345c.txt", import.meta.url), "utf8").split("\n");
const IDS = Object.keys(RUBRICS) as RubricId[];
const labels = (id: RubricId, p: number) => rubricBands(id, p).map((b) => b.label);

describe("R-SEL-3, R-SEL-4, R-GC-2…4 RUBRICS and rubricBands", () => {
  it("R-SEL-3 R-SEL-4 R-GC-2 R-GC-3 R-GC-4 every band is printed, verbatim, on its source line", () => {
    for (const id of IDS) {
      const r = RUBRICS[id];
      expect(r.seed).toBe("sources/001_a64fa5ff937c345c.txt");
      for (const b of r.bands) {
        const line = SEED_LINES[b.line - 1]!;
        expect(line, `${id} ${b.label}`).toContain(b.printed);
        expect(b.printed).toContain(b.kk);
        expect(b.kk.length).toBeGreaterThan(10);
        expect(b.en.length).toBeGreaterThan(10);
        const [from, to] = r.lines.split("-").map(Number);
        expect(b.line).toBeGreaterThanOrEqual(from!);
        expect(b.line).toBeLessThanOrEqual(to ?? from!);
      }
    }
  });

  it("R-SEL-3 essay bands 0 / 1–2 / 3–4 / 5; R-GC-2 the same bands", () => {
    for (const id of ["selection-essay", "competition-essay"] as const) {
      expect(RUBRICS[id].bands.map((b) => [b.min, b.max])).toEqual([[0, 0], [1, 2], [3, 4], [5, 5]]);
      expect([0, 1, 2, 3, 4, 5].map((p) => labels(id, p))).toEqual([["0"], ["1–2"], ["1–2"], ["3–4"], ["3–4"], ["5"]]);
    }
    expect(RUBRICS["selection-essay"].rule).toBe("R-SEL-3");
    expect(RUBRICS["competition-essay"].rule).toBe("R-GC-2");
    expect(rubricBands("selection-essay", 5)[0]!.kk).toContain("толық ашты");
    expect(rubricBands("competition-essay", 0)[0]!.kk).toContain("жазбаған немесе ашпаған");
  });

  it("R-SEL-4 interview: one descriptor per point 0..3", () => {
    expect(RUBRICS["selection-interview"].bands.map((b) => [b.min, b.max])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
    expect([0, 1, 2, 3].map((p) => labels("selection-interview", p))).toEqual([["0"], ["1"], ["2"], ["3"]]);
    expect(rubricBands("selection-interview", 3)[0]!.kk.startsWith("кандидат еркін әңгімелеседі")).toBe(true);
    rejectsField(() => rubricBands("selection-interview", 4), "score", "R-SEL-4");
  });

  it("R-GC-3 practical bands 0; 1–2; 2–3; 4–5 as printed — a 2 falls in two bands; tracks worded differently", () => {
    for (const id of ["competition-practical-non-leadership", "competition-practical-lower"] as const) {
      expect(RUBRICS[id].rule).toBe("R-GC-3");
      expect(RUBRICS[id].overlapping).toBe(true);
      expect([0, 1, 2, 3, 4, 5].map((p) => labels(id, p))).toEqual([["0"], ["1–2"], ["1–2", "2–3"], ["2–3"], ["4–5"], ["4–5"]]);
    }
    const nl = RUBRICS["competition-practical-non-leadership"].bands;
    const lo = RUBRICS["competition-practical-lower"].bands;
    expect(nl[2]!.kk).not.toBe(lo[2]!.kk);
    expect(nl[3]!.kk).not.toBe(lo[3]!.kk);
    expect(nl[3]!.kk).toContain("практикалық құндылықты");
    expect(lo[3]!.kk).toContain("ой-өрісінің кеңдігін");
  });

  it("R-GC-4 interview bands 0; 1–2; 2–3; 4–5 — a 2 falls in two bands", () => {
    expect(RUBRICS["competition-interview"].rule).toBe("R-GC-4");
    expect([0, 1, 2, 3, 4, 5].map((p) => labels("competition-interview", p))).toEqual([["0"], ["1–2"], ["1–2", "2–3"], ["2–3"], ["4–5"], ["4–5"]]);
    expect(rubricBands("competition-interview", 0)[0]!.kk).toBe("кандидат сұраққа жауап берген жоқ");
  });

  test.prop([fc.constantFrom(...IDS), fc.integer({ min: 0, max: 5 })])("R-GC-3 R-GC-4 R-SEL-3 property: every valid whole grade falls in ≥ 1 band containing it", (id, p) => {
    fc.pre(p <= RUBRICS[id].maxPoints);
    const bands = rubricBands(id, p);
    expect(bands.length).toBeGreaterThanOrEqual(1);
    expect(bands.length).toBeLessThanOrEqual(2);
    for (const b of bands) expect(b.min <= p && p <= b.max).toBe(true);
    if (bands.length === 2) expect(RUBRICS[id].overlapping && p === 2).toBe(true);
  });

  it("R-SEL-3 R-GC-3 rubric data is frozen; rubricBands returns a fresh array", () => {
    expect(Object.isFrozen(RUBRICS)).toBe(true);
    expect(Object.isFrozen(RUBRICS["selection-essay"].bands)).toBe(true);
    expect(Object.isFrozen(RUBRICS["selection-essay"].bands[0])).toBe(true);
    const a = rubricBands("selection-essay", 1);
    expect(a).not.toBe(rubricBands("selection-essay", 1));
  });

  it("R-SEL-3 R-GC-3 rubricBands invalid: unknown rubric, out of range, fractional, NaN, wrong type", () => {
    for (const bad of ["", "essay", undefined, null, 3]) rejectsField(() => rubricBands(bad as never, 1), "rubric", "R-SEL-3");
    for (const bad of [...NOT_A_NUMBER, -1, 6, 2.5]) rejectsField(() => rubricBands("competition-practical-lower", bad as never), "score", "R-GC-3");
    rejectsField(() => rubricBands("competition-essay", 3.5), "score", "R-GC-2");
  });
});

// mutation run of src/scoring (issue 6, docs/quality.md): pins the messages a caller sees
describe("R-SEL-3 / R-SEL-4 / R-GC-2…4 rubricBands — the messages (mutation)", () => {
  const ids = Object.keys(RUBRICS);
  it("R-SEL-3 a missing rubric id says so", () => {
    const e = thrownRuleInputError(() => rubricBands(undefined as never, 3));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
    expect(e.issues[0]!.message).toBe("missing: a rubric id is required");
  });
  it("R-SEL-3 an unknown rubric id lists every id, quoted, comma-separated", () => {
    const e = thrownRuleInputError(() => rubricBands("essay" as never, 3));
    expect(e.issues[0]!.message).toBe(`unknown rubric: expected one of ${ids.map((r) => `"${r}"`).join(", ")}`);
    expect(e.issues[0]!.message).toContain('"selection-essay", "selection-interview"');
  });
  it("R-SEL-4 the score's unit is points and its maximum the rubric's (selection-interview: 3)", () => {
    const e = thrownRuleInputError(() => rubricBands("selection-interview", 4));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("score");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number from 0 to 3 points");
  });
  it("R-SEL-3 a rubric id that is not a string is not looked up (only the rubric is reported)", () => {
    // ["selection-essay"] would coerce to the key "selection-essay"; it must not give the score a maximum
    const e = thrownRuleInputError(() => rubricBands(["selection-essay"] as never, 99));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
  });
  it("R-SEL-3 an inherited key is not a rubric", () => {
    const e = thrownRuleInputError(() => rubricBands("toString" as never, 99));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
  });
});
