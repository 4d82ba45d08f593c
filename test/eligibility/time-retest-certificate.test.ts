import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  RuleInputError,
  addCalendarDays,
  certificateValidUntil,
  certificateValidity,
  earliestRetestDate,
  isWorkingDay,
  retestWaiting,
  testingRefusalGrounds,
} from "../../src/index.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc.date({ min: new Date("2026-07-11T00:00:00Z"), max: new Date("2075-12-31T00:00:00Z"), noInvalidDate: true }).map(iso);

describe("R-EL-1 / R-EL-2 retest waiting (counting case 3)", () => {
  it("R-EL-1 worked example: Wed 2026-12-30 → Sun 2027-01-03, not moved; first working day Tue 2027-01-05", () => {
    // three calendar days after 30.12: 31.12, 01.01, 02.01 have to pass → first allowed 03.01 (Sunday)
    expect(earliestRetestDate("2026-12-30")).toBe("2027-01-03");
    const w = retestWaiting("2026-12-30");
    // 03.01 Sun; 04.01 Mon = carried 2 Jan (Saturday) → Tue 05.01
    expect(w.firstWorkingDay).toBe("2027-01-05");
    expect(w.case).toBe(3);
    expect(w.rule).toBe("R-EL-1");
    expect(w.coverage).toBe("statutory-only"); // 2027 is computed from the statute alone
    expect(w.version.edition).toBe("ASA-52-2026 edition");
  });

  it("R-EL-1 before Nauryz: Fri 2026-03-20 → Tue 2026-03-24 (a day off, not moved); first working day Thu 2026-03-26", () => {
    // 21, 22, 23 pass → 24 March; 23 Nauryz, 24–25 carried off → 26 March
    expect(earliestRetestDate("2026-03-20")).toBe("2026-03-24");
    expect(retestWaiting("2026-03-20").firstWorkingDay).toBe("2026-03-26");
  });

  it("R-EL-1 leap day and year end: 2028-02-27 → 2028-03-02; 2028-12-29 → 2029-01-02", () => {
    // 28.02, 29.02, 01.03 pass → 02.03
    expect(earliestRetestDate("2028-02-27")).toBe("2028-03-02");
    expect(earliestRetestDate("2028-12-29")).toBe("2029-01-02");
  });

  it("R-EL-1 inclusive reading counts the test day: 2026-12-30 → 2027-01-02", () => {
    expect(earliestRetestDate("2026-12-30", { counting: "inclusive" })).toBe("2027-01-02");
  });

  it("R-EL-2 law-enforcement: same three days; a satisfied appeal removes the wait", () => {
    expect(earliestRetestDate("2026-12-30", { regime: "law-enforcement" })).toBe("2027-01-03");
    expect(earliestRetestDate("2026-12-30", { regime: "law-enforcement", appealSatisfied: true })).toBe("2026-12-30");
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2027-01-04" });
    expect(w.earliest).toBe("2027-01-04");
    expect(w.waitingDays).toBe(0);
    expect(w.rule).toBe("R-EL-2");
  });

  it("R-EL-1 asOf uses ruleVersion: 2025 → ASA-184-2024 wording only with presume/publication; ASA-196 window throws", () => {
    expect(() => earliestRetestDate("2026-04-01", { asOf: "2026-04-01" })).toThrow(RuleInputError);
    const w = retestWaiting("2025-06-02", { asOf: "2025-06-02", publication: { "ASA-184-2024": "2024-11-05" } });
    expect(w.version.act).toBe("ASA-184-2024");
    expect(w.text).toMatch(/кемінде күнтізбелік үш күн өткен соң/);
    expect(w.earliest).toBe("2025-06-06");
  });

  it("R-EL-1 invalid inputs throw RuleInputError naming field, value and rule", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "20261230", "", null, 5, "2011-12-31", "2078-01-01"]) {
      expect(() => earliestRetestDate(bad as never)).toThrow(RuleInputError);
    }
    expect(() => earliestRetestDate("2026-12-30", { regime: "police" as never })).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { counting: "exclusive" as never })).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { foo: 1 } as never)).toThrow(RuleInputError);
    expect(() => earliestRetestDate("2026-12-30", { appealSatisfied: true })).toThrow(/R-EL-1/);
    expect(() => earliestRetestDate("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-29" })).toThrow(/before the test day/);
    try {
      earliestRetestDate("2026-02-30");
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-EL-1: testDate = "2026-02-30"/);
    }
  });

  fcTest.prop([dateArb])("R-EL-1 property: earliest = D + 4, never moved; the first working day is on or after it and working", (d) => {
    const w = retestWaiting(d);
    expect(w.earliest).toBe(addCalendarDays(d, 4));
    expect(w.firstWorkingDay >= w.earliest).toBe(true);
    expect(isWorkingDay(w.firstWorkingDay)).toBe(true);
  });

  fcTest.prop([dateArb])("R-EL-1 / R-EL-3 property: the earliest retest date is the first day ground 1 no longer applies", (d) => {
    const e = earliestRetestDate(d);
    const g1 = (a: string) => testingRefusalGrounds({ applicationDate: a, failedTests: [d], personalDataConsent: true }).some((g) => g.ground === 1);
    expect(g1(e)).toBe(false);
    for (let k = 0; k < 4; k++) expect(g1(addCalendarDays(d, k))).toBe(true);
  });
});

describe("R-EL-4 certificate validity (counting case 4)", () => {
  it("R-EL-4 worked examples: one year, not moved; leap day → 28 February", () => {
    // 2026-08-15 + 1 year = 2027-08-15 (a Sunday: validity is not moved)
    expect(certificateValidUntil("2026-08-15")).toBe("2027-08-15");
    // 2028-02-29 + 1 year: 2029 has no 29 February → the month's last day 2029-02-28
    expect(certificateValidUntil("2028-02-29")).toBe("2029-02-28");
    expect(certificateValidUntil("2026-07-11")).toBe("2027-07-11");
    expect(certificateValidUntil("2026-12-31")).toBe("2027-12-31");
    expect(certificateValidUntil("2026-08-15", { counting: "inclusive" })).toBe("2027-08-14");
  });

  it("R-EL-4 a test day before 11.07.2026 throws unless presume (the earlier form is not in the sources)", () => {
    expect(() => certificateValidUntil("2026-07-10")).toThrow(RuleInputError);
    expect(() => certificateValidUntil("2025-05-05")).toThrow(/R-EL-4/);
    const v = certificateValidity("2026-03-20", { presume: true });
    expect(v.validUntil).toBe("2027-03-20");
    expect(v.provenance).toBe("presumed");
    expect(certificateValidity("2026-07-11").provenance).toBe("stated");
    expect(certificateValidity("2026-07-11").noRetestThrough).toBe("2027-07-11");
  });

  it("R-EL-4 invalid inputs throw RuleInputError", () => {
    for (const bad of ["2027-02-29", "x", undefined, 20260711]) expect(() => certificateValidUntil(bad as never)).toThrow(RuleInputError);
    expect(() => certificateValidUntil("2026-08-15", { presume: "yes" } as never)).toThrow(RuleInputError);
    expect(() => certificateValidUntil("2026-08-15", { asOf: "2026-08-15" } as never)).toThrow(RuleInputError);
  });

  fcTest.prop([dateArb])("R-EL-4 property: valid through the same month-day a year later (or 28 Feb), and only then", (d) => {
    const u = certificateValidUntil(d);
    const y = Number(d.slice(0, 4)) + 1;
    const expected = d.slice(5) === "02-29" ? `${y}-02-28` : `${y}${d.slice(4)}`;
    expect(u).toBe(expected);
    // ground 6 of R-EL-3 holds exactly from the test day through u
    const g6 = (a: string) => testingRefusalGrounds({ applicationDate: a, certificates: [{ testDate: d }], personalDataConsent: true }).some((g) => g.ground === 6);
    expect(g6(d)).toBe(true);
    expect(g6(u)).toBe(true);
    expect(g6(addCalendarDays(u, 1))).toBe(false);
  });
});
