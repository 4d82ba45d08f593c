// Tests of src/calendars/calendar.ts: how a Calendar is built (R-CAL-1, R-CAL-2) — each year's days
// off (statutory days and their years, carries, Kurban Ait, the built-in transfers); whole years by hand.
//
// Why `kazakhstanCalendar({})`: the built-in calendar is computed once and cached, so a test that
// only uses the default calendar does not run the table-building code at all. `{}` (no additions)
// builds a new calendar from the built-in data, so the building code runs under the test.
//
// Weekdays below were checked with a printed calendar (`date -u -d`): 2026-01-01 Thu,
// 2032-03-21 Sun, 2024-06-16 Sun, 2027-01-08 Fri, 2027-01-09 Sat, 2077-12-31 Fri, 2012-01-01 Sun.
import { describe, expect, it } from "vitest";
import { daysOff, isWorkingDay, kazakhstanCalendar, workingDayInfo, type Calendar } from "../../src/index.js";
import { ACT_2025, LAW_AND_CODE, offOn } from "../support/calendars.js";

/** A calendar built now from the built-in data (not the cached default one). */
function fresh(): Calendar {
  return kazakhstanCalendar({});
}

const KA_2026 = `${LAW_AND_CODE}; the published 2026 production calendar (RULES.md R-CAL-1: Kurban Ait 27.05.2026)`;
const KA_ESTIMATED = "estimated: python holidays' Islamic-calendar table (Eid al-Adha); Kazakhstan's announced date may differ by a day";

/** Weekday of an ISO date computed independently of the library (UTC, so no TZ effect): 0 = Sunday. */
function weekday(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
/** Every date of a year (independent of the library). */
function datesOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
/** Monday–Friday dates of a year that are NOT working days, and Sat/Sun dates that ARE. */
function exceptions(year: number): { weekdaysOff: string[]; weekendsWorked: string[] } {
  const weekdaysOff: string[] = [];
  const weekendsWorked: string[] = [];
  for (const d of datesOf(year)) {
    const wd = weekday(d);
    const w = isWorkingDay(d);
    if (wd >= 1 && wd <= 5 && !w) weekdaysOff.push(d);
    if ((wd === 0 || wd === 6) && w) weekendsWorked.push(d);
  }
  return { weekdaysOff, weekendsWorked };
}

// mutation run of calendar.ts: the exact days off of a calendar built under the test
describe("R-CAL-1 R-CAL-2 buildCalendar — each year's days off, from the built-in data", () => {
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

describe("R-CAL-1 R-CAL-2 buildCalendar — the working days of Kazakhstan: whole years worked out by hand", () => {
  it("R-CAL-1 2026: the published production calendar (no Constitution Day off; 16 March works)", () => {
    // 2026-01-01 is a Thursday. By hand from the statute:
    //  1–2 Jan Thu–Fri; 7 Jan Wed (Christmas); 8 Mar is a Sunday → Mon 9 Mar;
    //  21 Mar Sat, 22 Sun, 23 Mon (Nauryz) → 21 carried to Tue 24, 22 to Wed 25;
    //  1 May Fri; 7 May Thu; 9 May Sat → Mon 11 May; Kurban Ait Wed 27 May; 6 Jul Mon;
    //  30 Aug Sunday: NOT a day off in 2026 (nothing carried; Mon 31 Aug works);
    //  25 Oct Sun → Mon 26 Oct; 16 Dec Wed. No transfer is known for 2026.
    expect(exceptions(2026)).toEqual({
      weekdaysOff: [
        "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
        "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16",
      ],
      weekendsWorked: [],
    });
    expect(isWorkingDay("2026-03-16")).toBe(true); // Monday after 15 March: a working day in 2026
    expect(isWorkingDay("2026-08-31")).toBe(true); // Monday after Sunday 30 August
    expect(daysOff(2026).some((d) => d.date === "2026-08-30" || d.date === "2026-03-15")).toBe(false);
  });

  it("R-CAL-1 2026: npm date-holidays puts 16.03.2026 off — wrong; python holidays agrees with this library", () => {
    // npm `date-holidays` (KZ) applies Constitution Day on 15 March already in 2026 and carries the
    // Sunday to Monday 16.03.2026. The new Constitution (referendum 15.03.2026) entered into force
    // on 01.07.2026, so 15 March is a day off only from 2027; the published 2026 production calendar
    // and the Ministry of Labour (March 2026) have 16.03.2026 as a working day. python `holidays`
    // (vacanza/holidays, kazakhstan.py: Constitution Day 30 Aug ≤ 2025, none in 2026, 15 Mar ≥ 2027)
    // has exactly what this library has. (date-holidays is not installed here on purpose.)
    const info = workingDayInfo("2026-03-16");
    expect(info).toMatchObject({ working: true, reason: "weekday", coverage: "confirmed" });
    expect(isWorkingDay("2026-03-15")).toBe(false); // an ordinary Sunday
    expect(workingDayInfo("2026-03-15").reason).toBe("weekend");
  });

  it("R-CAL-1 R-CAL-2 2025: carries and the 3 January transfer (Sunday 5 January worked)", () => {
    // 2025-01-01 is a Wednesday. 1–2 Jan Wed–Thu; transfer: Fri 3 Jan off, Sun 5 Jan worked;
    // 7 Jan Tue; 8 Mar Sat → Mon 10 Mar; 21 Mar Fri, 22 Sat → Mon 24, 23 Sun → Tue 25;
    // 1 May Thu, 7 May Wed, 9 May Fri; Kurban Ait Fri 6 Jun; 6 Jul Sun → Mon 7 Jul;
    // 30 Aug Sat → Mon 1 Sep; 25 Oct Sat → Mon 27 Oct; 16 Dec Tue.
    expect(exceptions(2025)).toEqual({
      weekdaysOff: [
        "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24",
        "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01",
        "2025-10-27", "2025-12-16",
      ],
      weekendsWorked: ["2025-01-05"],
    });
    expect(workingDayInfo("2025-01-05")).toMatchObject({ working: true, reason: "worked-by-transfer" });
    expect(workingDayInfo("2025-01-05").act).toMatch(/G24G0000436/);
    expect(daysOff(2025).find((d) => d.date === "2025-01-03")).toMatchObject({ kind: "transfer", from: "2025-01-05" });
  });

  it("R-CAL-1 R-CAL-2 2024: carries, religious days on Sundays not carried, the 8 May transfer (Saturday 4 May worked)", () => {
    // 2024-01-01 is a Monday. 1–2 Jan Mon–Tue; 7 Jan is a Sunday: religious, NOT carried (Mon 8 Jan works);
    // 8 Mar Fri; 21–22 Mar Thu–Fri, 23 Mar Sat → Mon 25 Mar; 1 May Wed; 7 May Tue;
    // transfer: Wed 8 May off, Sat 4 May worked; 9 May Thu; Kurban Ait Sun 16 Jun: NOT carried;
    // 6 Jul Sat → Mon 8 Jul; 30 Aug Fri; 25 Oct Fri; 16 Dec Mon.
    expect(exceptions(2024)).toEqual({
      weekdaysOff: [
        "2024-01-01", "2024-01-02", "2024-03-08", "2024-03-21", "2024-03-22", "2024-03-25", "2024-05-01",
        "2024-05-07", "2024-05-08", "2024-05-09", "2024-07-08", "2024-08-30", "2024-10-25", "2024-12-16",
      ],
      weekendsWorked: ["2024-05-04"],
    });
    expect(isWorkingDay("2024-01-08")).toBe(true);
    expect(isWorkingDay("2024-06-17")).toBe(true);
    expect(daysOff(2024).find((d) => d.date === "2024-06-16")).toMatchObject({ kind: "religious", name: "Құрбан айт" });
  });

  it("R-CAL-1 2027: Constitution Day on 15 March (a Monday) and the first carries", () => {
    // 2027-01-01 Fri; 2 Jan Sat → Mon 4 Jan; 7 Jan Thu; 8 Mar Mon; 15 Mar Mon (Constitution Day, new);
    // 21 Mar Sun, 22 Mon, 23 Tue → 21 carried to Wed 24 Mar; 1 May Sat → Mon 3 May; 7 May Fri;
    // 9 May Sun → Mon 10 May.
    const off = daysOff(2027).filter((d) => d.date < "2027-05-11").map((d) => `${d.date} ${d.kind}`);
    expect(off).toEqual([
      "2027-01-01 holiday", "2027-01-02 holiday", "2027-01-04 carried", "2027-01-07 religious",
      "2027-03-08 holiday", "2027-03-15 holiday", "2027-03-21 holiday", "2027-03-22 holiday",
      "2027-03-23 holiday", "2027-03-24 carried", "2027-05-01 holiday", "2027-05-03 carried",
      "2027-05-07 holiday", "2027-05-09 holiday", "2027-05-10 carried",
    ]);
    expect(workingDayInfo("2027-03-15").dayOff).toMatchObject({ name: "Қазақстан Республикасының Конституциясы күні", nameEn: "Constitution Day" });
    expect(workingDayInfo("2027-03-15").coverage).toBe("statutory-only");
    expect(daysOff(2027).some((d) => d.date === "2027-08-30")).toBe(false);
  });

  it("R-CAL-1 consecutive days carry each to the next working day not already off", () => {
    // 2022: 1 Jan Sat, 2 Jan Sun → Mon 3 and Tue 4 Jan. 2023: 1 Jan Sun, 2 Jan Mon is itself a holiday → Tue 3 Jan.
    expect(["2022-01-03", "2022-01-04", "2022-01-05"].map((d) => isWorkingDay(d))).toEqual([false, false, true]);
    expect(["2023-01-02", "2023-01-03", "2023-01-04"].map((d) => isWorkingDay(d))).toEqual([false, false, true]);
    // 2022: 7 May Sat → Sun 8, Mon 9 is Victory Day → Tue 10 May.
    expect(daysOff(2022).find((d) => d.date === "2022-05-10")).toMatchObject({ kind: "carried", from: "2022-05-07" });
  });

  it("R-CAL-1 a carried day skips a religious day off too (differs from python holidays on 2060-05-11, an estimated year)", () => {
    // 9 May 2060 is a Sunday; Monday 10 May 2060 is the estimated Kurban Ait → the carried Victory Day
    // goes to Tuesday 11 May. python holidays adds Kurban Ait after carrying, so it has no extra day.
    expect(daysOff(2060).find((d) => d.date === "2060-05-11")).toMatchObject({ kind: "carried", from: "2060-05-09" });
    expect(workingDayInfo("2060-05-10")).toMatchObject({ reason: "religious", coverage: "statutory-only" });
  });

  it("R-CAL-1 the 2022 changes: no 1 Dec / 17 Dec from 2022; 25 Oct a day off from 2022, renamed in 2026", () => {
    expect(isWorkingDay("2021-12-01")).toBe(false); // Wed, First President Day (last year)
    expect(isWorkingDay("2022-12-01")).toBe(true); // Thu
    expect(isWorkingDay("2021-12-17")).toBe(false); // Fri, Independence Day 2nd day (last year)
    expect(isWorkingDay("2022-12-16")).toBe(false); // Fri
    expect(isWorkingDay("2022-12-19")).toBe(true); // Mon: 17 Dec 2022 (Sat) is no longer a holiday, nothing carried
    expect(isWorkingDay("2021-10-25")).toBe(true); // Mon, not a day off in 2021
    expect(isWorkingDay("2022-10-25")).toBe(false); // Tue
    expect(daysOff(2025).find((d) => d.date === "2025-10-25")?.name).toBe("Республика күні");
    expect(daysOff(2026).find((d) => d.date === "2026-10-25")?.name).toBe("Қазақстан Республикасы күні");
  });
});
