// src/sources/versions.ts: ruleVersion (R-CAL-4), which edition of a rule applies on a date, its
// answer field by field and its exact errors where the sources do not decide.
//
// R-CAL-4 dates worked out by hand (docs/versions.md, EFFECTIVE-DATES.md), default counting
// "civil-code": "ten calendar days after publication P" → in force from P + 11; "after the day of
// publication" (ASA-184-2024) → P + 1. Unknown publication → earliest possible start = "not before"
// + that count: ASA-52-2026 31.03.2026 + 11 = 11.04.2026; ASA-184-2024 04.11.2024 + 1 = 05.11.2024;
// ASA-180-2012 28.12.2012 + 11 = 08.01.2013; ASA-56-2014 (repeals ASA-180-2012) 29.03.2014 + 11 =
// 09.04.2014, so the 2012 regulation certainly lasts to 08.04.2014.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { PUBLICATIONS, RULE_VERSIONS, RuleInputError, ruleVersion } from "../../src/index.js";
import { allIssues, firstIssue, thrownRuleInputError } from "../support/first-issue.js";
import { UNKNOWN_KEY } from "../support/sources.js";

const P52 = { "ASA-52-2026": "2026-04-03" } as const;

const SEED_52 = "sources/001_a64fa5ff937c345c.txt";
const SEED_180 = "sources/003_933028b0de46bbd3.txt";
const SEED_PYR = "sources/004_3eb6df1ff2b8ef3d.txt";

const FROM_52 = "ASA-52-2026: once 10 calendar days have passed after the day of its first official publication (publication date not in the sources)";
const FROM_184 = "ASA-184-2024: the day after its first official publication (publication date not in the sources; presumed published by 2024-12-31)";
const FROM_180 = "ASA-180-2012: once 10 calendar days have passed after the day of its first official publication (publication date not in the sources)";
const PR_LOCATOR = 'regulation of the state service "Enrolment in the personnel reserve"';
const PR_NOTE = "Repealed by order No. 04-2-4/56 of 29.03.2014, in force ten calendar days after its first publication; neither publication date is in the sources.";
const PYR_NOTE =
  "The procedure of the 2025 campaign (19.05.2025–25.10.2025); the final results are published after 25.10.2025 (undated). Later campaigns have their own procedures, not in the sources.";
const PRESUME_NEAREST = 'Pass presume: true to use the nearest known edition (provenance "presumed").';

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
    // point 120: from the day after publication (not before 05.11.2024). Issue 18: point 4 dates
    // paragraphs 16–25 «2025 жылғы 1 қаңтардан бастап» as an exception to «алғашқы ресми жарияланған
    // күнiнен кейiн», which presupposes publication by 31.12.2024 (the library's one presumption for
    // the whole act) — so from 01.01.2025 every paragraph is in force: 01.03.2025 is stated.
    expect(ruleVersion("R-SEL-5", { asOf: "2025-03-01" })).toMatchObject({ act: "ASA-184-2024", provenance: "stated", from: null, to: "2025-12-31" });
    expect(ruleVersion("R-SEL-5", { asOf: "2025-01-01" })).toMatchObject({ act: "ASA-184-2024", provenance: "stated" });
    // 05.11.2024 … 31.12.2024: depends on the publication day, not determinable
    expect(() => ruleVersion("R-SEL-5", { asOf: "2024-12-31" })).toThrow(/not determinable.*ASA-184-2024/);
    expect(() => ruleVersion("R-SEL-5", { asOf: "2024-11-05" })).toThrow(/not determinable.*ASA-184-2024/);
    // 04.11.2024 (registration day): certainly before → Order 40's edition, not in the sources
    expect(() => ruleVersion("R-SEL-5", { asOf: "2024-11-04" })).toThrow(/ASA-40-2017 edition before ASA-184-2024.*not in the sources/);
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

// mutation run of src/sources/versions.ts: pins the exact issue of an unknown key
describe("R-CAL-4 ruleVersion — an unknown key (mutation)", () => {
  const line = (value: string): string => `R-CAL-4: key = ${value}: ${UNKNOWN_KEY}`;

  it("R-CAL-4 an unknown key: field key, the value as given, the list of every known key", () => {
    const e = thrownRuleInputError(() => ruleVersion("R-XX-1"));
    expect(e.name).toBe("RuleInputError");
    expect(e.issues).toEqual([{ field: "key", value: "R-XX-1", rule: "R-CAL-4", message: UNKNOWN_KEY }]);
    expect(e.message).toBe(line('"R-XX-1"'));
  });
});

describe("R-CAL-4 ruleVersion: the answer, field by field (mutation)", () => {
  it("R-CAL-4 R-GC-5 latest: the ASA-52-2026 edition, start by rule (P + 11), its note", () => {
    expect(ruleVersion("R-GC-5")).toStrictEqual({
      key: "R-GC-5",
      rule: "R-GC-5",
      edition: "ASA-52-2026 edition",
      act: "ASA-52-2026",
      locator: 'List point 16, paragraph 48: general competition rules App. 2 "evaluation methodology" (App. 3 of the List)',
      seed: SEED_52,
      lines: "1394, 1933-2080",
      from: null,
      to: null,
      fromRule: FROM_52,
      provenance: "stated",
      asOf: null,
      note: "The lower-track И is a presumption (RULES.md R-GC-5).",
    });
  });

  it("R-CAL-4 R-GC-1 latest has no note and no reason: those keys are absent", () => {
    const v = ruleVersion("R-GC-1");
    expect(v).toStrictEqual({
      key: "R-GC-1",
      rule: "R-GC-1",
      edition: "ASA-52-2026 edition",
      act: "ASA-52-2026",
      locator: 'List point 16, paragraph 48: general competition rules App. 2 "evaluation methodology" (App. 3 of the List)',
      seed: SEED_52,
      lines: "1394, 1933-2080",
      from: null,
      to: null,
      fromRule: FROM_52,
      provenance: "stated",
      asOf: null,
    });
    expect("note" in v).toBe(false);
    expect("reason" in v).toBe(false);
  });

  it("R-CAL-4 R-PYR-3 on 25.10.2025: fixed dates 19.05.2025–25.10.2025, no lines, no fromRule", () => {
    const v = ruleVersion("R-PYR-3", { asOf: "2025-10-25" });
    expect(v).toStrictEqual({
      key: "R-PYR-3",
      rule: "R-PYR-3",
      edition: "PYR-2025",
      act: "PYR-2025",
      locator: "Procedure of the 2025 selection to the Presidential Youth Reserve",
      seed: SEED_PYR,
      from: "2025-05-19",
      to: "2025-10-25",
      provenance: "stated",
      asOf: "2025-10-25",
      note: PYR_NOTE,
    });
    expect("lines" in v).toBe(false);
    expect("fromRule" in v).toBe(false);
  });

  it("R-CAL-4 R-SEL-5 (ASA-184-2024, in force after the day of publication): fromRule in words", () => {
    expect(ruleVersion("R-SEL-5").fromRule).toBe(FROM_184);
  });

  it("R-CAL-4 R-PR-1 latest: neither start nor end is a known date (both depend on publications)", () => {
    expect(ruleVersion("R-PR-1")).toStrictEqual({
      key: "R-PR-1",
      rule: "R-PR-1",
      edition: "ASA-180-2012",
      act: "ASA-180-2012",
      locator: PR_LOCATOR,
      seed: SEED_180,
      from: null,
      to: null,
      fromRule: FROM_180,
      provenance: "stated",
      asOf: null,
      note: PR_NOTE,
    });
  });

  it("R-CAL-4 R-PR-1 on 08.04.2014, the day before the repeal's earliest start (29.03.2014 + 11), is stated", () => {
    // The regulation took effect (by its end at the latest) and the repeal is not in force before 09.04.2014.
    expect(ruleVersion("R-PR-1", { asOf: "2014-04-08" })).toMatchObject({ edition: "ASA-180-2012", provenance: "stated", asOf: "2014-04-08", from: null, to: null });
    // 09.04.2014: the repeal may be in force
    expect(thrownRuleInputError(() => ruleVersion("R-PR-1", { asOf: "2014-04-09" })).issues[0]!.message).toMatch(/^which edition of R-PR-1 applied on 2014-04-09 is not determinable/);
  });

  it("R-CAL-4 R-PR-1 with the repeal published 01.04.2014: the regulation's last day is 11.04.2014 (P + 11 − 1)", () => {
    const pub = { "ASA-56-2014": "2014-04-01" } as const;
    expect(ruleVersion("R-PR-1", { publication: pub }).to).toBe("2014-04-11");
    expect(ruleVersion("R-PR-1", { asOf: "2014-04-11", publication: pub })).toMatchObject({ provenance: "stated", to: "2014-04-11" });
    // 12.04.2014: the rule has ended; presume cannot revive it
    const e = thrownRuleInputError(() => ruleVersion("R-PR-1", { asOf: "2014-04-12", publication: pub, presume: true }));
    expect(e.issues).toEqual([
      {
        field: "opts.asOf",
        value: "2014-04-12",
        rule: "R-CAL-4",
        message: `R-PR-1 is not in force on 2014-04-12: its last known edition (ASA-180-2012) ends on 2014-04-11 and the rule ends there (${PR_NOTE}); presume cannot apply.`,
      },
    ]);
  });

  it("R-CAL-4 R-PYR-3 after 25.10.2025: ended, with the edition's note, even with presume", () => {
    expect(firstIssue(() => ruleVersion("R-PYR-3", { asOf: "2025-10-26", presume: true }))).toEqual({
      field: "opts.asOf",
      value: "2025-10-26",
      rule: "R-CAL-4",
      message: `R-PYR-3 is not in force on 2025-10-26: its last known edition (PYR-2025) ends on 2025-10-25 and the rule ends there (${PYR_NOTE}); presume cannot apply.`,
    });
  });
});

describe("R-CAL-4 ruleVersion: the exact errors where the sources do not decide (mutation)", () => {
  it("R-CAL-4 R-PR-1 published 05.01.2013 (in force 16.01.2013), repeal date unknown: 01.01.2015 depends on ASA-56-2014 only", () => {
    const e = thrownRuleInputError(() => ruleVersion("R-PR-1", { asOf: "2015-01-01", publication: { "ASA-180-2012": "2013-01-05" } }));
    expect(e.issues).toEqual([
      {
        field: "opts.asOf",
        value: "2015-01-01",
        rule: "R-CAL-4",
        message:
          "which edition of R-PR-1 applied on 2015-01-01 is not determinable from the sources: it depends on the first official publication date of ASA-56-2014 (not in the sources). " +
          `Known: ASA-180-2012 (${PR_LOCATOR}): from 2013-01-16 to 2014-04-08. ` +
          'Pass publication: { "ASA-56-2014": "YYYY-MM-DD" } or presume: true.',
      },
    ]);
    expect(e.message).toBe(`R-CAL-4: opts.asOf = "2015-01-01": ${e.issues[0]!.message}`);
  });

  it("R-CAL-4 R-PR-1 without publications: 08.01.2013 (earliest start) is undeterminable, 07.01.2013 is before it", () => {
    const known = `Known: ASA-180-2012 (${PR_LOCATOR}): from ${FROM_180}, i.e. not before 2013-01-08 to 2014-04-08.`;
    expect(firstIssue(() => ruleVersion("R-PR-1", { asOf: "2013-01-08" }))).toEqual({
      field: "opts.asOf",
      value: "2013-01-08",
      rule: "R-CAL-4",
      message:
        "which edition of R-PR-1 applied on 2013-01-08 is not determinable from the sources: it depends on the first official publication date of ASA-180-2012, ASA-56-2014 (not in the sources). " +
        `${known} Pass publication: { "ASA-180-2012": "YYYY-MM-DD" } or presume: true.`,
    });
    expect(firstIssue(() => ruleVersion("R-PR-1", { asOf: "2013-01-07" }))).toEqual({
      field: "opts.asOf",
      value: "2013-01-07",
      rule: "R-CAL-4",
      message: `2013-01-07 is before the first known edition of R-PR-1 (ASA-180-2012, from 2013-01-08). ${known} ${PRESUME_NEAREST}`,
    });
  });

  it("R-CAL-4 R-EL-2 before 11.07.2026: ASA-1-2016's earlier edition (start not given) covers every earlier date", () => {
    const msg = (d: string): string =>
      `on ${d} R-EL-2 applied in the ASA-1-2016 edition before ASA-52-2026 (ASA-1-2016), whose text is not in the sources. ` +
      `Known: ASA-52-2026 edition (List point 1, paragraphs 34–38: ASA-1-2016 App. 2 note): from 2026-07-11. ${PRESUME_NEAREST}`;
    for (const d of ["2026-07-01", "2026-07-10", "2015-01-01"]) {
      const e = thrownRuleInputError(() => ruleVersion("R-EL-2", { asOf: d }));
      expect(e.issues).toEqual([{ field: "opts.asOf", value: d, rule: "R-CAL-4", message: msg(d) }]);
      expect(e.message).toBe(`R-CAL-4: opts.asOf = "${d}": ${msg(d)}`);
    }
  });

  it("R-CAL-4 R-EL-7 on 01.05.2026: depends on ASA-52-2026 only, the known edition named with its earliest start 11.04.2026", () => {
    expect(firstIssue(() => ruleVersion("R-EL-7", { asOf: "2026-05-01" }))).toEqual({
      field: "opts.asOf",
      value: "2026-05-01",
      rule: "R-CAL-4",
      message:
        "which edition of R-EL-7 applied on 2026-05-01 is not determinable from the sources: it depends on the first official publication date of ASA-52-2026 (not in the sources). " +
        `Known: ASA-52-2026 edition (List point 1, paragraphs 22–28: ASA-1-2016 point 35): from ${FROM_52}, i.e. not before 2026-04-11. ` +
        'Pass publication: { "ASA-52-2026": "YYYY-MM-DD" } or presume: true.',
    });
  });

  it("R-CAL-4 R-SEL-1 on 02.01.2026: ASA-196-2025's original; both known editions listed, joined by \"; \"", () => {
    const known184 = `ASA-184-2024 edition (point 1, paragraph 47: temporary IS selection rules App. 3 "Бағалау әдістемесі" (App. 1 to ASA-184-2024)): from ${FROM_184}, i.e. not before 2024-11-05 to 2025-12-31`;
    const known52 = `ASA-52-2026 edition (List point 16, paragraphs 101–102: IS selection rules App. 1 (App. 7 of the List)): from ${FROM_52}, i.e. not before 2026-04-11`;
    expect(firstIssue(() => ruleVersion("R-SEL-1", { asOf: "2026-01-02" }))).toEqual({
      field: "opts.asOf",
      value: "2026-01-02",
      rule: "R-CAL-4",
      message: `on 2026-01-02 R-SEL-1 applied in the ASA-196-2025 original edition (ASA-196-2025), whose text is not in the sources. Known: ${known184}; ${known52}. ${PRESUME_NEAREST}`,
    });
  });

  it("R-CAL-4 presume picks the nearest known edition: 02.01.2026 is 2 days after ASA-184-2024's end, 99 before 11.04.2026", () => {
    const v = ruleVersion("R-SEL-1", { asOf: "2026-01-02", presume: true });
    expect(v).toMatchObject({ edition: "ASA-184-2024 edition", provenance: "presumed", asOf: "2026-01-02", to: "2025-12-31", from: null });
    expect(v.reason).toBe("on 2026-01-02 R-SEL-1 applied in the ASA-196-2025 original edition (ASA-196-2025), whose text is not in the sources");
  });

  it("R-CAL-4 presume on a tie: 19.02.2026 is 50 days after 31.12.2025 and 50 before 10.04.2026 (inclusive count) → the later edition", () => {
    // counting "inclusive": ASA-52-2026 not before 31.03.2026 + 10 = 10.04.2026
    expect(ruleVersion("R-SEL-1", { asOf: "2026-02-19", presume: true, counting: "inclusive" })).toMatchObject({
      edition: "ASA-52-2026 edition",
      provenance: "presumed",
    });
    // one day earlier the ASA-184-2024 edition is nearer (49 against 51)
    expect(ruleVersion("R-SEL-1", { asOf: "2026-02-18", presume: true, counting: "inclusive" }).edition).toBe("ASA-184-2024 edition");
  });
});

describe("R-CAL-4 ruleVersion: options and their fields (mutation)", () => {
  it("R-CAL-4 option errors are named under opts", () => {
    expect(firstIssue(() => ruleVersion("R-GC-5", { presume: "yes" } as never))).toMatchObject({ field: "opts.presume", value: "yes", rule: "R-CAL-4" });
    expect(firstIssue(() => ruleVersion("R-GC-5", { publication: { "ASA-52-2026": "2026-02-30" } }))).toMatchObject({
      field: "opts.publication.ASA-52-2026",
      value: "2026-02-30",
      rule: "R-CAL-4",
    });
  });

  it("R-CAL-4 a publication date on the registration day 31.03.2026 is accepted (→ 11.04.2026); 30.03.2026 is not", () => {
    expect(ruleVersion("R-GC-5", { publication: { "ASA-52-2026": "2026-03-31" } }).from).toBe("2026-04-11");
    expect(allIssues(() => ruleVersion("R-GC-5", { publication: { "ASA-52-2026": "2026-03-30" } }))).toEqual([
      {
        field: "opts.publication.ASA-52-2026",
        value: "2026-03-30",
        rule: "R-CAL-4",
        message: "before 2026-03-31 (signature and state registration on 31.03.2026 (seed 001 line 2))",
      },
    ]);
  });

  it("R-CAL-4 the date errors name opts.asOf: undeterminable and before the first edition", () => {
    expect(firstIssue(() => ruleVersion("R-GC-5", { asOf: "2026-05-01" }))).toMatchObject({ field: "opts.asOf", value: "2026-05-01" });
    expect(firstIssue(() => ruleVersion("R-GC-5", { asOf: "2025-06-01" }))).toMatchObject({ field: "opts.asOf", value: "2025-06-01" });
  });
});

// issue 18, item 3: one presumption for the whole of ASA-184-2024 — published by 31.12.2024, as its
// point 4 («2025 жылғы 1 қаңтардан бастап қолданысқа енгізілетін … абзацтарын қоспағанда, алғашқы
// ресми жарияланған күнiнен кейiн қолданысқа енгiзiледi», seed 000 lines 123–125) presupposes.
describe("R-CAL-4 ASA-184-2024: one documented presumption for the whole act (issue 18)", () => {
  it("R-CAL-4 10.06.2025: point 73 (R-SEL-7) and every other paragraph (R-SEL-5, R-SEL-6, R-EL-1, R-SEL-7#para-14-1) are all in force, stated", () => {
    for (const k of ["R-SEL-7", "R-SEL-5", "R-SEL-6", "R-EL-1", "R-SEL-7#para-14-1", "R-SEL-8", "R-SEL-1"]) {
      expect(ruleVersion(k, { asOf: "2025-06-10" }), k).toMatchObject({ act: "ASA-184-2024", provenance: "stated" });
    }
  });
  it("R-CAL-4 a publication date after 31.12.2024 contradicts point 4 and is refused; 31.12.2024 is accepted (→ 01.01.2025)", () => {
    expect(() => ruleVersion("R-SEL-5", { asOf: "2025-06-10", publication: { "ASA-184-2024": "2025-01-01" } })).toThrow(/after 2024-12-31/);
    // published 31.12.2024 → in force «after the day of publication»: 01.01.2025
    expect(ruleVersion("R-SEL-5", { asOf: "2025-01-01", publication: { "ASA-184-2024": "2024-12-31" } })).toMatchObject({ from: "2025-01-01", provenance: "stated" });
    expect(() => ruleVersion("R-SEL-5", { asOf: "2024-12-31", publication: { "ASA-184-2024": "2024-12-31" } })).toThrow(/not in the sources/);
  });
  it("R-CAL-4 the presumption is data: PUBLICATIONS[\"ASA-184-2024\"].notAfter with its basis", () => {
    expect(PUBLICATIONS["ASA-184-2024"].notAfter).toBe("2024-12-31");
    expect(PUBLICATIONS["ASA-184-2024"].notAfterBasis).toMatch(/presumption.*2025 жылғы 1 қаңтардан бастап/);
    expect(PUBLICATIONS["ASA-52-2026"].notAfter).toBeUndefined();
  });
});
