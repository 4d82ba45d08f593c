// Tests of src/calendars/add-calendar-days.ts: addCalendarDays (R-CAL-1, calendar days) — how it
// reads the date and n, the supported years 1900–2199, and the Gregorian day arithmetic (civil-date.ts).
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

// Mutation runs of src/calendars: the exact error of every input check (field, value, rule,
// message). Every expected value is worked out by hand in the comment next to it.
describe("R-CAL-1 addCalendarDays — reading the date and n", () => {
  it("R-CAL-1 a date that is not a string: wrong type named null / number / array", () => {
    const tail = 'expected a civil date string "YYYY-MM-DD"';
    expect(firstIssue(() => addCalendarDays(null as never, 1))).toMatchObject({ field: "date", value: null, rule: "R-CAL-1", message: `wrong type (null): ${tail}` });
    expect(firstIssue(() => addCalendarDays(20250101 as never, 1))).toMatchObject({ field: "date", value: 20250101, rule: "R-CAL-1", message: `wrong type (number): ${tail}` });
    expect(firstIssue(() => addCalendarDays(["2025-01-01"] as never, 1))).toMatchObject({
      field: "date", value: ["2025-01-01"], rule: "R-CAL-1", message: `wrong type (array): ${tail}`,
    });
  });

  it("R-CAL-1 malformed date, month 13, 31 November", () => {
    expect(firstIssue(() => addCalendarDays("2025/01/01", 1))).toMatchObject({
      field: "date", value: "2025/01/01", rule: "R-CAL-1", message: 'not an ISO civil date: expected "YYYY-MM-DD" (e.g. "2026-03-16")',
    });
    expect(firstIssue(() => addCalendarDays("2025-13-01", 1))).toMatchObject({ field: "date", value: "2025-13-01", message: "no such month (13): expected 01–12" });
    expect(firstIssue(() => addCalendarDays("2025-11-31", 0))).toMatchObject({ field: "date", value: "2025-11-31", message: "no such day: 2025-11 has 30 days" });
    expect(firstIssue(() => addCalendarDays("2025-02-29", 0))).toMatchObject({ field: "date", value: "2025-02-29", message: "no such day: 2025-02 has 28 days" });
  });

  it("R-CAL-1 n that is not a whole number in −100000…100000: wrong type, NaN, not whole, out of range", () => {
    const range = "expected a whole number from -100000 to 100000";
    const n = (v: unknown) => firstIssue(() => addCalendarDays("2025-01-01", v as number));
    expect(n(null)).toMatchObject({ field: "n", value: null, rule: "R-CAL-1", message: `wrong type (null): ${range}` });
    expect(n("5")).toMatchObject({ field: "n", value: "5", rule: "R-CAL-1", message: `wrong type (string): ${range}` });
    expect(n([5])).toMatchObject({ field: "n", value: [5], rule: "R-CAL-1", message: `wrong type (array): ${range}` });
    expect(n(Number.NaN)).toMatchObject({ field: "n", rule: "R-CAL-1", message: `NaN is not a number; ${range}` });
    expect(n(1.5)).toMatchObject({ field: "n", value: 1.5, message: `not whole: ${range}` });
    expect(n(100001)).toMatchObject({ field: "n", value: 100001, message: `out of range: ${range}` });
  });

  it("R-CAL-1 addCalendarDays: date, n, and a result beyond 2199", () => {
    expect(issue(() => addCalendarDays("2025-02-30", 1))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => addCalendarDays("2025-01-01", 1.5))).toMatchObject({ field: "n", rule: "R-CAL-1" });
    expect(issue(() => addCalendarDays("2199-12-31", 1))).toMatchObject({ field: "n", rule: "R-CAL-1" });
  });
});

describe("R-CAL-1 addCalendarDays — the supported years 1900–2199", () => {
  it("R-CAL-1 n = 100000 is accepted: 1900-01-01 + 100000 days = 2173-10-16", () => {
    // 1900-01-01 → 2173-01-01: 273 years, leap years 1904…2172 step 4 = 68, minus 2100 = 67;
    // 273·365 + 67 = 99712 days. 100000 − 99712 = 288 more days in 2173 (common year):
    // Jan–Sep = 273 days, so 288 − 273 = 15 days after 1 October → 16 October.
    expect(addCalendarDays("1900-01-01", 100000)).toBe("2173-10-16");
    expect(addCalendarDays("2173-10-16", -100000)).toBe("1900-01-01");
  });

  it("R-CAL-1 results must lie in 1900–2199: both ends included, one day beyond rejected", () => {
    expect(addCalendarDays("1900-01-02", -1)).toBe("1900-01-01");
    expect(addCalendarDays("2199-12-30", 1)).toBe("2199-12-31");
    expect(firstIssue(() => addCalendarDays("2199-12-31", 1))).toMatchObject({
      field: "n", value: 1, rule: "R-CAL-1", message: "the result (2200-01-01) falls outside the supported years 1900–2199",
    });
    expect(firstIssue(() => addCalendarDays("1900-01-01", -1))).toMatchObject({
      field: "n", value: -1, rule: "R-CAL-1", message: "the result (1899-12-31) falls outside the supported years 1900–2199",
    });
  });
});

describe("R-CAL-1 addCalendarDays — Gregorian day arithmetic", () => {
  it("R-CAL-1 Gregorian leap years: 1900 and 2100 are common years, 2000 is a leap year", () => {
    // divisible by 100 but not by 400: no 29 February
    expect(addCalendarDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(addCalendarDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(firstIssue(() => addCalendarDays("1900-02-29", 0)).message).toBe("no such day: 1900-02 has 28 days");
    expect(firstIssue(() => addCalendarDays("2100-02-29", 0)).message).toBe("no such day: 2100-02 has 28 days");
    // divisible by 400: 29 February exists (the last day of a 400-year cycle counted from 1 March 1600)
    expect(addCalendarDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addCalendarDays("2000-02-29", 1)).toBe("2000-03-01");
    expect(addCalendarDays("2000-03-01", -1)).toBe("2000-02-29");
  });

  it("R-CAL-1 months of 30 and 31 days: 30 November is followed by 1 December", () => {
    expect(addCalendarDays("2025-11-30", 1)).toBe("2025-12-01");
    expect(addCalendarDays("2025-10-30", 1)).toBe("2025-10-31");
  });

  it("R-CAL-1 dates of the 1900s and 2100s keep their day across year and March boundaries", () => {
    expect(addCalendarDays("1950-02-28", 1)).toBe("1950-03-01");
    expect(addCalendarDays("1999-12-31", 1)).toBe("2000-01-01");
    expect(addCalendarDays("1950-05-05", 0)).toBe("1950-05-05");
    expect(addCalendarDays("2150-07-14", 0)).toBe("2150-07-14");
    // 1950-01-01 + 365 days = 1951-01-01 (1950 is a common year)
    expect(addCalendarDays("1950-01-01", 365)).toBe("1951-01-01");
  });
});
