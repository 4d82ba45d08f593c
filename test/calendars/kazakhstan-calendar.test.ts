// Tests of src/calendars/kazakhstan-calendar.ts: kazakhstanCalendar (R-CAL-2; R-CAL-1 for Kurban Ait)
// — what a caller adds (transfers, Kurban Ait, confirmed years) and how a bad `extra` is refused.
import { describe, expect, it } from "vitest";
import {
  RuleInputError,
  calendarCoverage,
  daysOff,
  isWorkingDay,
  kazakhstanCalendar,
  workingDayInfo,
} from "../../src/index.js";
import { ACT_2025, offOn } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

const CALLER_TRANSFER = "supplied by the caller (kazakhstanCalendar extra.transfers)";
const CALLER_KURBAN_AIT = "supplied by the caller (kazakhstanCalendar extra.kurbanAit)";

describe("R-CAL-2 kazakhstanCalendar — what a caller adds", () => {
  it("R-CAL-2 kazakhstanCalendar: a caller adds a year's transfers and Kurban Ait and confirms it", () => {
    const cal = kazakhstanCalendar({
      kurbanAit: { 2027: "2027-05-17" },
      transfers: [{ off: "2027-01-08", worked: "2027-01-09", act: "hypothetical order" }],
      confirmedYears: [2027],
    });
    expect(isWorkingDay("2027-01-08", cal)).toBe(false);
    expect(isWorkingDay("2027-01-09", cal)).toBe(true);
    expect(isWorkingDay("2027-05-17", cal)).toBe(false); // Monday, Kurban Ait as supplied
    expect(daysOff(2027, cal).some((d) => d.date === "2027-05-16")).toBe(false); // the estimate is replaced
    expect(calendarCoverage(2027, cal)).toBe("confirmed");
    expect(workingDayInfo("2027-01-09", cal).act).toBe("hypothetical order");
    // the built-in calendar is unchanged and shared
    expect(isWorkingDay("2027-01-08")).toBe(true);
    expect(kazakhstanCalendar()).toBe(kazakhstanCalendar());
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(daysOff(2026))).toBe(true);
    expect(Object.isFrozen(daysOff(2026)[0])).toBe(true);
  });

  // mutation run: the exact entries and sources of what a caller supplies
  it("R-CAL-2 a transfer without `worked` and without `act`: a day off with no `from`, the default source", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2027-01-08" }] });
    expect(offOn("2027-01-08", cal)).toEqual({
      date: "2027-01-08", kind: "transfer", name: "Ауыстырылған демалыс күні", nameEn: "Day off (transferred)",
      nameRu: "Перенесённый выходной день", source: CALLER_TRANSFER,
    });
    expect(isWorkingDay("2027-01-09", cal)).toBe(false); // Saturday: nothing worked
  });

  it("R-CAL-2 an empty or blank `act` gives the default source; a named act is kept", () => {
    // Saturday 09.01.2027 worked for Friday 08.01.2027
    const blank = kazakhstanCalendar({ transfers: [{ off: "2027-01-08", worked: "2027-01-09", act: "  " }] });
    expect(workingDayInfo("2027-01-09", blank).act).toBe(CALLER_TRANSFER);
    expect(offOn("2027-01-08", blank)).toMatchObject({ from: "2027-01-09", source: CALLER_TRANSFER });
    const empty = kazakhstanCalendar({ transfers: [{ off: "2027-01-08", worked: "2027-01-09", act: "" }] });
    expect(workingDayInfo("2027-01-09", empty).act).toBe(CALLER_TRANSFER);
    const named = kazakhstanCalendar({ transfers: [{ off: "2027-01-08", worked: "2027-01-09", act: " Order 1 " }] });
    expect(workingDayInfo("2027-01-09", named).act).toBe(" Order 1 ");
  });

  it("R-CAL-2 a transfer onto the calendar's last day (Friday 31.12.2077) is listed as 2077's last day off", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2077-12-31" }] });
    const list = daysOff(2077, cal);
    expect(list[list.length - 1]).toMatchObject({ date: "2077-12-31", kind: "transfer" });
  });

  it("R-CAL-2 confirmedYears come out ascending, after the built-in 2012–2026", () => {
    const cal = kazakhstanCalendar({ confirmedYears: [2030, 2027] });
    const expected = [...Array.from({ length: 15 }, (_, i) => 2012 + i), 2027, 2030];
    expect(cal.confirmedYears).toEqual(expected);
    expect(calendarCoverage(2030, cal)).toBe("confirmed");
    expect(calendarCoverage(2028, cal)).toBe("statutory-only");
  });

  it("R-CAL-1 supplied Kurban Ait for the first and the last year (2012, 2077) and two dates in 2039: not estimated", () => {
    const cal = kazakhstanCalendar({ kurbanAit: { 2012: "2012-10-26", 2077: "2077-10-27", 2039: ["2039-01-05", "2039-12-26"] } });
    const ka = (d: string) => offOn(d, cal);
    for (const d of ["2012-10-26", "2077-10-27", "2039-01-05", "2039-12-26"]) {
      expect(ka(d)).toEqual({
        date: d, kind: "religious", name: "Құрбан айт", nameEn: "Kurban Ait (first day)",
        nameRu: "Курбан айт (первый день)", source: CALLER_KURBAN_AIT,
      });
    }
  });
});

describe("R-CAL-2 kazakhstanCalendar — errors name the field, the value, the rule and the reason", () => {
  it("R-CAL-2 kazakhstanCalendar rejects conflicting or malformed data", () => {
    const bad: unknown[] = [
      { transfers: [{ off: "2026-03-23" }] }, // already a holiday
      { transfers: [{ off: "2026-03-18", worked: "2026-03-19" }] }, // worked is already a working day
      { transfers: [{ off: "2026-02-30" }] },
      { transfers: [{ of: "2026-03-18" }] },
      { kurbanAit: { 2027: "2028-05-05" } },
      { kurbanAit: { 1999: "1999-03-27" } },
      { confirmedYears: [2027.5] },
      { holidays: [] },
      "2026",
    ];
    for (const b of bad) expect(() => kazakhstanCalendar(b as never)).toThrow(RuleInputError);
    try {
      kazakhstanCalendar({ transfers: [{ off: "2026-03-23" }] });
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-CAL-2: extra\.transfers\[0\]\.off = "2026-03-23"/);
    }
  });

  // mutation run: one test per check of `extra`
  it("R-CAL-2 `extra` that is not a plain object (a string, null, an array)", () => {
    for (const bad of ["2026", null, []]) {
      expect(issue(() => kazakhstanCalendar(bad as never))).toMatchObject({
        field: "extra", rule: "R-CAL-2", value: bad, message: "expected an object { transfers?, kurbanAit?, confirmedYears? }",
      });
    }
  });

  it("R-CAL-2 an unknown field of `extra`", () => {
    expect(issue(() => kazakhstanCalendar({ holidays: [] } as never))).toMatchObject({
      field: "extra.holidays", rule: "R-CAL-2", value: [], message: "unknown field",
    });
  });

  it("R-CAL-1 `kurbanAit` that is not an object (a string, null)", () => {
    for (const bad of ["2027-05-17", null]) {
      expect(issue(() => kazakhstanCalendar({ kurbanAit: bad as never }))).toMatchObject({
        field: "extra.kurbanAit", rule: "R-CAL-1", value: bad, message: 'expected an object { year: "YYYY-MM-DD" }',
      });
    }
  });

  it("R-CAL-1 a `kurbanAit` key that is not a year 2012–2077 (1999, 2078, letters, 5 digits, a decimal)", () => {
    for (const key of ["1999", "2078", "abcd", "02027", "2027.0"]) {
      const date = key === "1999" ? "1999-03-27" : key === "2078" ? "2078-01-01" : "2027-05-17";
      expect(issue(() => kazakhstanCalendar({ kurbanAit: { [key]: date } as never }))).toMatchObject({
        field: `extra.kurbanAit.${key}`, rule: "R-CAL-1", value: key, message: "the key must be a year 2012–2077",
      });
    }
  });

  it("R-CAL-1 `kurbanAit` with no date or three dates for a year", () => {
    for (const bad of [[], ["2039-01-05", "2039-06-01", "2039-12-26"]]) {
      expect(issue(() => kazakhstanCalendar({ kurbanAit: { 2039: bad } }))).toMatchObject({
        field: "extra.kurbanAit.2039", rule: "R-CAL-1", value: bad, message: "expected one date (or two when the year holds two)",
      });
    }
  });

  it("R-CAL-1 a bad second date of a year names its index; a date of another year names the year", () => {
    expect(issue(() => kazakhstanCalendar({ kurbanAit: { 2039: ["2039-01-05", "2039-13-01"] } }))).toMatchObject({
      field: "extra.kurbanAit.2039[1]", rule: "R-CAL-1", value: "2039-13-01", message: "no such month (13): expected 01–12",
    });
    expect(issue(() => kazakhstanCalendar({ kurbanAit: { 2027: "2028-05-05" } }))).toMatchObject({
      field: "extra.kurbanAit.2027", rule: "R-CAL-1", value: "2028-05-05", message: "the date is not in 2027",
    });
  });

  it("R-CAL-2 `transfers` that is not an array, and an entry that is not an object", () => {
    expect(issue(() => kazakhstanCalendar({ transfers: "x" as never }))).toMatchObject({
      field: "extra.transfers", rule: "R-CAL-2", value: "x", message: "expected an array of { off, worked? }",
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2027-01-08" }, "x" as never] }))).toMatchObject({
      field: "extra.transfers[1]", rule: "R-CAL-2", value: "x",
      message: 'expected { off: "YYYY-MM-DD", worked?: "YYYY-MM-DD", act?: string }',
    });
  });

  it("R-CAL-2 a transfer's unknown field, bad `off`, bad `worked`, non-string `act`", () => {
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2027-01-08", of: "x" } as never] }))).toMatchObject({
      field: "extra.transfers[0].of", rule: "R-CAL-2", value: "x", message: "unknown field",
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ of: "2027-01-08" } as never] }))).toMatchObject({
      field: "extra.transfers[0].of", message: "unknown field",
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2027-01-08" }, { off: "2027-02-30" }] }))).toMatchObject({
      field: "extra.transfers[1].off", rule: "R-CAL-2", value: "2027-02-30", message: "no such day: 2027-02 has 28 days",
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2027-01-08", worked: "2027-1-09" }] }))).toMatchObject({
      field: "extra.transfers[0].worked", rule: "R-CAL-2", value: "2027-1-09",
      message: 'not an ISO civil date: expected "YYYY-MM-DD" (e.g. "2026-03-16")',
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2027-01-08", act: 5 as never }] }))).toMatchObject({
      field: "extra.transfers[0].act", rule: "R-CAL-2", value: 5, message: "expected a string naming the act",
    });
  });

  it("R-CAL-2 a transfer whose `off` is already off, or whose `worked` already works", () => {
    // Monday 23.03.2026 is Nauryz; Thursday 19.03.2026 is an ordinary working day
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2026-03-23" }] }))).toMatchObject({
      field: "extra.transfers[0].off", rule: "R-CAL-2", value: "2026-03-23",
      message: "is already a day off: a transfer's `off` must be a working day of the statutory calendar",
    });
    expect(issue(() => kazakhstanCalendar({ transfers: [{ off: "2026-03-18", worked: "2026-03-19" }] }))).toMatchObject({
      field: "extra.transfers[0].worked", rule: "R-CAL-2", value: "2026-03-19",
      message: "is already a working day: a transfer's `worked` must be a Saturday, a Sunday or a day off",
    });
  });

  it("R-CAL-2 supplied data that breaks a built-in transfer: Kurban Ait 2025 moved onto Friday 03.01.2025", () => {
    // 03.01.2025 is the `off` of the built-in 2025 transfer; as Kurban Ait it is already a day off.
    const extra = { kurbanAit: { 2025: "2025-01-03" } };
    const t = `{"off":"2025-01-03","worked":"2025-01-05","act":"${ACT_2025}"}`;
    expect(issue(() => kazakhstanCalendar(extra))).toMatchObject({
      field: "extra", rule: "R-CAL-2", value: extra,
      message: `the data supplied conflicts with the built-in transfer ${t}: its off is already a day off: a transfer's \`off\` must be a working day of the statutory calendar`,
    });
  });

  it("R-CAL-2 `confirmedYears` that is not an array, and a year that is not whole", () => {
    expect(issue(() => kazakhstanCalendar({ confirmedYears: "2027" as never }))).toMatchObject({
      field: "extra.confirmedYears", rule: "R-CAL-2", value: "2027", message: "expected an array of years",
    });
    expect(issue(() => kazakhstanCalendar({ confirmedYears: [2027, 2027.5] }))).toMatchObject({
      field: "extra.confirmedYears[1]", rule: "R-CAL-2", value: 2027.5, message: "not whole: expected a whole number from 2012 to 2077",
    });
  });
});
