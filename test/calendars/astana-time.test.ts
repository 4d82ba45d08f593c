import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, astanaInstant, astanaOffset, endOfAstanaDay, toAstana } from "../../src/index.js";

// The switch: 2024-03-01 00:00 at UTC+6 = 2024-02-29 18:00 UTC (00:00 − 6 h, crossing midnight back
// into 29 Feb). At that instant the clocks went back to 23:00 (18:00 UTC + 5 h = 23:00 on 29 Feb),
// so the local hour 23:00–23:59:59.999 of 29 Feb happened twice: 17:00–17:59:59.999 UTC (+06) and
// 18:00–18:59:59.999 UTC (+05).
const SWITCH = Date.UTC(2024, 1, 29, 18, 0, 0); // used only to generate test instants
const MIN = Date.UTC(2004, 11, 31, 18, 0, 0); // 2005-01-01 00:00 +06:00
const MAX = Date.UTC(2100, 0, 1);

describe("R-CAL-3 Astana time", () => {
  it("R-CAL-3 offset at the 2024 switch: +06:00 up to 2024-02-29T17:59:59.999Z, +05:00 from 18:00:00Z", () => {
    expect(astanaOffset("2024-02-29T17:59:59Z")).toBe("+06:00");
    expect(astanaOffset("2024-02-29T17:59:59.999Z")).toBe("+06:00");
    expect(astanaOffset("2024-02-29T18:00:00Z")).toBe("+05:00");
    expect(astanaOffset("2024-03-01T00:00:00+06:00")).toBe("+05:00"); // the same instant written at +06
    expect(astanaOffset("2024-02-29T23:59:59+06:00")).toBe("+06:00");
    expect(astanaOffset("2005-01-01T00:00:00+06:00")).toBe("+06:00");
    expect(astanaOffset("2026-07-11T00:00:00+05:00")).toBe("+05:00");
  });

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

  it("R-CAL-3 astanaInstant: the repeated hour resolves to the earlier occurrence unless repeated: 'later'", () => {
    expect(astanaInstant("2025-06-01")).toBe("2025-06-01T00:00:00+05:00");
    expect(astanaInstant("2024-01-15", "09:00")).toBe("2024-01-15T09:00:00+06:00");
    expect(astanaInstant("2024-02-29", "22:59:59")).toBe("2024-02-29T22:59:59+06:00");
    expect(astanaInstant("2024-02-29", "23:00")).toBe("2024-02-29T23:00:00+06:00");
    expect(astanaInstant("2024-02-29", "23:00", { repeated: "later" })).toBe("2024-02-29T23:00:00+05:00");
    expect(astanaInstant("2024-02-29", "23:30", { repeated: "later" })).toBe("2024-02-29T23:30:00+05:00");
    expect(astanaInstant("2024-02-29", "22:00", { repeated: "later" })).toBe("2024-02-29T22:00:00+06:00"); // not repeated
    expect(astanaInstant("2024-03-01", "00:00")).toBe("2024-03-01T00:00:00+05:00");
    expect(astanaInstant("2025-06-30", "23:59:59.5")).toBe("2025-06-30T23:59:59.500+05:00");
  });

  it("R-CAL-3 endOfAstanaDay: '23:59' read as the whole minute (default) or its first second", () => {
    expect(endOfAstanaDay("2025-06-30")).toBe("2025-06-30T23:59:59.999+05:00");
    expect(endOfAstanaDay("2025-06-30", { minute: "start-of-minute" })).toBe("2025-06-30T23:59:00+05:00");
    expect(endOfAstanaDay("2023-12-29")).toBe("2023-12-29T23:59:59.999+06:00");
    // 29 Feb 2024 lasted 25 hours: it ends with the second occurrence of 23:59
    expect(endOfAstanaDay("2024-02-29")).toBe("2024-02-29T23:59:59.999+05:00");
    expect(endOfAstanaDay("2024-02-29", { minute: "start-of-minute" })).toBe("2024-02-29T23:59:00+05:00");
    expect(endOfAstanaDay("2024-02-28")).toBe("2024-02-28T23:59:59.999+06:00");
  });

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

  fcTest.prop([fc.integer({ min: MIN, max: MAX })])("R-CAL-3 property: +06:00 for every instant before the switch, +05:00 from it", (ms) => {
    const iso = new Date(ms).toISOString();
    expect(astanaOffset(iso)).toBe(ms < SWITCH ? "+06:00" : "+05:00");
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

  fcTest.prop([
    fc.integer({ min: 2005, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }),
    fc.constantFrom<"earlier" | "later">("earlier", "later"),
  ])("R-CAL-3 property: Astana reading → instant → Astana reading is the same reading", (y, m, d, h, mi, s, repeated) => {
    const p = (n: number) => String(n).padStart(2, "0");
    const date = `${y}-${p(m)}-${p(d)}`;
    const time = `${p(h)}:${p(mi)}:${p(s)}`;
    const a = toAstana(astanaInstant(date, time, { repeated }));
    expect([a.date, a.time]).toEqual([date, time]);
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

  fcTest.prop([fc.string({ maxLength: 30 })])("R-CAL-3 property: arbitrary strings either parse or throw RuleInputError", (s) => {
    try {
      astanaOffset(s);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
    }
  });
});
