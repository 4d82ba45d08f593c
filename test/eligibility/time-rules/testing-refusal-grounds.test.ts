// Tests of src/eligibility/time-rules/testing-refusal-grounds.ts: testingRefusalGrounds (R-EL-3), the
// grounds that apply on the acceptance day: windows of grounds 1–4 and 6 (counting case 5), errors.

import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, addCalendarDays, lookBackWindowEnd, testingRefusalGrounds } from "../../../src/index.js";
import { dateArbTo2075Jun as dateArb } from "../../support/time-rules.js";

describe("R-EL-3 testingRefusalGrounds — windows, errors, properties", () => {
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

// issue 23, item 4: lists of any length, bounded issues
describe("R-EL-3 testingRefusalGrounds — hostile lists (issue 23)", () => {
  it("R-EL-3 a sparse list of 10^6 acts and 10^6 NaN dates: at most 100 issues, the rest counted", () => {
    for (const [field, huge] of [["otherPersonActs", new Array(1_000_000)], ["violationActs", new Array(1_000_000).fill(Number.NaN)]] as const) {
      let e: unknown;
      try {
        testingRefusalGrounds({ applicationDate: "2026-09-16", personalDataConsent: true, [field]: huge });
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(RuleInputError);
      const err = e as RuleInputError;
      expect(err.issues).toHaveLength(100);
      expect(err.omittedIssues).toBe(999_900);
      expect(err.issues[0]!.field).toBe(`i.${field}[0]`);
    }
  });
});
