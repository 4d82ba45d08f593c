// Tests added from the mutation run of src/errors.ts and src/sources (versions.ts, state-bodies.ts,
// rule-source.ts): how an error shows each kind of value, the exact issues and messages of
// ruleVersion (R-CAL-4), usesIntegratedSelection and normalizeBodyName (R-SEL-8), and ruleSource.
//
// R-CAL-4 dates worked out by hand (docs/versions.md, EFFECTIVE-DATES.md), default counting
// "civil-code": "ten calendar days after publication P" → in force from P + 11; "after the day of
// publication" (ASA-184-2024) → P + 1. Unknown publication → earliest possible start = "not before"
// + that count: ASA-52-2026 31.03.2026 + 11 = 11.04.2026; ASA-184-2024 04.11.2024 + 1 = 05.11.2024;
// ASA-180-2012 28.12.2012 + 11 = 08.01.2013; ASA-56-2014 (repeals ASA-180-2012) 29.03.2014 + 11 =
// 09.04.2014, so the 2012 regulation certainly lasts to 08.04.2014.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { normalizeBodyName, ruleSource, RuleInputError, ruleVersion, usesIntegratedSelection } from "../../src/index.js";
import { allIssues, firstIssue, thrownRuleInputError } from "../support/first-issue.js";


// Every key of RULE_VERSIONS in the order of src/sources/effective-dates.ts.
const KEYS = [
  "R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5", "R-SEL-6", "R-SEL-7", "R-SEL-7#para-14-1", "R-SEL-8",
  "R-GC-1", "R-GC-2", "R-GC-3", "R-GC-4", "R-GC-5", "R-GC-6", "R-GC-7", "R-GC-8", "R-GC-9",
  "R-GC-9#internal-57-notice", "R-GC-9#internal-60", "R-GC-9#general-100-notice",
  "R-TH-1", "R-TH-2", "R-TH-3", "R-TH-4",
  "R-EL-1", "R-EL-2", "R-EL-3", "R-EL-4", "R-EL-4#no-retest-while-valid", "R-EL-5", "R-EL-5#acceptance-day",
  "R-EL-5#law-enforcement", "R-EL-6", "R-EL-7", "R-EL-7#testing-rules-86",
  "R-PYR-1", "R-PYR-2", "R-PYR-3", "R-PYR-4", "R-PYR-5", "R-PYR-6", "R-TD-1", "R-PR-1", "R-PR-2",
].join(", ");
const UNKNOWN_KEY = `unknown rule key; known: ${KEYS}`;

const SEED_52 = "sources/001_a64fa5ff937c345c.txt";
const SEED_180 = "sources/003_933028b0de46bbd3.txt";
const SEED_PYR = "sources/004_3eb6df1ff2b8ef3d.txt";

const FROM_52 = "ASA-52-2026: once 10 calendar days have passed after the day of its first official publication (publication date not in the sources)";
const FROM_184 = "ASA-184-2024: the day after its first official publication (publication date not in the sources)";
const FROM_180 = "ASA-180-2012: once 10 calendar days have passed after the day of its first official publication (publication date not in the sources)";
const PR_LOCATOR = 'regulation of the state service "Enrolment in the personnel reserve"';
const PR_NOTE = "Repealed by order No. 04-2-4/56 of 29.03.2014, in force ten calendar days after its first publication; neither publication date is in the sources.";
const PYR_NOTE =
  "The procedure of the 2025 campaign (19.05.2025–25.10.2025); the final results are published after 25.10.2025 (undated). Later campaigns have their own procedures, not in the sources.";
const PRESUME_NEAREST = 'Pass presume: true to use the nearest known edition (provenance "presumed").';

describe("errors: how a RuleInputError shows the value given (mutation)", () => {
  // ruleVersion names a key of any type in its message: "R-CAL-4: key = <value>: unknown rule key; …".
  const shown = (key: unknown): string => thrownRuleInputError(() => ruleVersion(key as string)).message;
  const line = (value: string): string => `R-CAL-4: key = ${value}: ${UNKNOWN_KEY}`;

  it("R-CAL-4 an unknown key: field key, the value as given, the list of every known key", () => {
    const e = thrownRuleInputError(() => ruleVersion("R-XX-1"));
    expect(e.name).toBe("RuleInputError");
    expect(e.issues).toEqual([{ field: "key", value: "R-XX-1", rule: "R-CAL-4", message: UNKNOWN_KEY }]);
    expect(e.message).toBe(line('"R-XX-1"'));
  });

  it("R-CAL-4 primitives: undefined, numbers, booleans, null, bigint, symbols, functions", () => {
    expect(shown(undefined)).toBe(line("undefined"));
    expect(shown(5)).toBe(line("5"));
    expect(shown(2.5)).toBe(line("2.5"));
    expect(shown(true)).toBe(line("true"));
    expect(shown(false)).toBe(line("false"));
    expect(shown(null)).toBe(line("null"));
    expect(shown(10n)).toBe(line("10n"));
    expect(shown(Symbol("k"))).toBe(line("symbol"));
    expect(shown(() => 1)).toBe(line("function"));
  });

  it("R-CAL-4 objects: arrays by length, a Decimal by value, others by their tag; no toString → \"object\"", () => {
    expect(shown([1, 2])).toBe(line("array(2)"));
    expect(shown([])).toBe(line("array(0)"));
    expect(shown(new Decimal("2.5"))).toBe(line("Decimal(2.5)"));
    expect(shown({})).toBe(line("[object Object]"));
    expect(shown(new Date(0))).toBe(line("[object Date]"));
    // no prototype: no toString, shown by its type only
    expect(shown(Object.create(null) as unknown)).toBe(line("object"));
    // a toString of its own but no constructor: shown by its tag
    const bare = Object.assign(Object.create(null) as object, { toString: () => "x" });
    expect(shown(bare)).toBe(line("[object Object]"));
  });

  it("R-SEL-1 RuleInputError: several issues joined by \"; \", params copied and frozen", () => {
    const params = { min: "0", max: "100" };
    const e = new RuleInputError([
      { field: "S", value: 120, rule: "R-SEL-1", message: "out of range", code: "out-of-range", params },
      { field: "E", value: "x", rule: "R-SEL-3", message: "not a number" },
    ]);
    expect(e.message).toBe('R-SEL-1: S = 120: out of range; R-SEL-3: E = "x": not a number');
    expect(e.name).toBe("RuleInputError");
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(e.issues[0]!.params).not.toBe(params);
    expect(Object.isFrozen(e.issues[0]!.params)).toBe(true);
    params.min = "50";
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(Object.isFrozen(e.issues[1])).toBe(true);
  });

  it("R-SEL-1 RuleInputError built from no issues still carries one: \"?: (input) = undefined: invalid input\"", () => {
    const e = new RuleInputError([]);
    expect(e.message).toBe("?: (input) = undefined: invalid input");
    expect(e.issues).toEqual([{ field: "(input)", value: undefined, rule: "?", message: "invalid input" }]);
    expect(e.name).toBe("RuleInputError");
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

describe("R-SEL-8 normalizeBodyName and usesIntegratedSelection: exact answers (mutation)", () => {
  it("R-SEL-8 normalizeBodyName: a non-string is refused with field name", () => {
    expect(firstIssue(() => normalizeBodyName(5 as never))).toMatchObject({
      field: "name",
      value: 5,
      rule: "R-SEL-8",
      message: "wrong type: expected a state body's name (a string)",
    });
  });

  it("R-SEL-8 normalizeBodyName: dashes unified, list numbers and final punctuation removed, then trimmed", () => {
    expect(normalizeBodyName("Оқу–ағарту министрлігі")).toBe("оқу-ағарту министрлігі");
    expect(normalizeBodyName("Көлік министрлігі ;")).toBe("көлік министрлігі");
    expect(normalizeBodyName("Көлік министрлігі;.")).toBe("көлік министрлігі");
    expect(normalizeBodyName("12. Көлік министрлігі.")).toBe("көлік министрлігі");
    expect(normalizeBodyName("3 . Көлік министрлігі")).toBe("көлік министрлігі");
    expect(normalizeBodyName("3.Көлік министрлігі")).toBe("көлік министрлігі");
    expect(normalizeBodyName("4) Көлік министрлігі")).toBe("көлік министрлігі");
    // only a leading number and only final punctuation
    expect(normalizeBodyName("Ақмола облысы 2) тексеру комиссиясы")).toBe("ақмола облысы 2) тексеру комиссиясы");
    expect(normalizeBodyName("Көлік, министрлігі")).toBe("көлік, министрлігі");
  });

  it("R-SEL-8 normalizeBodyName: Latin look-alikes are replaced only in a Cyrillic name", () => {
    expect(normalizeBodyName("Ministry of Transport")).toBe("ministry of transport");
    // Latin "o" and "i" typed in a Kazakh name become Cyrillic "о" and "і"
    expect(normalizeBodyName("Кoлiк министрлігі")).toBe("колік министрлігі");
  });

  it("R-SEL-8 normalizeBodyName: the country prefix, with or without «-ның», only at the start", () => {
    expect(normalizeBodyName("Қазақстан Республикасы Президентінің Іс басқармасы")).toBe("президентінің іс басқармасы");
    expect(normalizeBodyName("Қазақстан Республикасының Көлік министрлігі")).toBe("көлік министрлігі");
    expect(normalizeBodyName("Қаржы министрлігі Қазақстан Республикасы бойынша")).toBe("қаржы министрлігі қазақстан республикасы бойынша");
  });

  it("R-SEL-8 usesIntegratedSelection: the fields of its input errors", () => {
    expect(firstIssue(() => usesIntegratedSelection("   ", "2025-01-01"))).toEqual({
      field: "body",
      value: "   ",
      rule: "R-SEL-8",
      message: "expected the name of a state body (a non-empty string)",
    });
    expect(firstIssue(() => usesIntegratedSelection("Көлік министрлігі", "2025-02-29"))).toMatchObject({ field: "date", value: "2025-02-29", rule: "R-SEL-8" });
    expect(firstIssue(() => usesIntegratedSelection("Көлік министрлігі", "2025-01-01", { unknown: "no" } as never))).toMatchObject({
      field: "opts.unknown",
      value: "no",
      rule: "R-SEL-8",
    });
    expect(firstIssue(() => usesIntegratedSelection("Көлік министрлігі", "2026-01-01"))).toEqual({
      field: "date",
      value: "2026-01-01",
      rule: "R-SEL-8",
      message: "outside the period of the temporary IS selection rules (2024-01-01 – 2025-12-31, their point 1): the lists do not apply",
    });
    expect(firstIssue(() => usesIntegratedSelection("Ұлттық Банк", "2025-01-10", { unknown: "throw" }))).toEqual({
      field: "body",
      value: "Ұлттық Банк",
      rule: "R-SEL-8",
      message: "not named in any of the five lists of App. 4 of the temporary IS selection rules",
    });
  });

  it("R-SEL-8 an unknown name: no lists", () => {
    expect(usesIntegratedSelection("Ұлттық Банк", "2025-01-10")).toStrictEqual({
      uses: false,
      known: false,
      lists: [],
      rule: "R-SEL-8",
      note: "This name is not in any of the five lists of App. 4 (ASA-184-2024 edition), even after normalising case, spaces and quotes: the sources do not say that this body selected through the IS. Check the spelling against INTEGRATED_SELECTION_LISTS.",
    });
  });

  it("R-SEL-8 the Ministry of Finance on 30.06.2025: listed only from 01.07.2025, the note names that period", () => {
    expect(usesIntegratedSelection("Қаржы министрлігі", "2025-06-30")).toStrictEqual({
      uses: false,
      known: true,
      body: "Қазақстан Республикасының Қаржы министрлігі",
      lists: [{ id: "2025-07-01/2025-12-31", from: "2025-07-01", to: "2025-12-31" }],
      rule: "R-SEL-8",
      note: "On 2025-06-30 none of the lists naming this body is in force (2025-07-01 – 2025-12-31).",
    });
  });

  it("R-SEL-8 the ASA (lists 1 and 2): 31.01.2024 names both periods; 01.02.2024 is in the first list", () => {
    const asa = "Мемлекеттік қызмет істері агенттігі";
    const lists = [
      { id: "2024-02-01/2024-12-31", from: "2024-02-01", to: "2024-12-31" },
      { id: "2024-02-01/2025-12-31", from: "2024-02-01", to: "2025-12-31" },
    ];
    expect(usesIntegratedSelection(asa, "2024-01-31").note).toBe(
      "On 2024-01-31 none of the lists naming this body is in force (2024-02-01 – 2024-12-31; 2024-02-01 – 2025-12-31).",
    );
    expect(usesIntegratedSelection(asa, "2024-02-01")).toStrictEqual({
      uses: true,
      known: true,
      body: "Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
      list: "2024-02-01/2024-12-31",
      period: { from: "2024-02-01", to: "2024-12-31" },
      lists,
      rule: "R-SEL-8",
    });
  });
});

describe("R-SEL-1 ruleSource: lookup and its error (mutation)", () => {
  it("R-SEL-1 ruleSource: only a string id is looked up; an unknown id is a RuleInputError of \"sources\"", () => {
    expect(ruleSource("R-SEL-1")).toMatchObject({ act: "ASA-52-2026", seed: SEED_52 });
    // an array whose text is "R-SEL-1" is not the id "R-SEL-1"
    expect(allIssues(() => ruleSource(["R-SEL-1"] as never))).toEqual([
      { field: "ruleId", value: ["R-SEL-1"], rule: "sources", message: "unknown rule id (see RULES.md for the list)" },
    ]);
    const e = thrownRuleInputError(() => ruleSource("R-XX-1"));
    expect(e.issues).toEqual([{ field: "ruleId", value: "R-XX-1", rule: "sources", message: "unknown rule id (see RULES.md for the list)" }]);
    expect(e.message).toBe('sources: ruleId = "R-XX-1": unknown rule id (see RULES.md for the list)');
  });
});

describe("R-SEL-1 ruleSource: inherited property names are not rule ids (fixed 2026-11-24)", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])("R-SEL-1 ruleSource(%j) throws RuleInputError on ruleId", (id) => {
    // before the fix these read Object.prototype and returned { act: undefined, … }
    expect(firstIssue(() => ruleSource(id))).toMatchObject({ field: "ruleId", value: id, rule: "sources" });
  });
});
