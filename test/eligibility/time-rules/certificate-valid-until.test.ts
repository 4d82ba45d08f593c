// Tests of src/eligibility/time-rules/certificate-valid-until.ts: certificateValidUntil (R-EL-4), the
// last valid day of a certificate (counting case 4), and its agreement with ground 6 of R-EL-3.

import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import { RuleInputError, addCalendarDays, certificateValidUntil, testingRefusalGrounds } from "../../../src/index.js";
import { dateArbTo2075Dec as dateArb } from "../../support/time-rules.js";

describe("R-EL-4 certificateValidUntil — worked examples, errors, property (counting case 4)", () => {
  it("R-EL-4 worked examples: one year, not moved; leap day → 28 February", () => {
    // 2026-08-15 + 1 year = 2027-08-15 (a Sunday: validity is not moved)
    expect(certificateValidUntil("2026-08-15")).toBe("2027-08-15");
    // 2028-02-29 + 1 year: 2029 has no 29 February → the month's last day 2029-02-28
    expect(certificateValidUntil("2028-02-29")).toBe("2029-02-28");
    expect(certificateValidUntil("2026-07-11")).toBe("2027-07-11");
    expect(certificateValidUntil("2026-12-31")).toBe("2027-12-31");
    expect(certificateValidUntil("2026-08-15", { counting: "inclusive" })).toBe("2027-08-14");
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
