// Tests of src/calendars/astana-civil.ts: toAstana (R-CAL-3) — the Astana date and clock time of an
// instant around the 2024 switch, the round trip with astanaInstant, and how the instant is read.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { astanaInstant, toAstana } from "../../src/index.js";
import { ASTANA_MAX_MS as MAX, ASTANA_MIN_MS as MIN, BEFORE_2005, NO_OFFSET } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const NOT_INSTANT =
  'not an ISO 8601 instant with an offset: expected "YYYY-MM-DDTHH:MM[:SS[.sss]]" followed by "Z" or "±HH:MM"';

describe("R-CAL-3 toAstana", () => {
  it("R-CAL-3 toAstana around the switch (worked by hand)", () => {
    // 17:59:59Z + 6 h = 23:59:59 on 29 Feb, first occurrence
    expect(toAstana("2024-02-29T17:59:59Z")).toEqual({
      date: "2024-02-29", time: "23:59:59", millisecond: 0, offset: "+06:00", occurrence: "first", instant: "2024-02-29T23:59:59+06:00",
    });
    // 18:00:00Z + 5 h = 23:00:00 on 29 Feb, second occurrence
    expect(toAstana("2024-02-29T18:00:00Z")).toEqual({
      date: "2024-02-29", time: "23:00:00", millisecond: 0, offset: "+05:00", occurrence: "second", instant: "2024-02-29T23:00:00+05:00",
    });
    // 17:00Z + 6 h = 23:00 (first); 16:59:59Z + 6 h = 22:59:59 (only once)
    expect(toAstana("2024-02-29T17:00:00Z").occurrence).toBe("first");
    expect(toAstana("2024-02-29T16:59:59Z").occurrence).toBe("only");
    // 18:59:59.999Z + 5 h = 23:59:59.999 (second); 19:00Z + 5 h = 00:00 of 1 March
    expect(toAstana("2024-02-29T18:59:59.999Z")).toMatchObject({ date: "2024-02-29", time: "23:59:59", millisecond: 999, occurrence: "second" });
    expect(toAstana("2024-02-29T19:00:00Z")).toMatchObject({ date: "2024-03-01", time: "00:00:00", occurrence: "only" });
    // an instant given at another offset: 2025-06-30T18:59Z + 5 h = 23:59 on 30 June
    expect(toAstana("2025-06-30T18:59:00Z").time).toBe("23:59:00");
    expect(toAstana("2025-06-30T15:59:00-03:00")).toMatchObject({ date: "2025-06-30", time: "23:59:00" });
    // year end before the switch: 2023-12-31T18:00Z + 6 h = 2024-01-01 00:00
    expect(toAstana("2023-12-31T18:00:00Z")).toMatchObject({ date: "2024-01-01", time: "00:00:00", offset: "+06:00" });
  });

  fcTest.prop([fc.integer({ min: MIN, max: MAX }), fc.integer({ min: -14 * 60, max: 14 * 60 })])(
    "R-CAL-3 property: instant → Astana → instant is the same instant, whatever offset the instant was written with",
    (ms, offMin) => {
      const iso = new Date(ms).toISOString();
      const a = toAstana(iso);
      const back = astanaInstant(a.date, `${a.time}.${String(a.millisecond).padStart(3, "0")}`, { repeated: a.occurrence === "second" ? "later" : "earlier" });
      expect(back).toBe(a.instant);
      expect(Date.parse(back)).toBe(ms);
      // written at any other offset, the same instant gives the same Astana reading
      const local = new Date(ms + offMin * 60_000).toISOString().slice(0, 23);
      const sign = offMin < 0 ? "-" : "+"; // never "-00:00"
      const abs = Math.abs(offMin);
      const other = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      expect(toAstana(other)).toEqual(a);
    },
  );
});

// Mutation run of src/calendars (astana-internal): the exact error of every input check, the
// reading of instants without seconds and with more than three fraction digits.
describe("R-CAL-3 toAstana — reading the instant", () => {
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

// mutation run 2026-12-06 (issue 16): the largest offset ISO 8601 allows here is ±14:00
describe("R-CAL-3 toAstana — offsets up to ±14:00", () => {
  it("R-CAL-3 +14:00 is an offset (Kiribati): 23:00+14:00 on 30.06.2025 is 14:00 in Astana; +15:00 is not", () => {
    // 23:00 at +14:00 = 09:00Z; Astana is +05:00 from 01.03.2024 → 14:00:00
    expect(toAstana("2025-06-30T23:00:00+14:00").instant).toBe("2025-06-30T14:00:00+05:00");
    expect(() => toAstana("2025-06-30T23:00:00+15:00")).toThrow(/impossible offset/);
  });
});
