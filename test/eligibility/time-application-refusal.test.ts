import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  RuleInputError,
  addCalendarDays,
  applicationAcceptance,
  applicationAcceptanceDate,
  isWorkingDay,
  kazakhstanCalendar,
  latestApplicationDate,
  lookBackWindowEnd,
  testingRefusal,
  testingRefusalGrounds,
} from "../../src/index.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc.date({ min: new Date("2026-07-11T00:00:00Z"), max: new Date("2075-06-30T00:00:00Z"), noInvalidDate: true }).map(iso);

describe("R-EL-5 latest application date", () => {
  it("R-EL-5 worked examples: one calendar day before the test day, not moved", () => {
    expect(latestApplicationDate("2026-09-15")).toBe("2026-09-14");
    // Monday test 2026-09-14 → Sunday 2026-09-13 (a day off: not moved — a deadline before an event)
    expect(latestApplicationDate("2026-09-14")).toBe("2026-09-13");
    expect(latestApplicationDate("2028-03-01")).toBe("2028-02-29"); // leap year
    expect(latestApplicationDate("2027-01-01")).toBe("2026-12-31"); // year end
    expect(latestApplicationDate("2026-09-15", { reading: "full-day-between" })).toBe("2026-09-13");
    expect(latestApplicationDate("2026-09-15", { regime: "law-enforcement" })).toBe("2026-09-14");
  });
  it("R-EL-5 invalid inputs throw RuleInputError", () => {
    for (const bad of ["2026-9-15", "", null]) expect(() => latestApplicationDate(bad as never)).toThrow(RuleInputError);
    expect(() => latestApplicationDate("2026-09-15", { reading: "other" } as never)).toThrow(/R-EL-5/);
  });
});

describe("R-EL-5 acceptance day (App. 5 row 7: 09:00–18:30, next working day)", () => {
  it("R-EL-5 worked examples around 18:30, lunch, early morning", () => {
    expect(applicationAcceptanceDate("2026-09-11T18:29:59+05:00")).toBe("2026-09-11");
    // Friday 18:30 → the working time has ended → Monday 14.09
    expect(applicationAcceptanceDate("2026-09-11T18:30:00+05:00")).toBe("2026-09-14");
    expect(applicationAcceptance("2026-09-11T18:30:00+05:00").reason).toBe("after-hours");
    expect(applicationAcceptance("2026-09-11T13:30:00+05:00").reason).toBe("working-hours"); // lunch break: still working time
    expect(applicationAcceptance("2026-09-11T07:00:00+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "before-opening" });
    // UTC input: 13:40Z = 18:40 Astana → next working day
    expect(applicationAcceptanceDate("2026-09-11T13:40:00Z")).toBe("2026-09-14");
    // 19:30Z on Thursday = 00:30 Friday Astana → Friday
    expect(applicationAcceptanceDate("2026-09-10T19:30:00Z")).toBe("2026-09-11");
  });
  it("R-EL-5 days off: Nauryz 2026, Victory Day 2026, Republic Day 2026, New Year 2027", () => {
    // Fri 2026-03-20 evening → Mon 23 Nauryz, 24–25 carried → Thu 26
    expect(applicationAcceptanceDate("2026-03-20T19:00:00+05:00")).toBe("2026-03-26");
    // Fri 2026-05-08 after hours → Mon 11 May off (Victory Day on Saturday) → Tue 12
    expect(applicationAcceptanceDate("2026-05-08T18:45:00+05:00")).toBe("2026-05-12");
    // Sun 2026-10-25 → Mon 26 carried → Tue 27
    const a = applicationAcceptance("2026-10-25T10:00:00+05:00");
    expect(a).toMatchObject({ acceptedOn: "2026-10-27", reason: "day-off", coverage: "confirmed" });
    // Thu 2026-12-31 19:00 → 1–2 Jan, weekend, 4 Jan carried → Tue 2027-01-05; 2027 statutory-only
    const b = applicationAcceptance("2026-12-31T19:00:00+05:00");
    expect(b.acceptedOn).toBe("2027-01-05");
    expect(b.coverage).toBe("statutory-only");
  });
  it("R-EL-5 a caller's calendar is used", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2026-09-14", worked: "2026-09-12" }] });
    expect(applicationAcceptanceDate("2026-09-11T19:00:00+05:00", cal)).toBe("2026-09-12");
  });
  it("R-EL-5 edition: asOf before 11.07.2026 throws unless presume", () => {
    expect(() => applicationAcceptanceDate("2026-03-20T19:00:00+05:00", undefined, { asOf: "2026-03-20" })).toThrow(RuleInputError);
    expect(applicationAcceptance("2026-03-20T19:00:00+05:00", undefined, { asOf: "2026-03-20", presume: true }).provenance).toBe("presumed");
  });
  it("R-EL-5 invalid instants throw RuleInputError (no offset, impossible, before 2012)", () => {
    for (const bad of ["2026-09-11T19:00:00", "2026-09-11", "2026-02-30T10:00:00+05:00", "2026-09-11T25:00:00+05:00", 5, null, "2010-01-01T10:00:00+06:00"]) {
      expect(() => applicationAcceptanceDate(bad as never)).toThrow(RuleInputError);
    }
    expect(() => applicationAcceptanceDate("2026-09-11T19:00:00", undefined)).toThrow(/R-EL-5: submittedAt/);
    expect(() => applicationAcceptanceDate("2026-09-11T19:00:00+05:00", {} as never)).toThrow(RuleInputError);
  });
  fcTest.prop([dateArb, fc.integer({ min: 0, max: 24 * 60 - 1 })])("R-EL-5 property: the acceptance day is a working day, on or after the Astana date, equal to it exactly within working days before 18:30", (d, m) => {
    const hh = String(Math.floor(m / 60)).padStart(2, "0");
    const mm = String(m % 60).padStart(2, "0");
    const a = applicationAcceptance(`${d}T${hh}:${mm}:00+05:00`);
    expect(isWorkingDay(a.acceptedOn)).toBe(true);
    expect(a.acceptedOn >= d).toBe(true);
    expect(a.acceptedOn === d).toBe(isWorkingDay(d) && m < 18 * 60 + 30);
  });
});

describe("R-EL-3 testing refusal grounds", () => {
  const base = { personalDataConsent: true } as const;
  it("R-EL-3 ground 1: a failure on D blocks D … D + 3; D + 4 is free", () => {
    // failed Mon 2026-09-14: 15, 16, 17 → until 17; 18 free
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-14", failedTests: ["2026-09-14"] })[0]).toMatchObject({ ground: 1, rule: "R-EL-3", until: "2026-09-17", case: 5 });
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-17", failedTests: ["2026-09-14"] })).toHaveLength(1);
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-18", failedTests: ["2026-09-14"] })).toEqual([]);
    // an event after the acceptance day is not "in the last 3 days"
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-13", failedTests: ["2026-09-14"] })).toEqual([]);
    // inclusive: the event day is day 1 → until 16
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-17", failedTests: ["2026-09-14"], counting: "inclusive" })).toEqual([]);
  });
  it("R-EL-3 ground 2: 30 calendar days, repeated → six months", () => {
    // 2026-08-01 + 30 days = 2026-08-31
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-08-31", violations: [{ date: "2026-08-01" }] })[0]).toMatchObject({ ground: 2, until: "2026-08-31" });
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-01", violations: [{ date: "2026-08-01" }] })).toEqual([]);
    // repeated: 2026-08-31 + 6 months → 2027-02-28 (no 31 Feb)
    expect(testingRefusalGrounds({ ...base, applicationDate: "2027-02-28", violations: [{ date: "2026-08-31", repeated: true }] })[0]).toMatchObject({ ground: 2, until: "2027-02-28" });
    expect(testingRefusalGrounds({ ...base, applicationDate: "2027-03-01", violations: [{ date: "2026-08-31", repeated: true }] })).toEqual([]);
  });
  it("R-EL-3 grounds 3 and 4: six months, one year (leap day)", () => {
    // 2026-09-30 + 6 months = 2027-03-30 (the corresponding day)
    expect(testingRefusalGrounds({ ...base, applicationDate: "2027-03-30", violationActs: ["2026-09-30"] })[0]).toMatchObject({ ground: 3, until: "2027-03-30" });
    expect(testingRefusalGrounds({ ...base, applicationDate: "2027-03-31", violationActs: ["2026-09-30"] })).toEqual([]);
    expect(testingRefusalGrounds({ ...base, applicationDate: "2029-02-28", otherPersonActs: ["2028-02-29"] })[0]).toMatchObject({ ground: 4, until: "2029-02-28" });
    expect(testingRefusalGrounds({ ...base, applicationDate: "2029-03-01", otherPersonActs: ["2028-02-29"] })).toEqual([]);
  });
  it("R-EL-3 grounds 5, 6, 7 and all seven at once, in order", () => {
    const all = testingRefusal({
      applicationDate: "2026-09-16",
      failedTests: ["2026-09-14"],
      violations: [{ date: "2026-09-01" }],
      violationActs: ["2026-05-01"],
      otherPersonActs: ["2025-12-01"],
      personalDataConsent: false,
      certificates: [{ testDate: "2026-07-20" }, { testDate: "2025-10-01", validUntil: "2026-10-01" }],
      personalQualitiesConclusions: [{ validUntil: "2026-12-31" }],
    });
    expect(all.grounds.map((g) => g.ground)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all.grounds.find((g) => g.ground === 5)!.until).toBeUndefined();
    expect(all.grounds.find((g) => g.ground === 6)!.until).toBe("2027-07-20");
    expect(all.grounds.find((g) => g.ground === 7)!.until).toBe("2026-12-31");
    expect(all.refused).toBe(true);
    expect(all.freeFrom).toBeNull();
    expect(all.grounds[0]!.citation).toMatch(/line 1550/);
  });
  it("R-EL-3 a certificate tested before 11.07.2026 needs validUntil or presume", () => {
    expect(() => testingRefusalGrounds({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-03-01" }] })).toThrow(/certificates\[0\]\.testDate/);
    expect(testingRefusalGrounds({ ...base, applicationDate: "2026-09-16", certificates: [{ testDate: "2026-03-01" }], presume: true })[0]).toMatchObject({ ground: 6, until: "2027-03-01" });
  });
  it("R-EL-3 invalid inputs throw RuleInputError with the field", () => {
    const bad: unknown[] = [
      {},
      { applicationDate: "2026-09-16" },
      { applicationDate: "2026-09-31", personalDataConsent: true },
      { applicationDate: "2026-09-16", personalDataConsent: "yes" },
      { applicationDate: "2026-09-16", personalDataConsent: true, failedTests: ["2026-02-30"] },
      { applicationDate: "2026-09-16", personalDataConsent: true, violations: [{ date: "2026-09-01", again: true }] },
      { applicationDate: "2026-09-16", personalDataConsent: true, certificates: [{ testDate: "2026-08-01", validUntil: "2026-07-01" }] },
      { applicationDate: "2026-09-16", personalDataConsent: true, unknown: 1 },
      { applicationDate: "2026-09-16", personalDataConsent: true, counting: "loose" },
      null,
    ];
    for (const b of bad) expect(() => testingRefusalGrounds(b as never)).toThrow(RuleInputError);
    expect(() => testingRefusalGrounds({ applicationDate: "2026-09-16", personalDataConsent: true, failedTests: ["x"] })).toThrow(/R-EL-3: i\.failedTests\[0\] = "x"/);
  });

  const windows = [
    { ground: 1, len: { days: 3 }, key: "failedTests" },
    { ground: 3, len: { months: 6 }, key: "violationActs" },
    { ground: 4, len: { years: 1 }, key: "otherPersonActs" },
  ] as const;
  fcTest.prop([dateArb, fc.integer({ min: -5, max: 400 }), fc.constantFrom(...windows), fc.constantFrom("civil-code" as const, "inclusive" as const)])(
    "R-EL-3 property: a ground holds exactly while the acceptance day is inside its window (case 5)",
    (e, k, w, counting) => {
      const a = addCalendarDays(e, k);
      const got = testingRefusalGrounds({ applicationDate: a, personalDataConsent: true, [w.key]: [e], counting } as never);
      const end = lookBackWindowEnd(e, w.len, { counting });
      const inside = e <= a && a <= end;
      expect(got.some((g) => g.ground === w.ground)).toBe(inside);
      if (inside) expect(got[0]!.until).toBe(end);
    },
  );
  fcTest.prop([fc.array(dateArb, { maxLength: 5 }), dateArb])("R-EL-3 property: order independence and no mutation", (events, a) => {
    const input = { applicationDate: a, failedTests: events, violationActs: events, personalDataConsent: true };
    const copy = JSON.parse(JSON.stringify(input));
    const r1 = testingRefusalGrounds(input);
    const r2 = testingRefusalGrounds({ ...input, failedTests: [...events].reverse(), violationActs: [...events].reverse() });
    expect(r1.map((g) => [g.ground, g.until])).toEqual(r2.map((g) => [g.ground, g.until]));
    expect(input).toEqual(copy);
  });
});
