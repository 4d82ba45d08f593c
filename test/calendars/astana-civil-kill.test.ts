// Tests added from the mutation run of src/calendars (astana-internal, astana-instant, astana-day,
// astana-civil, civil-date, schedule-reserve-stage-at): the exact error of every input check
// (field, value, rule, message), the edges of the supported range, the reading of instants
// without seconds and with more than three fraction digits, and the Gregorian leap rules at the
// century years. Every expected value is worked out by hand in the comment next to it.
import { describe, expect, it } from "vitest";
import { addCalendarDays, astanaInstant, daysOff, endOfAstanaDay, reserveStageAt, toAstana } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const BEFORE_2005 =
  "before 2005-01-01T00:00:00+06:00: Kazakhstan observed summer time until 31.10.2004, which this library does not model";
const NO_OFFSET =
  'no offset: a local date-time is ambiguous; give the offset, e.g. "+05:00" (Astana from 01.03.2024), "+06:00" (Astana before) or "Z"';
const NOT_INSTANT =
  'not an ISO 8601 instant with an offset: expected "YYYY-MM-DDTHH:MM[:SS[.sss]]" followed by "Z" or "±HH:MM"';

describe("R-CAL-3 Astana civil date input (endOfAstanaDay, astanaInstant)", () => {
  it("R-CAL-3 a date that is not a string: wrong type named null / number / array", () => {
    expect(firstIssue(() => endOfAstanaDay(null as never))).toMatchObject({
      field: "date", value: null, rule: "R-CAL-3", message: 'wrong type (null): expected a civil date "YYYY-MM-DD"',
    });
    expect(firstIssue(() => endOfAstanaDay(20250630 as never))).toMatchObject({
      field: "date", value: 20250630, rule: "R-CAL-3", message: 'wrong type (number): expected a civil date "YYYY-MM-DD"',
    });
    expect(firstIssue(() => astanaInstant(["2025-06-30"] as never))).toMatchObject({
      field: "date", value: ["2025-06-30"], rule: "R-CAL-3", message: 'wrong type (array): expected a civil date "YYYY-MM-DD"',
    });
  });

  it("R-CAL-3 a string that is not YYYY-MM-DD: 'not a civil date'", () => {
    expect(firstIssue(() => endOfAstanaDay("30.06.2025"))).toMatchObject({
      field: "date", value: "30.06.2025", rule: "R-CAL-3", message: 'not a civil date: expected "YYYY-MM-DD" (ISO 8601, e.g. "2026-07-11")',
    });
  });

  it("R-CAL-3 years: 0999 is out of range; 1000 is a date, but before 2005", () => {
    expect(firstIssue(() => endOfAstanaDay("0999-12-31"))).toMatchObject({
      field: "date", value: "0999-12-31", rule: "R-CAL-3", message: "year out of range: expected 1000–9999",
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

  it("R-CAL-3 endOfAstanaDay of 31.12.2004 is before 2005-01-01 00:00 +06:00 and is rejected", () => {
    // 31.12.2004 23:59:59.999 (+06) is 1 ms before the first supported instant.
    expect(firstIssue(() => endOfAstanaDay("2004-12-31"))).toMatchObject({ field: "date", value: "2004-12-31", rule: "R-CAL-3", message: BEFORE_2005 });
    expect(firstIssue(() => endOfAstanaDay("2004-12-31", { minute: "start-of-minute" }))).toMatchObject({ field: "date", message: BEFORE_2005 });
    // the first supported day ends at +06:00
    expect(endOfAstanaDay("2005-01-01")).toBe("2005-01-01T23:59:59.999+06:00");
  });

  it("R-CAL-3 astanaInstant: 2005-01-01 00:00 (+06) is the first supported instant; 31.12.2004 23:59:59.999 is not", () => {
    expect(astanaInstant("2005-01-01")).toBe("2005-01-01T00:00:00+06:00");
    expect(astanaInstant("2005-01-01", "00:00:00.001")).toBe("2005-01-01T00:00:00.001+06:00");
    expect(firstIssue(() => astanaInstant("2004-12-31", "23:59:59.999"))).toMatchObject({
      field: "date", value: "2004-12-31", rule: "R-CAL-3", message: BEFORE_2005,
    });
  });

  it("R-CAL-3 options are named under opts (endOfAstanaDay minute, astanaInstant repeated)", () => {
    expect(firstIssue(() => endOfAstanaDay("2025-06-30", { minute: "middle" } as never))).toMatchObject({ field: "opts.minute", value: "middle", rule: "R-CAL-3" });
    expect(firstIssue(() => endOfAstanaDay("2025-06-30", { foo: 1 } as never))).toMatchObject({ field: "opts.foo", rule: "R-CAL-3", message: "unknown field" });
    expect(firstIssue(() => astanaInstant("2024-02-29", "23:30", { repeated: "both" } as never))).toMatchObject({
      field: "opts.repeated", value: "both", rule: "R-CAL-3",
    });
  });
});

describe("R-CAL-3 Astana clock time input (astanaInstant)", () => {
  it("R-CAL-3 a time that is not a string: wrong type named null / number / array", () => {
    const tail = 'expected a clock time "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss"';
    expect(firstIssue(() => astanaInstant("2025-06-01", null as never))).toMatchObject({ field: "time", value: null, rule: "R-CAL-3", message: `wrong type (null): ${tail}` });
    expect(firstIssue(() => astanaInstant("2025-06-01", 1200 as never))).toMatchObject({ field: "time", value: 1200, rule: "R-CAL-3", message: `wrong type (number): ${tail}` });
    expect(firstIssue(() => astanaInstant("2025-06-01", ["12:00"] as never))).toMatchObject({
      field: "time", value: ["12:00"], rule: "R-CAL-3", message: `wrong type (array): ${tail}`,
    });
  });

  it("R-CAL-3 malformed and impossible clock times", () => {
    expect(firstIssue(() => astanaInstant("2025-06-01", "1200"))).toMatchObject({
      field: "time", value: "1200", rule: "R-CAL-3", message: 'not a clock time: expected "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss" (24-hour clock)',
    });
    expect(firstIssue(() => astanaInstant("2025-06-01", "24:00"))).toMatchObject({
      field: "time", value: "24:00", message: "impossible time: hour must be 00–23 (write 24:00 as 00:00 of the next day)",
    });
    expect(firstIssue(() => astanaInstant("2025-06-01", "12:60"))).toMatchObject({ field: "time", value: "12:60", message: "impossible time: minute must be 00–59" });
    expect(firstIssue(() => astanaInstant("2025-06-01", "12:00:60"))).toMatchObject({ field: "time", value: "12:00:60", message: "impossible time: second must be 00–59" });
  });
});

describe("R-CAL-3 instants (toAstana)", () => {
  it("R-CAL-3 an instant that is not a string: wrong type named null / number / array, field instant", () => {
    const tail = 'expected an ISO 8601 instant with an offset, e.g. "2025-06-30T23:59:00+05:00"';
    expect(firstIssue(() => toAstana(null as never))).toMatchObject({ field: "instant", value: null, rule: "R-CAL-3", message: `wrong type (null): ${tail}` });
    expect(firstIssue(() => toAstana(0 as never))).toMatchObject({ field: "instant", value: 0, rule: "R-CAL-3", message: `wrong type (number): ${tail}` });
    expect(firstIssue(() => toAstana([] as never))).toMatchObject({ field: "instant", value: [], rule: "R-CAL-3", message: `wrong type (array): ${tail}` });
  });

  it("R-CAL-3 a local date-time (with or without seconds, with a fraction, with a space) is 'no offset'", () => {
    for (const s of ["2024-02-29T18:00:00", "2024-02-29T18:00", "2024-02-29T18:00:00.123", "2024-02-29 18:00"]) {
      expect(firstIssue(() => toAstana(s)), s).toMatchObject({ field: "instant", value: s, rule: "R-CAL-3", message: NO_OFFSET });
    }
  });

  it("R-CAL-3 other malformed strings are 'not an ISO 8601 instant' (leading or trailing junk, offset without colon)", () => {
    for (const s of ["x2024-02-29T18:00:00", "2024-02-29T18:00:00+0500", "2024-02-29T18:00:00.5x", "2024-02-29T18:00:00.x"]) {
      expect(firstIssue(() => toAstana(s)), s).toMatchObject({ field: "instant", value: s, rule: "R-CAL-3", message: NOT_INSTANT });
    }
  });

  it("R-CAL-3 impossible instants: year, month, day, hour, minute, second, offset", () => {
    const cases: [string, string][] = [
      ["0999-12-31T00:00Z", "year out of range: expected 1000–9999"],
      ["2025-13-01T00:00Z", "impossible date: month must be 01–12"],
      ["2025-00-01T00:00Z", "impossible date: month must be 01–12"],
      ["2025-02-29T00:00Z", "impossible date: 2025-02 has 28 days"],
      ["2024-01-01T24:00:00Z", "impossible time: hour must be 00–23 (write 24:00 as 00:00 of the next day)"],
      ["2024-01-01T23:60:00Z", "impossible time: minute must be 00–59"],
      ["2024-01-01T23:59:60Z", "impossible time: second must be 00–59 (leap seconds are not supported)"],
      ["2024-01-01T00:00:00-00:00", 'offset "-00:00" means "unknown local offset" (RFC 3339): give the real offset or "Z"'],
      ["2025-06-30T23:59:00+05:60", "impossible offset: expected ±HH:MM with HH 00–14 and MM 00–59"],
      ["2025-06-30T23:59:00+15:00", "impossible offset: expected ±HH:MM with HH 00–14 and MM 00–59"],
      // year 1000 is a valid instant, but before the supported range
      ["1000-01-01T00:00Z", BEFORE_2005],
    ];
    for (const [s, message] of cases) {
      expect(firstIssue(() => toAstana(s)), s).toMatchObject({ field: "instant", value: s, rule: "R-CAL-3", message });
    }
  });

  it("R-CAL-3 offset minutes 59 are accepted: 23:59 at +05:59 is 18:00Z, i.e. 23:00 in Astana (+05)", () => {
    expect(toAstana("2025-06-30T23:59:00+05:59")).toEqual({
      date: "2025-06-30", time: "23:00:00", millisecond: 0, offset: "+05:00", occurrence: "only", instant: "2025-06-30T23:00:00+05:00",
    });
  });

  it("R-CAL-3 an instant without seconds: 18:59Z is 23:59:00 in Astana on 30.06.2025", () => {
    expect(toAstana("2025-06-30T18:59Z")).toEqual({
      date: "2025-06-30", time: "23:59:00", millisecond: 0, offset: "+05:00", occurrence: "only", instant: "2025-06-30T23:59:00+05:00",
    });
  });

  it("R-CAL-3 fractions: '.5' is 500 ms; digits beyond the millisecond are truncated ('.1239' → 123 ms)", () => {
    expect(toAstana("2025-06-30T18:59:00.5Z")).toMatchObject({ time: "23:59:00", millisecond: 500, instant: "2025-06-30T23:59:00.500+05:00" });
    expect(toAstana("2025-06-30T18:59:00.1239Z")).toMatchObject({ time: "23:59:00", millisecond: 123, instant: "2025-06-30T23:59:00.123+05:00" });
    expect(toAstana("2025-06-30T18:59:00.000999999Z")).toMatchObject({ millisecond: 0, instant: "2025-06-30T23:59:00+05:00" });
  });
});

describe("R-PYR-6 reserveStageAt names its inputs", () => {
  it("R-PYR-6 a bad instant is named instant, a bad option opts.minute, rule R-PYR-6", () => {
    expect(firstIssue(() => reserveStageAt("2025-06-30T23:59:30"))).toMatchObject({
      field: "instant", value: "2025-06-30T23:59:30", rule: "R-PYR-6", message: NO_OFFSET,
    });
    expect(firstIssue(() => reserveStageAt("2025-07-01T00:00:00+05:00", { minute: "x" } as never))).toMatchObject({
      field: "opts.minute", value: "x", rule: "R-PYR-6",
    });
    expect(firstIssue(() => reserveStageAt("2025-07-01T00:00:00+05:00", { foo: 1 } as never))).toMatchObject({
      field: "opts.foo", rule: "R-PYR-6", message: "unknown field",
    });
  });
});

describe("R-CAL-1 civil dates and whole numbers (addCalendarDays, daysOff)", () => {
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

  it("R-CAL-1 n = 100000 is accepted: 1900-01-01 + 100000 days = 2173-10-16", () => {
    // 1900-01-01 → 2173-01-01: 273 years, leap years 1904…2172 step 4 = 68, minus 2100 = 67;
    // 273·365 + 67 = 99712 days. 100000 − 99712 = 288 more days in 2173 (common year):
    // Jan–Sep = 273 days, so 288 − 273 = 15 days after 1 October → 16 October.
    expect(addCalendarDays("1900-01-01", 100000)).toBe("2173-10-16");
    expect(addCalendarDays("2173-10-16", -100000)).toBe("1900-01-01");
  });

  it("R-CAL-1 daysOff accepts the last calendar year 2077 (the upper bound is included)", () => {
    // 1 January (New Year) is a statutory holiday of every year.
    expect(daysOff(2077).some((d) => d.date === "2077-01-01")).toBe(true);
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
