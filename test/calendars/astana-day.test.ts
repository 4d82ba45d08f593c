// Tests of src/calendars/astana-day.ts: endOfAstanaDay (R-CAL-3) — the last instant of "by 23:59" on
// an Astana date, both readings of the minute; the civil date and options it reads (as astanaInstant does).
import { describe, expect, it } from "vitest";
import { addCalendarDays, astanaInstant, endOfAstanaDay } from "../../src/index.js";
import { BEFORE_2005 } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-CAL-3 endOfAstanaDay", () => {
  it("R-CAL-3 endOfAstanaDay: '23:59' read as the whole minute (default) or its first second", () => {
    expect(endOfAstanaDay("2025-06-30")).toBe("2025-06-30T23:59:59.999+05:00");
    expect(endOfAstanaDay("2025-06-30", { minute: "start-of-minute" })).toBe("2025-06-30T23:59:00+05:00");
    expect(endOfAstanaDay("2023-12-29")).toBe("2023-12-29T23:59:59.999+06:00");
    // 29 Feb 2024 lasted 25 hours: it ends with the second occurrence of 23:59
    expect(endOfAstanaDay("2024-02-29")).toBe("2024-02-29T23:59:59.999+05:00");
    expect(endOfAstanaDay("2024-02-29", { minute: "start-of-minute" })).toBe("2024-02-29T23:59:00+05:00");
    expect(endOfAstanaDay("2024-02-28")).toBe("2024-02-28T23:59:59.999+06:00");
  });

  // mutation run: the edge of the supported range
  it("R-CAL-3 endOfAstanaDay of 31.12.2004 is before 2005-01-01 00:00 +06:00 and is rejected", () => {
    // 31.12.2004 23:59:59.999 (+06) is 1 ms before the first supported instant.
    expect(firstIssue(() => endOfAstanaDay("2004-12-31"))).toMatchObject({ field: "date", value: "2004-12-31", rule: "R-CAL-3", message: BEFORE_2005 });
    expect(firstIssue(() => endOfAstanaDay("2004-12-31", { minute: "start-of-minute" }))).toMatchObject({ field: "date", message: BEFORE_2005 });
    // the first supported day ends at +06:00
    expect(endOfAstanaDay("2005-01-01")).toBe("2005-01-01T23:59:59.999+06:00");
  });
});

// Mutation run of src/calendars (astana-internal, astana-day, astana-instant): the exact error of
// every check of the civil date and of the options, the edges of the year range.
describe("R-CAL-3 endOfAstanaDay, astanaInstant — reading the civil date and the options", () => {
  it("R-CAL-3 a date that is not a string: wrong type named null / number / array", () => {
    expect(firstIssue(() => endOfAstanaDay(null as never))).toMatchObject({
      field: "date", value: null, rule: "R-CAL-3", message: 'wrong type (null): expected a civil date string "YYYY-MM-DD"',
    });
    expect(firstIssue(() => endOfAstanaDay(20250630 as never))).toMatchObject({
      field: "date", value: 20250630, rule: "R-CAL-3", message: 'wrong type (number): expected a civil date string "YYYY-MM-DD"',
    });
    expect(firstIssue(() => astanaInstant(["2025-06-30"] as never))).toMatchObject({
      field: "date", value: ["2025-06-30"], rule: "R-CAL-3", message: 'wrong type (array): expected a civil date string "YYYY-MM-DD"',
    });
  });

  // the library's one civil-date reader (src/calendars/civil-date.ts): the calendar functions' wording
  it("R-CAL-3 a string that is not YYYY-MM-DD: 'not an ISO civil date', code invalid-date", () => {
    expect(firstIssue(() => endOfAstanaDay("30.06.2025"))).toMatchObject({
      field: "date", value: "30.06.2025", rule: "R-CAL-3", message: 'not an ISO civil date: expected "YYYY-MM-DD" (e.g. "2026-03-16")', code: "invalid-date",
    });
  });

  it("R-CAL-3 years: 0999 is out of range; 1000 is a date, but before 2005", () => {
    expect(firstIssue(() => endOfAstanaDay("0999-12-31"))).toMatchObject({
      field: "date", value: "0999-12-31", rule: "R-CAL-3", message: "year 999 outside the supported range 1000–9999",
    });
    expect(firstIssue(() => endOfAstanaDay("1000-01-01"))).toMatchObject({ field: "date", value: "1000-01-01", message: BEFORE_2005 });
  });

  it("R-CAL-3 impossible months 00 and 13, impossible days 00 and 29.02.2025 (2025 is not a leap year): code invalid-date, worded as the calendar functions", () => {
    expect(firstIssue(() => endOfAstanaDay("2025-00-10"))).toStrictEqual({
      field: "date", value: "2025-00-10", rule: "R-CAL-3", message: "no such month (0): expected 01–12", code: "invalid-date",
    });
    expect(firstIssue(() => endOfAstanaDay("2025-13-01"))).toStrictEqual({
      field: "date", value: "2025-13-01", rule: "R-CAL-3", message: "no such month (13): expected 01–12", code: "invalid-date",
    });
    expect(firstIssue(() => astanaInstant("2025-02-29", "12:00"))).toStrictEqual({
      field: "date", value: "2025-02-29", rule: "R-CAL-3", message: "no such day: 2025-02 has 28 days", code: "invalid-date",
    });
    expect(firstIssue(() => astanaInstant("2025-04-00"))).toStrictEqual({
      field: "date", value: "2025-04-00", rule: "R-CAL-3", message: "no such day: 2025-04 has 30 days", code: "invalid-date",
    });
    // The same mistake in a calendar function: the same wording and code.
    expect(firstIssue(() => addCalendarDays("2025-02-29", 1))).toMatchObject({ message: "no such day: 2025-02 has 28 days", code: "invalid-date" });
  });

  it("R-CAL-3 options are named under opts (endOfAstanaDay minute, astanaInstant repeated)", () => {
    expect(firstIssue(() => endOfAstanaDay("2025-06-30", { minute: "middle" } as never))).toMatchObject({ field: "opts.minute", value: "middle", rule: "R-CAL-3" });
    expect(firstIssue(() => endOfAstanaDay("2025-06-30", { foo: 1 } as never))).toMatchObject({ field: "opts.foo", rule: "R-CAL-3", message: "unknown field" });
    expect(firstIssue(() => astanaInstant("2024-02-29", "23:30", { repeated: "both" } as never))).toMatchObject({
      field: "opts.repeated", value: "both", rule: "R-CAL-3",
    });
  });
});
