// Tests of src/calendars/deadline.ts: deadline (RULES.md §4 counting case 2, on R-CAL-1) — a period's
// last day moved off a day off, { workingDays }, { years }; the edges of the calendar (2012–2077).
import { describe, expect, it } from "vitest";
import { deadline, nextWorkingDay } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("RULES §4 counting case 2 deadline", () => {
  it("counting case 2 deadline: a last day that is not a working day moves to the next working day (R-CAL-1)", () => {
    // Tue 10.03.2026 + 10 days = Fri 20.03: a working day, kept.
    expect(deadline("2026-03-10", { days: 10 })).toBe("2026-03-20");
    // Fri 20.03.2026 + 3 days = Mon 23.03 (Nauryz); 24, 25 carried days off → Thu 26.03.
    expect(deadline("2026-03-20", { days: 3 })).toBe("2026-03-26");
    // Working days: 26, 27, 30 March.
    expect(deadline("2026-03-20", { workingDays: 3 })).toBe("2026-03-30");
    // Inclusive: Mon 16.03.2026 counts as working day 1 → 16, 17, 18.
    expect(deadline("2026-03-16", { workingDays: 3 }, undefined, { counting: "inclusive" })).toBe("2026-03-18");
    expect(deadline("2026-03-16", { workingDays: 3 })).toBe("2026-03-19");
    // One month from 31.07.2026 → 31.08.2026: Monday, a working day in 2026 (no Constitution Day).
    expect(deadline("2026-07-31", { months: 1 })).toBe("2026-08-31");
    // One month from 30.07.2025 → Sat 30.08.2025 (Constitution Day) → Sun → Mon 1 Sep carried → Tue 02.09.2025.
    expect(deadline("2025-07-30", { months: 1 })).toBe("2025-09-02");
  });

  it("RULES §4 deadline accepts { years }: 10.01.2025 + 1 year = Saturday 10.01.2026 → Monday 12.01.2026", () => {
    expect(deadline("2025-01-10", { years: 1 })).toBe("2026-01-12");
  });
});

describe("RULES §4 counting case 2 deadline — the edges of the calendar (2012–2077)", () => {
  // mutation run: 2077-12-31 is a Friday
  it("RULES §4 30.12.2077 + 1 day = 31.12.2077, a Friday: the last day of the calendar is fine", () => {
    expect(deadline("2077-12-30", { days: 1 })).toBe("2077-12-31");
  });

  it("RULES §4 31.12.2077 + 1 day = 01.01.2078: outside the calendar", () => {
    const i = issue(() => deadline("2077-12-31", { days: 1 }));
    expect(i.field).toBe("length");
    expect(i.message).toBe("the period from 2077-12-31 ends outside the years 2012–2077 the calendar covers");
  });

  it("RULES §4 a period ending before 2012 is outside the calendar; one ending on 01.01.2012 is not", () => {
    expect(issue(() => deadline("2011-12-01", { days: 5 })).field).toBe("length");
    expect(deadline("2011-12-31", { days: 1 })).toBe(nextWorkingDay("2012-01-01"));
  });
});

describe("RULES §4 counting case 2 deadline — errors name their field", () => {
  it("R-CAL-1 deadline: from is named", () => {
    expect(issue(() => deadline("2025-02-30", { days: 1 })).field).toBe("from");
    expect(issue(() => deadline("2025-02-30", { workingDays: 1 })).field).toBe("from");
  });
});

// mutation run 2026-12-06 (issue 16): a working-day deadline reads its start in the calendar's years
describe("RULES §4 counting case 2 deadline — a working-day start outside the calendar", () => {
  it("counting case 2 { workingDays } from 2100-01-01: the start is outside 2012–2077", () => {
    expect(firstIssue(() => deadline("2100-01-01", { workingDays: 1 }))).toStrictEqual({
      field: "from", value: "2100-01-01", rule: "§4 counting case 2", message: "year 2100 outside the supported range 2012–2077",
    });
  });
});
