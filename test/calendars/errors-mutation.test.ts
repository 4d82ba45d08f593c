// Tests added from the mutation run of src/calendars (issue 6, docs/quality.md): the field and rule
// named by each error, the edges of the calendar (2012–2077), non-object lengths and options.
// Dates are worked out by hand from a printed calendar (2025: Nauryz 21–23.03 = Fri–Sun, carried to
// Mon 24 and Tue 25; 2077-12-31 is a Friday).
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  astanaOffset,
  deadline,
  isWorkingDay,
  kazakhstanCalendar,
  nextWorkingDay,
  periodEnd,
  RuleInputError,
} from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-1 errors name their field and rule (mutation)", () => {
  it("R-CAL-1 addCalendarDays: date, n, and a result beyond 2199", () => {
    expect(issue(() => addCalendarDays("2025-02-30", 1))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => addCalendarDays("2025-01-01", 1.5))).toMatchObject({ field: "n", rule: "R-CAL-1" });
    expect(issue(() => addCalendarDays("2199-12-31", 1))).toMatchObject({ field: "n", rule: "R-CAL-1" });
  });
  it("R-CAL-1 addWorkingDays / nextWorkingDay / isWorkingDay: date and cal", () => {
    expect(issue(() => addWorkingDays("2025-02-30", 1))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => nextWorkingDay("2025-13-01"))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => addWorkingDays("2025-01-01", 1, {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => nextWorkingDay("2025-01-01", {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => isWorkingDay("2025-01-01", {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => deadline("2025-01-01", { days: 1 }, {} as never))).toMatchObject({ rule: "R-CAL-1" });
  });
  it("R-CAL-1 deadline: from is named", () => {
    expect(issue(() => deadline("2025-02-30", { days: 1 })).field).toBe("from");
    expect(issue(() => deadline("2025-02-30", { workingDays: 1 })).field).toBe("from");
  });
});

describe("R-CAL-1 addWorkingDays from a day off and at the edges (mutation)", () => {
  it("R-CAL-1 one working day after Saturday 22.03.2025 is Wednesday 26.03 (23 Sun, 24–25 Nauryz carried)", () => {
    expect(addWorkingDays("2025-03-22", 1)).toBe("2025-03-26");
    expect(addWorkingDays("2025-03-22", 2)).toBe("2025-03-27");
  });
  it("R-CAL-1 one working day before Wednesday 26.03.2025 is Thursday 20.03", () => {
    expect(addWorkingDays("2025-03-26", -1)).toBe("2025-03-20");
  });
  it("R-CAL-1 the last working day of the calendar, Friday 31.12.2077: one more is outside 2012–2077", () => {
    expect(isWorkingDay("2077-12-31")).toBe(true);
    const i = issue(() => addWorkingDays("2077-12-31", 1));
    expect(i).toMatchObject({ field: "n", rule: "R-CAL-1", value: 1 });
    expect(i.message).toBe("1 working days from 2077-12-31 fall outside the years 2012–2077 the calendar covers");
  });
  it("R-CAL-1 the first working day of the calendar is reachable backwards", () => {
    const first = nextWorkingDay("2012-01-01");
    const second = addWorkingDays(first, 1);
    expect(addWorkingDays(second, -1)).toBe(first);
    expect(() => addWorkingDays(first, -1)).toThrow(RuleInputError);
  });
  it("R-CAL-1 with 31.12.2077 made a day off there is no working day after 30.12.2077", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2077-12-31" }] });
    const i = issue(() => nextWorkingDay("2077-12-31", cal));
    expect(i).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(i.message).toBe("no working day on or after it within 2077");
    const d = issue(() => deadline("2077-12-30", { days: 1 }, cal));
    expect(d.field).toBe("length");
    expect(d.message).toBe("the deadline from 2077-12-30 falls after 2077, beyond the calendar");
  });
});

describe("RULES §4 deadline at the edges of the calendar (mutation)", () => {
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
  it("RULES §4 deadline accepts { years }: 10.01.2025 + 1 year = Saturday 10.01.2026 → Monday 12.01.2026", () => {
    expect(deadline("2025-01-10", { years: 1 })).toBe("2026-01-12");
  });
});

describe("RULES §4 lengths and options (mutation)", () => {
  it("RULES §4 a null, array or number length is a RuleInputError naming the field and the choices", () => {
    for (const bad of [null, undefined, [1], 5, "1"]) {
      const i = issue(() => periodEnd("2025-01-01", bad as never));
      expect(i.field).toBe("length");
      expect(i.message).toBe("expected exactly one of { days: n }, { months: n }, { years: n }");
    }
    expect(issue(() => deadline("2025-01-01", null as never)).message).toBe(
      "expected exactly one of { days: n }, { months: n }, { years: n }, { workingDays: n }",
    );
  });
  it("RULES §4 workingDays is a deadline's unit only", () => {
    expect(issue(() => periodEnd("2025-01-01", { workingDays: 3 } as never)).field).toBe("length");
  });
  it("RULES §4 days up to 36 500: 30 000 days from 01.01.2025 is accepted", () => {
    // 30 000 days ≈ 82.1 years → 2107, within the civil range (≤ 2199)
    expect(periodEnd("2025-01-01", { days: 30000 }).slice(0, 4)).toBe("2107");
    expect(issue(() => periodEnd("2025-01-01", { days: 36501 })).field).toBe("length.days");
    expect(issue(() => deadline("2025-01-01", { workingDays: 20001 })).field).toBe("length.workingDays");
  });
  it("RULES §4 a result beyond 2199 names length", () => {
    expect(issue(() => periodEnd("2199-06-01", { years: 1 })).field).toBe("length");
  });
  it("RULES §4 options: null, an array, an unknown field, a bad counting; {} is the default", () => {
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, null as never))).toMatchObject({
      field: "opts",
      message: 'expected { counting?: "civil-code" | "inclusive" }',
    });
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, [] as never)).field).toBe("opts");
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, "inclusive" as never)).field).toBe("opts");
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, { count: "inclusive" } as never))).toMatchObject({
      field: "opts.count",
      message: "unknown field",
    });
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, { counting: "civil" } as never))).toMatchObject({
      field: "opts.counting",
      message: 'expected "civil-code" or "inclusive"',
    });
    // 01.03 + 10 days = 11.03 (civil code, the default)
    expect(periodEnd("2025-03-01", { days: 10 }, {})).toBe("2025-03-11");
  });
});

describe("R-CAL-3 before 2005 (mutation)", () => {
  it("R-CAL-3 an instant before 2005 is refused with the reason", () => {
    expect(issue(() => astanaOffset("2004-06-01T00:00:00Z")).message).toBe(
      "before 2005-01-01T00:00:00+06:00: Kazakhstan observed summer time until 31.10.2004, which this library does not model",
    );
  });
});
