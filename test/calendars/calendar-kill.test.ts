// Tests added from the mutation run of src/calendars/calendar.ts, kazakhstan-calendar.ts and the
// small wrappers (days-off, calendar-coverage, working-day-info, earliest-after-waiting,
// within-look-back): the exact days off of a calendar built under the test, the validation of
// kazakhstanCalendar's `extra`, and the field / rule / message of each error.
//
// Why `kazakhstanCalendar({})`: the built-in calendar is computed once and cached, so a test that
// only uses the default calendar does not run the table-building code at all. `{}` (no additions)
// builds a new calendar from the built-in data, so the building code runs under the test.
//
// Weekdays below were checked with a printed calendar (`date -u -d`): 2026-01-01 Thu,
// 2032-03-21 Sun, 2024-06-16 Sun, 2027-01-08 Fri, 2027-01-09 Sat, 2077-12-31 Fri, 2012-01-01 Sun.
import { describe, expect, it } from "vitest";
import {
  calendarCoverage,
  daysOff,
  earliestAfterWaiting,
  isWorkingDay,
  kazakhstanCalendar,
  withinLookBack,
  workingDayInfo,
  type Calendar,
  type DayOff,
} from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

/** A calendar built now from the built-in data (not the cached default one). */
function fresh(): Calendar {
  return kazakhstanCalendar({});
}

/** The entry of `daysOff` for one date, or undefined. */
function offOn(date: string, cal: Calendar): DayOff | undefined {
  return daysOff(Number(date.slice(0, 4)), cal).find((d) => d.date === date);
}

const LAW_AND_CODE =
  'Law "On holidays in the Republic of Kazakhstan" No. 267-II of 13.12.2001, as amended; Labour Code of the Republic of Kazakhstan, the article on holidays';
const KA_2026 = `${LAW_AND_CODE}; the published 2026 production calendar (RULES.md R-CAL-1: Kurban Ait 27.05.2026)`;
const KA_ESTIMATED = "estimated: python holidays' Islamic-calendar table (Eid al-Adha); Kazakhstan's announced date may differ by a day";
const ACT_2025 =
  "Order of the Minister of Labour and Social Protection (November 2024) on the transfer of a day of rest in 2025, adilet.zan.kz/kaz/docs/G24G0000436";
const CALLER_TRANSFER = "supplied by the caller (kazakhstanCalendar extra.transfers)";
const CALLER_KURBAN_AIT = "supplied by the caller (kazakhstanCalendar extra.kurbanAit)";
const NOT_A_CALENDAR = "not a Calendar: make one with kazakhstanCalendar()";

describe("R-CAL-1 a calendar built from the data lists each year's days off (mutation)", () => {
  it("R-CAL-1 2026 in date order: holidays (weekend ones too), carried days with `from`, religious days", () => {
    // 2026-01-01 is a Thursday. 8 Mar Sun → Mon 9; 21 Sat, 22 Sun, 23 Mon (Nauryz) → 21 to Tue 24,
    // 22 to Wed 25 (carried in date order); 9 May Sat → Mon 11 (10 May is a Sunday); Kurban Ait
    // Wed 27 May; 25 Oct Sun → Mon 26; no 15 March and no 30 August in 2026; no transfer.
    const list = daysOff(2026, fresh()).map((d) => `${d.date} ${d.kind}${d.from === undefined ? "" : ` ${d.from}`}`);
    expect(list).toEqual([
      "2026-01-01 holiday", "2026-01-02 holiday", "2026-01-07 religious", "2026-03-08 holiday",
      "2026-03-09 carried 2026-03-08", "2026-03-21 holiday", "2026-03-22 holiday", "2026-03-23 holiday",
      "2026-03-24 carried 2026-03-21", "2026-03-25 carried 2026-03-22", "2026-05-01 holiday", "2026-05-07 holiday",
      "2026-05-09 holiday", "2026-05-11 carried 2026-05-09", "2026-05-27 religious", "2026-07-06 holiday",
      "2026-10-25 holiday", "2026-10-26 carried 2026-10-25", "2026-12-16 holiday",
    ]);
  });

  it("R-CAL-1 each kind of entry carries exactly its fields: holiday, carried, religious (confirmed and estimated)", () => {
    const cal = fresh();
    expect(offOn("2026-01-01", cal)).toEqual({
      date: "2026-01-01", kind: "holiday", name: "Жаңа жыл", nameEn: "New Year", nameRu: "Новый год", source: LAW_AND_CODE,
    });
    // the carried day keeps the holiday's names and source, with `from` = the holiday
    expect(offOn("2026-03-09", cal)).toEqual({
      date: "2026-03-09", kind: "carried", name: "Халықаралық әйелдер күні", nameEn: "International Women's Day",
      nameRu: "Международный женский день", from: "2026-03-08", source: LAW_AND_CODE,
    });
    // 2026's Kurban Ait is confirmed data: no `estimated` field at all
    expect(offOn("2026-05-27", cal)).toEqual({
      date: "2026-05-27", kind: "religious", name: "Құрбан айт", nameEn: "Kurban Ait (first day)",
      nameRu: "Курбан айт (первый день)", source: KA_2026,
    });
    // 2027 on: an estimate (python holidays' table), flagged estimated: true
    expect(offOn("2027-05-16", cal)).toEqual({
      date: "2027-05-16", kind: "religious", name: "Құрбан айт", nameEn: "Kurban Ait (first day)",
      nameRu: "Курбан айт (первый день)", estimated: true, source: KA_ESTIMATED,
    });
  });

  it("R-CAL-1 statutory days apply only from their first year to their last year, both included", () => {
    const cal = fresh();
    // 15 March (Constitution Day) from 2027: not in 2026, a day off (Monday) in 2027
    expect(offOn("2026-03-15", cal)).toBeUndefined();
    expect(offOn("2027-03-15", cal)?.nameEn).toBe("Constitution Day");
    // 7 May from 2013: Monday 7 May 2012 works, Tuesday 7 May 2013 is off
    expect(isWorkingDay("2012-05-07", cal)).toBe(true);
    expect(offOn("2013-05-07", cal)?.nameEn).toBe("Defender of the Fatherland Day");
    // 30 August until 2025 (Saturday 30.08.2025 listed), not in 2026
    expect(offOn("2025-08-30", cal)?.nameEn).toBe("Constitution Day");
    expect(offOn("2026-08-30", cal)).toBeUndefined();
    // 17 December until 2021 (Friday, off), not in 2022 (a Saturday, not listed)
    expect(offOn("2021-12-17", cal)?.kind).toBe("holiday");
    expect(offOn("2022-12-17", cal)).toBeUndefined();
    // 25 October: «Республика күні» 2022–2025, «Қазақстан Республикасы күні» from 2026
    expect(offOn("2025-10-25", cal)?.name).toBe("Республика күні");
    expect(offOn("2026-10-25", cal)?.name).toBe("Қазақстан Республикасы күні");
  });

  it("R-CAL-1 the first and the last year are both computed: 01.01.2012 and 2077's days off", () => {
    const cal = fresh();
    // 1 January 2012 is a Sunday and the calendar's first day: listed first, carried to Tue 3 Jan
    // (Mon 2 Jan is itself a holiday)
    expect(daysOff(2012, cal).slice(0, 3).map((d) => `${d.date} ${d.kind}`)).toEqual([
      "2012-01-01 holiday", "2012-01-02 holiday", "2012-01-03 carried",
    ]);
    // 2077: 1 Jan is a Friday; Kurban Ait (estimated) Wednesday 27 October
    expect(offOn("2077-01-01", cal)?.kind).toBe("holiday");
    expect(offOn("2077-10-27", cal)).toMatchObject({ kind: "religious", estimated: true });
    expect(isWorkingDay("2077-10-27", cal)).toBe(false);
  });

  it("R-CAL-1 Kurban Ait on a Sunday is not carried (16.06.2024): Monday 17 June works", () => {
    const cal = fresh();
    expect(offOn("2024-06-16", cal)?.kind).toBe("religious");
    expect(isWorkingDay("2024-06-17", cal)).toBe(true);
    expect(offOn("2024-06-17", cal)).toBeUndefined();
  });

  it("R-CAL-1 Kurban Ait on a statutory day (Monday 22.03.2032, Nauryz): the statutory day is listed", () => {
    // 21 Mar 2032 Sun → carried past Mon 22 and Tue 23 (Nauryz) to Wed 24. 22 Mar is also the
    // estimated Kurban Ait: one date, one entry, the statutory one.
    const cal = fresh();
    const march = daysOff(2032, cal).filter((d) => d.date.startsWith("2032-03-2"));
    expect(march.map((d) => `${d.date} ${d.kind} ${d.nameEn}`)).toEqual([
      "2032-03-21 holiday Nauryz", "2032-03-22 holiday Nauryz", "2032-03-23 holiday Nauryz", "2032-03-24 carried Nauryz",
    ]);
  });

  it("R-CAL-2 the built-in transfer of 2025: Friday 3 January off, Sunday 5 January worked", () => {
    const cal = fresh();
    expect(offOn("2025-01-03", cal)).toEqual({
      date: "2025-01-03", kind: "transfer", name: "Ауыстырылған демалыс күні", nameEn: "Day off (transferred)",
      nameRu: "Перенесённый выходной день", from: "2025-01-05", source: ACT_2025,
    });
    expect(workingDayInfo("2025-01-05", cal)).toEqual({
      date: "2025-01-05", working: true, coverage: "confirmed", reason: "worked-by-transfer", act: ACT_2025,
    });
  });
});

describe("R-CAL-1 workingDayInfo of a holiday (mutation)", () => {
  it("R-CAL-1 Thursday 01.01.2026 is not a working day: reason holiday, with its day off", () => {
    expect(workingDayInfo("2026-01-01")).toEqual({
      date: "2026-01-01", working: false, coverage: "confirmed", reason: "holiday",
      dayOff: { date: "2026-01-01", kind: "holiday", name: "Жаңа жыл", nameEn: "New Year", nameRu: "Новый год", source: LAW_AND_CODE },
    });
  });
});

describe("R-CAL-2 kazakhstanCalendar: what a caller adds (mutation)", () => {
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

describe("R-CAL-2 kazakhstanCalendar: errors name the field, the value, the rule and the reason (mutation)", () => {
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

describe("R-CAL-1 R-CAL-2 the wrappers name their field and rule (mutation)", () => {
  it("R-CAL-1 daysOff: a value that is not a Calendar, a year outside 2012–2077", () => {
    expect(issue(() => daysOff(2026, {} as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", value: {}, message: NOT_A_CALENDAR });
    expect(issue(() => daysOff(2011))).toMatchObject({
      field: "year", rule: "R-CAL-1", value: 2011, message: "out of range: expected a whole number from 2012 to 2077",
    });
  });

  it("R-CAL-2 calendarCoverage: a value that is not a Calendar, a year outside 2012–2077", () => {
    expect(issue(() => calendarCoverage(2027, null as never))).toMatchObject({ field: "cal", rule: "R-CAL-2", value: null, message: NOT_A_CALENDAR });
    expect(issue(() => calendarCoverage(2078))).toMatchObject({
      field: "year", rule: "R-CAL-2", value: 2078, message: "out of range: expected a whole number from 2012 to 2077",
    });
  });

  it("R-CAL-1 workingDayInfo: a value that is not a Calendar (object, number), a date outside 2012–2077", () => {
    expect(issue(() => workingDayInfo("2026-01-05", {} as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", message: NOT_A_CALENDAR });
    expect(issue(() => workingDayInfo("2026-01-05", 42 as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", value: 42 });
    expect(issue(() => workingDayInfo("2011-12-31"))).toMatchObject({
      field: "date", rule: "R-CAL-1", value: "2011-12-31", message: "year 2011 outside the supported range 2012–2077",
    });
  });

  it("RULES §4 counting case 3 earliestAfterWaiting: from, length, and a result after 2199", () => {
    const rule = "§4 counting case 3";
    expect(issue(() => earliestAfterWaiting("2025-02-30", { days: 1 }))).toMatchObject({ field: "from", rule });
    expect(issue(() => earliestAfterWaiting("2025-03-01", null as never))).toMatchObject({ field: "length", rule });
    // 30.12.2199 + 1 day = 31.12.2199; the first allowed day is the next one, 01.01.2200
    expect(issue(() => earliestAfterWaiting("2199-12-30", { days: 1 }))).toMatchObject({
      field: "length", rule, value: { days: 1 }, message: "the result (2200-01-01) falls outside the supported years 1900–2199",
    });
  });

  it("RULES §4 counting case 5 withinLookBack: event, asOf, length", () => {
    const rule = "§4 counting case 5";
    expect(issue(() => withinLookBack("2025-02-30", "2025-03-01", { days: 1 }))).toMatchObject({ field: "event", rule });
    expect(issue(() => withinLookBack("2025-03-01", "2025-02-30", { days: 1 }))).toMatchObject({ field: "asOf", rule });
    expect(issue(() => withinLookBack("2025-03-01", "2025-03-02", 5 as never))).toMatchObject({ field: "length", rule });
  });
});
