// Tests of src/calendars/astana-time.ts: astanaOffset (R-CAL-3) — +06:00 before the 2024 switch,
// +05:00 from it; bad input and the process time zone, checked across the four Astana-time functions.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, astanaInstant, astanaOffset, endOfAstanaDay, toAstana } from "../../src/index.js";
import { ASTANA_MAX_MS as MAX, ASTANA_MIN_MS as MIN, ASTANA_SWITCH_MS as SWITCH } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-3 astanaOffset", () => {
  it("R-CAL-3 offset at the 2024 switch: +06:00 up to 2024-02-29T17:59:59.999Z, +05:00 from 18:00:00Z", () => {
    expect(astanaOffset("2024-02-29T17:59:59Z")).toBe("+06:00");
    expect(astanaOffset("2024-02-29T17:59:59.999Z")).toBe("+06:00");
    expect(astanaOffset("2024-02-29T18:00:00Z")).toBe("+05:00");
    expect(astanaOffset("2024-03-01T00:00:00+06:00")).toBe("+05:00"); // the same instant written at +06
    expect(astanaOffset("2024-02-29T23:59:59+06:00")).toBe("+06:00");
    expect(astanaOffset("2005-01-01T00:00:00+06:00")).toBe("+06:00");
    expect(astanaOffset("2026-07-11T00:00:00+05:00")).toBe("+05:00");
  });

  fcTest.prop([fc.integer({ min: MIN, max: MAX })])("R-CAL-3 property: +06:00 for every instant before the switch, +05:00 from it", (ms) => {
    const iso = new Date(ms).toISOString();
    expect(astanaOffset(iso)).toBe(ms < SWITCH ? "+06:00" : "+05:00");
  });

  fcTest.prop([fc.string({ maxLength: 30 })])("R-CAL-3 property: arbitrary strings either parse or throw RuleInputError", (s) => {
    try {
      astanaOffset(s);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
    }
  });

  // mutation run: the reason given for an instant before 2005
  it("R-CAL-3 an instant before 2005 is refused with the reason", () => {
    expect(issue(() => astanaOffset("2004-06-01T00:00:00Z")).message).toBe(
      "before 2005-01-01T00:00:00+06:00: Kazakhstan observed summer time until 31.10.2004, which this library does not model",
    );
  });
});

describe("R-CAL-3 astanaOffset, toAstana, astanaInstant, endOfAstanaDay — bad input and the process time zone", () => {
  it("R-CAL-3 invalid inputs throw RuleInputError naming field, value and rule", () => {
    const bad: unknown[] = [
      "2024-02-29T18:00:00", "2024-02-29 18:00:00Z", "2024-02-29t18:00:00z", "2024-02-30T00:00:00Z", "2024-13-01T00:00Z",
      "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-01-01T23:59:60Z", "2024-01-01T00:00:00+15:00", "2024-01-01T00:00:00-00:00",
      "2024-01-01T00:00:00+0500", "2024-01-01", "2004-12-31T17:59:59Z", "", " 2024-01-01T00:00Z", 0, null, undefined, {}, [], new Date(0),
    ];
    for (const b of bad) {
      expect(() => astanaOffset(b as string), String(b)).toThrow(RuleInputError);
      expect(() => toAstana(b as string), String(b)).toThrow(RuleInputError);
    }
    try {
      astanaOffset("2024-02-29T18:00:00");
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-CAL-3/);
      expect((e as RuleInputError).message).toMatch(/instant = "2024-02-29T18:00:00"/);
      expect((e as RuleInputError).message).toMatch(/no offset/);
    }
    for (const [d, t] of [["2024-02-30", "00:00"], ["2024-01-01", "24:00"], ["2024-01-01", "9:00"], ["2004-12-31", "23:00"], ["2024-1-1", "00:00"], [null, "00:00"]] as const) {
      expect(() => astanaInstant(d as string, t), `${d} ${t}`).toThrow(RuleInputError);
    }
    expect(() => astanaInstant("2024-02-29", "23:00", { repeated: "first" } as never)).toThrow(RuleInputError);
    expect(() => astanaInstant("2024-02-29", "23:00", { extra: 1 } as never)).toThrow(RuleInputError);
    expect(() => endOfAstanaDay("2025-02-29")).toThrow(RuleInputError);
    expect(() => endOfAstanaDay("2025-06-30", { minute: "end" } as never)).toThrow(RuleInputError);
  });

  it("R-CAL-3 results do not depend on the process time zone (TZ = UTC, Asia/Almaty, America/Los_Angeles, Pacific/Kiritimati)", () => {
    const inputs = ["2024-02-29T17:59:59Z", "2024-02-29T18:00:00Z", "2025-06-30T23:59:00+05:00", "2010-03-28T02:30:00+06:00", "2024-11-03T09:30:00-07:00"];
    const run = () => inputs.map((i) => [astanaOffset(i), toAstana(i), astanaInstant(toAstana(i).date, toAstana(i).time), endOfAstanaDay(toAstana(i).date)]);
    const saved = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const base = run();
      for (const tz of ["Asia/Almaty", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"]) {
        process.env.TZ = tz;
        expect(run()).toEqual(base);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
