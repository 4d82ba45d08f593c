import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RULE_VERSIONS, RuleInputError, ruleVersion } from "../../src/index.js";

const P52 = { "ASA-52-2026": "2026-04-03" } as const;

describe("R-CAL-4 ruleVersion: which edition applies on a date", () => {
  it("R-CAL-4 without asOf: the latest known edition, stated", () => {
    const v = ruleVersion("R-GC-5");
    expect(v).toMatchObject({ edition: "ASA-52-2026 edition", act: "ASA-52-2026", provenance: "stated", asOf: null, from: null, to: null });
    expect(v.fromRule).toMatch(/ASA-52-2026.*10 calendar days/);
    expect(ruleVersion("R-EL-4")).toMatchObject({ from: "2026-07-11", locator: expect.stringMatching(/paragraph 83/) });
    expect(ruleVersion("R-SEL-5")).toMatchObject({ act: "ASA-184-2024", to: "2025-12-31" });
  });

  it("R-CAL-4 publication + ten calendar days: published P → in force P + 11 (civil-code) or P + 10 (inclusive)", () => {
    // published 03.04.2026: the ten days are 04.04 … 13.04; they have passed at the end of 13.04 → 14.04
    expect(ruleVersion("R-GC-5", { publication: P52 }).from).toBe("2026-04-14");
    expect(ruleVersion("R-GC-5", { publication: P52, counting: "inclusive" }).from).toBe("2026-04-13");
    // boundary: 13.04 is still the ASA-196-2025 original (not in the sources), 14.04 the new edition
    expect(() => ruleVersion("R-GC-5", { asOf: "2026-04-13", publication: P52 })).toThrow(/not in the sources/);
    expect(ruleVersion("R-GC-5", { asOf: "2026-04-14", publication: P52 })).toMatchObject({ provenance: "stated", from: "2026-04-14" });
    // ASA-180-2012: published 05.01.2013 → in force 16.01.2013 (5 + 11)
    expect(ruleVersion("R-PR-1", { asOf: "2013-01-16", publication: { "ASA-180-2012": "2013-01-05" } }).from).toBe("2013-01-16");
    expect(() => ruleVersion("R-PR-1", { asOf: "2013-01-15", publication: { "ASA-180-2012": "2013-01-05" } })).toThrow(/before the first known edition/);
  });

  it("R-CAL-4 fixed date 11.07.2026: R-EL-1 switches from the ASA-196-2025 original to the App. 11 note", () => {
    expect(ruleVersion("R-EL-1", { asOf: "2026-07-11" })).toMatchObject({ edition: "ASA-52-2026 edition", from: "2026-07-11", provenance: "stated" });
    expect(() => ruleVersion("R-EL-1", { asOf: "2026-07-10" })).toThrow(/ASA-196-2025 original edition.*not in the sources/);
    expect(ruleVersion("R-EL-1", { asOf: "2026-07-10", presume: true })).toMatchObject({ edition: "ASA-52-2026 edition", provenance: "presumed" });
    // 31.12.2025: ASA-184-2024's point 14 (its last day, whatever its publication date)
    expect(ruleVersion("R-EL-1", { asOf: "2025-12-31" })).toMatchObject({ act: "ASA-184-2024", to: "2025-12-31", provenance: "stated" });
    expect(() => ruleVersion("R-EL-1", { asOf: "2026-01-01" })).toThrow(RuleInputError);
  });

  it("R-CAL-4 the unknown publication window of ASA-52-2026 is not determinable; publication or presume resolves it", () => {
    expect(() => ruleVersion("R-GC-5", { asOf: "2026-05-01" })).toThrow(/not determinable from the sources.*ASA-52-2026/);
    expect(() => ruleVersion("R-EL-3", { asOf: "2027-01-01" })).toThrow(/not determinable/);
    const p = ruleVersion("R-GC-5", { asOf: "2026-05-01", presume: true });
    expect(p).toMatchObject({ provenance: "presumed", edition: "ASA-52-2026 edition" });
    expect(p.reason).toMatch(/publication date of ASA-52-2026/);
    // before the earliest possible start (31.03 + 11 = 11.04): certainly the ASA-196-2025 original
    expect(() => ruleVersion("R-GC-5", { asOf: "2026-04-10" })).toThrow(/ASA-196-2025 original edition/);
    expect(() => ruleVersion("R-GC-5", { asOf: "2026-04-11" })).toThrow(/not determinable/);
  });

  it("R-CAL-4 before the first known edition: error, or the nearest edition presumed", () => {
    expect(() => ruleVersion("R-GC-5", { asOf: "2025-06-01" })).toThrow(/before the first known edition/);
    expect(ruleVersion("R-GC-5", { asOf: "2025-06-01", presume: true })).toMatchObject({ provenance: "presumed", act: "ASA-52-2026" });
    expect(() => ruleVersion("R-SEL-1", { asOf: "2023-12-31" })).toThrow(/before the first known edition/);
    // Jan 2024: the temporary rules apply, in Order 40's edition, whose text is not in the sources
    expect(() => ruleVersion("R-SEL-1", { asOf: "2024-06-01" })).toThrow(/ASA-40-2017 edition before ASA-184-2024.*not in the sources/);
    expect(ruleVersion("R-SEL-1", { asOf: "2024-06-01", presume: true })).toMatchObject({ act: "ASA-184-2024", provenance: "presumed" });
  });

  it("R-CAL-4 ASA-184-2024 (in force the day after publication, date unknown) and its fixed 01.01.2025 paragraphs", () => {
    // R-SEL-7 point 73: 01.01.2025 (ASA-184-2024 point 4), fixed
    expect(ruleVersion("R-SEL-7", { asOf: "2025-01-01" })).toMatchObject({ from: "2025-01-01", provenance: "stated" });
    expect(() => ruleVersion("R-SEL-7", { asOf: "2024-12-31" })).toThrow(/not in the sources/);
    // point 120: from the day after publication (not before 05.11.2024)
    expect(() => ruleVersion("R-SEL-5", { asOf: "2025-03-01" })).toThrow(/ASA-184-2024/);
    expect(ruleVersion("R-SEL-5", { asOf: "2024-11-06", publication: { "ASA-184-2024": "2024-11-05" } })).toMatchObject({ from: "2024-11-06", provenance: "stated" });
    expect(() => ruleVersion("R-SEL-5", { asOf: "2024-11-05", publication: { "ASA-184-2024": "2024-11-05" } })).toThrow(/not in the sources/);
  });

  it("R-CAL-4 a rule that ended stays ended, even with presume", () => {
    expect(() => ruleVersion("R-SEL-8", { asOf: "2026-01-01", presume: true })).toThrow(/presume cannot apply/);
    expect(() => ruleVersion("R-PYR-3", { asOf: "2025-10-26", presume: true })).toThrow(/ends/);
    expect(ruleVersion("R-PYR-3", { asOf: "2025-10-25" })).toMatchObject({ act: "PYR-2025", provenance: "stated" });
  });

  it("R-CAL-4 invalid input throws RuleInputError naming field, value and rule", () => {
    const bad: [unknown, unknown][] = [
      ["R-XX-1", undefined], [5, undefined], ["R-GC-5", { asOf: "2026-02-30" }], ["R-GC-5", { asOf: "01.05.2026" }],
      ["R-GC-5", { presume: "yes" }], ["R-GC-5", { counting: "other" }], ["R-GC-5", { publication: { "ASA-52-2026": "2026-03-30" } }],
      ["R-GC-5", { publication: { "ASA-99-2026": "2026-04-01" } }], ["R-GC-5", { asof: "2026-05-01" }], ["R-GC-5", null],
    ];
    for (const [k, o] of bad) expect(() => ruleVersion(k as string, o as never), JSON.stringify([k, o])).toThrow(RuleInputError);
    try {
      ruleVersion("R-GC-5", { asOf: "2026-02-30" });
    } catch (e) {
      expect((e as RuleInputError).message).toMatch(/R-CAL-4: opts\.asOf = "2026-02-30"/);
    }
  });

  it("R-CAL-4 data: every key is ordered in time and every edition names its act and locator", () => {
    const keys = [...new Set(RULE_VERSIONS.map((v) => v.key))];
    expect(keys).toEqual(expect.arrayContaining(["R-SEL-1", "R-SEL-8", "R-GC-5", "R-TH-1", "R-EL-1", "R-EL-2", "R-EL-3", "R-EL-4", "R-EL-5", "R-PYR-6", "R-PR-1", "R-TD-1"]));
    for (const k of keys) {
      const dated = RULE_VERSIONS.filter((v) => v.key === k && typeof v.from === "string").map((v) => v.from as string);
      expect([...dated].sort(), k).toEqual(dated);
      expect(RULE_VERSIONS.some((v) => v.key === k && v.text === "in-sources"), k).toBe(true);
    }
  });

  fcTest.prop([
    fc.constantFrom(...new Set(RULE_VERSIONS.map((v) => v.key))),
    fc.integer({ min: 0, max: 7000 }),
    fc.boolean(),
    fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  ])("R-CAL-4 property: every answer is an edition whose period contains asOf when stated; otherwise RuleInputError", (key, off, presume, pubOff) => {
    const day = new Date(Date.UTC(2012, 0, 1) + off * 86_400_000).toISOString().slice(0, 10);
    const publication = pubOff === undefined ? undefined : { "ASA-52-2026": new Date(Date.UTC(2026, 2, 31) + pubOff * 86_400_000).toISOString().slice(0, 10) };
    try {
      const v = ruleVersion(key, { asOf: day, presume, ...(publication ? { publication } : {}) });
      if (v.provenance === "stated") {
        if (v.from !== null) expect(v.from <= day).toBe(true);
        if (v.to !== null) expect(day <= v.to).toBe(true);
      } else {
        expect(presume).toBe(true);
        expect(v.reason).toBeTruthy();
      }
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
    }
  });
});
