// Tests of src/eligibility/commissions/practical-tasks.ts: the PRACTICAL_TASKS data (R-GC-8, para 88).
import { describe, expect, it } from "vitest";
import { PRACTICAL_TASKS } from "../../../src/index.js";

describe("R-GC-8 PRACTICAL_TASKS (para 88)", () => {
  it("R-GC-8 non-leadership: analytical note and official letter/answer; lower: two tasks; leadership: none", () => {
    expect(PRACTICAL_TASKS["non-leadership"].tasks.map((t) => t.line)).toEqual([1366, 1368]);
    expect(PRACTICAL_TASKS["non-leadership"].tasks[0]!.kk).toMatch(/аналитикалық жазба/);
    expect(PRACTICAL_TASKS["non-leadership"].tasks[1]!.kk).toMatch(/ресми сауалдар мен хаттар/);
    expect(PRACTICAL_TASKS.lower.tasks).toHaveLength(2);
    expect(PRACTICAL_TASKS.lower.tasks[0]!.kk).toMatch(/екі тапсырманы/);
    expect(PRACTICAL_TASKS.leadership.tasks).toHaveLength(0);
  });
});
