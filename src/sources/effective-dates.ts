/**
 * Which text applies from when (R-CAL-4): docs/effective-dates.md as typed data.
 *
 * Three tables:
 * - {@link PUBLICATIONS}: the first official publication dates the entry into force depends on.
 *   None is in the sources (`published: null`); a caller supplies them
 *   (`publication: { "ASA-52-2026": "YYYY-MM-DD" }`).
 * - {@link AMENDMENT_SCHEDULE}: every row of docs/effective-dates.md (which paragraphs of which
 *   amending act enter into force when), plus the paragraph lists of ASA-52-2026 point 4 as
 *   printed in Kazakh ({@link ASA_52_2026_POINT_4}).
 * - {@link RULE_VERSIONS}: per rule id (RULES.md), the editions in time, read by
 *   {@link ruleVersion}.
 *
 * @module
 */
import { SEEDS, type ActId } from "./acts.js";

/**
 * An act whose entry into force (or repeal) counts from its first official publication.
 *
 * @category Sources
 */
export type PublicationId = "ASA-184-2024" | "ASA-52-2026" | "ASA-180-2012" | "ASA-56-2014";

/**
 * First official publication of an act: unknown in the sources (`published: null`).
 *
 * @category Sources
 */
export interface Publication {
  readonly act: PublicationId;
  readonly title: string;
  /** Date of first official publication, `null` when the sources do not give it. */
  readonly published: string | null;
  /** The earliest date publication can have happened (the registration or signature date). */
  readonly notBefore: string;
  /** Why `notBefore`. */
  readonly notBeforeBasis: string;
  /** The entry-into-force sentence, in Kazakh, with its place. */
  readonly clause: string;
  /**
   * The latest date publication can have happened, where the act itself fixes one (ASA-184-2024:
   * its point 4 dates paragraphs 16–25 of point 1 from 01.01.2025, which presupposes publication
   * by 31.12.2024). Absent: no upper bound.
   */
  readonly notAfter?: string;
  /** Why `notAfter`: the reading (a documented presumption). */
  readonly notAfterBasis?: string;
}

/**
 * Publication dates the sources leave open. A caller who knows one passes it as
 * `publication: { "ASA-52-2026": "2026-04-…" }` to {@link ruleVersion} (and to every function
 * that forwards `asOf`).
 *
 * @category Sources
 */
export const PUBLICATIONS: Readonly<Record<PublicationId, Publication>> = /* @__PURE__ */ (() => Object.freeze({
  "ASA-184-2024": {
    act: "ASA-184-2024",
    title: "Order No. 184 of 01.11.2024 (ASA), registered 04.11.2024 No. 35326",
    published: null,
    notBefore: "2024-11-04",
    notBeforeBasis: "state registration on 04.11.2024 (seed 000 line 7); an order is published after registration",
    clause:
      "«…алғашқы ресми жарияланған күнiнен кейiн қолданысқа енгiзiледi» (point 4, seed 000 lines 123–125): in force after the day of first official publication, i.e. from the day after it",
    notAfter: "2024-12-31",
    notAfterBasis:
      "presumption (issue 18): point 4 (seed 000 lines 123–125) puts the act into force «алғашқы ресми жарияланған күнiнен кейiн» except paragraphs 16–25 of its point 1, which it puts into force «2025 жылғы 1 қаңтардан бастап» — a later date than the rest. An act not yet published is in force in no part, so that exception presupposes publication by 31.12.2024; the library presumes it, and so the whole act is in force from 01.01.2025 at the latest (paragraphs 16–25 exactly from 01.01.2025, the rest from the day after publication, 05.11.2024 at the earliest)",
  },
  "ASA-52-2026": {
    act: "ASA-52-2026",
    title: "Order No. 52 of 31.03.2026 (ASA), registered 31.03.2026 No. 38245",
    published: null,
    notBefore: "2026-03-31",
    notBeforeBasis: "signature and state registration on 31.03.2026 (seed 001 line 2)",
    clause:
      "«…алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі» (point 4, seed 001 line 19): in force once ten calendar days have passed after the day of first official publication",
  },
  "ASA-180-2012": {
    act: "ASA-180-2012",
    title: "Order No. 02-01-02/180 of 27.12.2012 (ASA), registered 28.12.2012 No. 8251",
    published: null,
    notBefore: "2012-12-28",
    notBeforeBasis: "state registration on 28.12.2012 (seed 003 lines 6–7)",
    clause:
      "«Осы бұйрық алғаш ресми жарияланған күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі» (point 4, seed 003 lines 26–27)",
  },
  "ASA-56-2014": {
    act: "ASA-56-2014",
    title: "Order No. 04-2-4/56 of 29.03.2014 (ASA), repealing ASA-180-2012",
    published: null,
    notBefore: "2014-03-29",
    notBeforeBasis: "date of signature (seed 003 lines 9–12)",
    clause:
      "«…(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)» (note in seed 003 lines 11–13)",
  },
}))();

/**
 * A start that counts from a first official publication: the day after publication, then
 * `days` full calendar days must pass (see {@link PublicationCounting}).
 *
 * @category Sources
 */
export interface AfterPublication {
  readonly afterPublicationOf: PublicationId;
  /** Calendar days that must pass after the day of publication (0: "after the day of publication"). */
  readonly days: number;
}

/** First day of a version: an ISO date, or a count from a publication. @category Sources */
export type VersionStart = string | AfterPublication;

/**
 * How "ten calendar days after the day of first official publication" is counted.
 * - `"civil-code"` (default): «күнтізбелік он күн өткен соң» — "once ten calendar days have
 *   passed". The period runs from the day after publication (Civil Code, chapter on the
 *   calculation of periods: a period starts the next day) and its ten days end with day P + 10;
 *   the act is in force from **P + 11**. Published 1 April → in force 12 April.
 * - `"inclusive"`: the day of publication counts as the first of the ten days; in force from
 *   **P + 10**. Published 1 April → in force 11 April.
 * An act in force "after the day of first publication" (days = 0, ASA-184-2024) starts on
 * P + 1 under both readings.
 *
 * @category Sources
 */
export type PublicationCounting = "civil-code" | "inclusive";

/**
 * One edition of a rule in time.
 *
 * @category Sources
 */
export interface RuleVersion {
  /** Lookup key: the rule id, or `"<rule id>#<part>"` for a part with its own dates. */
  readonly key: string;
  /** Rule id of RULES.md. */
  readonly rule: string;
  /** Name of this edition, e.g. `"ASA-52-2026 edition"`. */
  readonly edition: string;
  /** The act whose text (or lack of it) this is. */
  readonly act: ActId;
  /** Place in the act: point, paragraphs (абзацтар), appendix. */
  readonly locator: string;
  readonly seed?: string;
  readonly lines?: string;
  /** Whether the text of this edition is in the sources. */
  readonly text: "in-sources" | "not-in-sources";
  /** First day (absent: an earlier edition whose start the sources do not give). */
  readonly from?: VersionStart;
  /** Last day, inclusive (absent: until the next edition starts, or open). */
  readonly to?: string;
  /** The edition ends the day before this (publication-dependent) start. */
  readonly endsBefore?: AfterPublication;
  /** The rule itself ends with this edition: no later text exists (e.g. the temporary rules). */
  readonly ceases?: boolean;
  readonly note?: string;
}

/**
 * A row of docs/effective-dates.md: which paragraphs of an amending act enter into force when.
 *
 * @category Sources
 */
export interface AmendmentScheduleRow {
  /** The act that makes the change. */
  readonly act: ActId;
  /** Where in it: e.g. "List point 16". */
  readonly place: string;
  /** Paragraph (абзац) ranges `[first, last]`, inclusive; empty = the whole place. */
  readonly paragraphs: readonly (readonly [number, number])[];
  /** What the paragraphs amend. */
  readonly amends: string;
  /** First day in force. */
  readonly from: VersionStart;
  /** Last day in force, where the sources give one. */
  readonly to?: string;
  /** Rule ids (RULES.md) these paragraphs carry. */
  readonly rules?: readonly string[];
  readonly note?: string;
}

const P52: AfterPublication = { afterPublicationOf: "ASA-52-2026", days: 10 };
const P184: AfterPublication = { afterPublicationOf: "ASA-184-2024", days: 0 };
const JUL11 = "2026-07-11";

/**
 * Point 4 of ASA-52-2026 (seed 001 line 19) as printed: the paragraphs in force from 11.07.2026;
 * every other paragraph of the List is in force ten calendar days after first publication.
 * The paragraph numbers are transcribed from the Kazakh ordinals («жетінші, сегізінші, …»).
 *
 * @category Sources
 */
export const ASA_52_2026_POINT_4 = /* @__PURE__ */ Object.freeze({
  fromJuly11: Object.freeze({
    "point 1": Object.freeze([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38]),
    "points 2, 3, 5–15": "whole points",
    "point 4": Object.freeze(Array.from({ length: 95 }, (_, i) => i + 7).filter((n) => n !== 58 && n !== 59 && n !== 60)),
    "point 16": Object.freeze([
      5, 6, 11, 16, 17, 18, 19, 20, 27, 28, 43, 44, 52, 53, 57, 58, 62, 63, 64, 65, 66, 67, 68, 69, 75, 76, 77, 78, 79, 80, 83, 84,
      85, 86, 87, 88, 89, 90, 93, 94, 97, 98, 99, 100,
    ]),
  }),
  july11Wording: Object.freeze([
    "from 11.07.2026 paragraphs 60–61 of point 16 apply in a new wording (points 69–70 of the testing rules)",
    "from 11.07.2026 paragraphs 107–108 of point 16 apply in a new wording (points 52–53 of the second testing rules)",
  ]),
  counting:
    "Paragraphs (абзацтар) are counted one per line of text, the point's first line being paragraph 1, a replaced table row counting as one. Cross-checks: paragraphs 60–61 of point 16 are points 69–70 of the testing rules and 107–108 are points 52–53 of the second testing rules, as point 4 quotes them.",
});

/**
 * docs/effective-dates.md, row by row.
 *
 * @category Sources
 */
export const AMENDMENT_SCHEDULE: readonly AmendmentScheduleRow[] = /* @__PURE__ */ (() => Object.freeze([
  // ASA-52-2026, List point 16 (amends ASA-196-2025)
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[5, 6], [11, 11]], amends: "internal competition rules: point 36; point 57 second part (notice through the digital system)", from: JUL11, rules: ["R-GC-9"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[1, 4], [7, 10], [12, 15]], amends: "preamble; internal competition rules: point 42, point 57 first and third parts (appointment next working day), point 60 (complaint suspends)", from: P52, rules: ["R-GC-9"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[16, 20]], amends: "general competition rules: point 2, point 4 sub-points 8–9", from: JUL11 },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[21, 26], [29, 42], [45, 46]], amends: "general competition rules: points 24–25 (quorum), 37, 44, 75, 88 (practical tasks), 89, 106", from: P52, rules: ["R-GC-7", "R-GC-8"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[27, 28], [43, 44]], amends: "general competition rules: point 42; point 100 second part", from: JUL11, rules: ["R-GC-9"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[47, 47]], amends: "general competition rules App. 1 (leadership positions by category)", from: P52, rules: ["R-GC-6", "R-TH-4"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[48, 48]], amends: "general competition rules App. 2 (methodology: О, Э, П, С, И)", from: P52, rules: ["R-GC-1", "R-GC-2", "R-GC-3", "R-GC-4", "R-GC-5"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[49, 51], [54, 56], [59, 61], [70, 74], [81, 82]], amends: "testing rules: points 1, 15 (24-hour re-registration), 69–70, 75, 77 first two parts (certificate; no retest while valid), 86", from: P52, rules: ["R-EL-4", "R-EL-6", "R-EL-7"], note: "paragraphs 60–61 (points 69–70): the wording quoted in point 4 applies from 11.07.2026. Paragraph 49 is the heading line of the testing-rules block; effective-dates.md's table omits it, point 4 does not list it, so it follows the general rule (publication + 10 days)." },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[52, 53], [57, 58], [62, 69], [75, 80]], amends: "testing rules: points 6, 50, 72 (application ≥ 1 day before), 73, 77 third part, 78, 82", from: JUL11, rules: ["R-EL-5"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[83, 83]], amends: "testing rules App. 3 (certificate form: valid one year)", from: JUL11, rules: ["R-EL-4"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[84, 90], [93, 94]], amends: "testing rules App. 5 rows 2, 4, 7, 10", from: JUL11, rules: ["R-EL-5"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[91, 92]], amends: "testing rules App. 5 row 9 (grounds for refusal)", from: P52, rules: ["R-EL-3"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[95, 96]], amends: "testing rules App. 6 (personal-qualities programs, thresholds 30 / 20 / 2.5 / 10), App. 8", from: P52, rules: ["R-TH-1", "R-TH-2", "R-TH-3", "R-TH-4"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[97, 100]], amends: "testing rules App. 11 note (retest after ≥ 3 calendar days)", from: JUL11, rules: ["R-EL-1"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[101, 102]], amends: "IS selection rules App. 1 (T = 0.02×S, T1 + T2, essay, interview)", from: P52, rules: ["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4"] },
  { act: "ASA-52-2026", place: "List point 16", paragraphs: [[103, 110]], amends: "second testing rules of ASA-196-2025 (\"…тесттен өткізуді ұйымдастыру, бағдарламалары және қағидалары\"): points 1, 52–53, 68", from: P52, note: "paragraphs 107–108 (points 52–53): the wording quoted in point 4 applies from 11.07.2026" },
  // ASA-52-2026, List point 1 (amends ASA-1-2016)
  { act: "ASA-52-2026", place: "List point 1", paragraphs: [[1, 6], [22, 28]], amends: "ASA-1-2016: preamble, point 1, point 35 (complaints: 3 / 5 / 15 working days)", from: P52, rules: ["R-EL-7"] },
  { act: "ASA-52-2026", place: "List point 1", paragraphs: [[7, 21]], amends: "ASA-1-2016: points 5-1, 6 (application ≥ 1 day before; refusal for an incomplete set or expired documents), 22, 25, 30", from: JUL11, rules: ["R-EL-5", "R-EL-9"] },
  { act: "ASA-52-2026", place: "List point 1", paragraphs: [[29, 38]], amends: "ASA-1-2016: App. 1-1 rows 3 and 5; App. 2 note (retest after ≥ 3 calendar days, no wait after a satisfied appeal)", from: JUL11, rules: ["R-EL-2"] },
  // Other acts
  { act: "ASA-184-2024", place: "point 1", paragraphs: [[1, 15], [26, 48]], amends: "testing rules point 14 (retest ≥ 3 calendar days); temporary IS selection rules points 1, 10, 14-1, 115, 117, 120, 122, 123, 130; App. 3 methodology; App. 4 lists of bodies", from: P184, to: "2025-12-31", rules: ["R-EL-1", "R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5", "R-SEL-6", "R-SEL-7", "R-SEL-8", "R-SEL-9", "R-SEL-10"], note: "registered 04.11.2024; publication date not in the sources, presumed no later than 31.12.2024 (point 4 dates paragraphs 16–25 from 01.01.2025, which presupposes publication by then: PUBLICATIONS notAfter), so every paragraph is in force from 01.01.2025 at the latest; repealed by ASA-196-2025 from 01.01.2026" },
  { act: "ASA-184-2024", place: "point 1", paragraphs: [[16, 25]], amends: "temporary IS selection rules point 73 (documents checked within three working days)", from: "2025-01-01", to: "2025-12-31", rules: ["R-SEL-7"], note: "In seed 000 the first sentence of the new point 73 is split over lines 49 and 51; read as one paragraph (as the library counts ASA-184-2024 point 1: 48 paragraphs), paragraphs 16–25 are exactly «73-тармақ … жазылсын» and the nine paragraphs of the new point 73." },
  { act: "ASA-196-2025", place: "whole order", paragraphs: [], amends: "its own original texts (not in the sources)", from: "2026-01-01", note: "until replaced by the ASA-52-2026 editions above" },
  { act: "ASA-180-2012", place: "whole order", paragraphs: [], amends: "personnel reserve service regulation", from: { afterPublicationOf: "ASA-180-2012", days: 10 }, rules: ["R-PR-1", "R-PR-2"], note: "repealed by order No. 04-2-4/56 of 29.03.2014 with effect ten calendar days after that order's first publication (date not in the sources)" },
  { act: "PYR-2025", place: "whole procedure", paragraphs: [], amends: "Presidential Youth Reserve 2025 selection", from: "2025-05-19", to: "2025-10-25", rules: ["R-PYR-1", "R-PYR-2", "R-PYR-3", "R-PYR-4", "R-PYR-5", "R-PYR-6"], note: "the 2025 campaign; the final results are published after 25.10.2025 (undated)" },
  { act: "ASA-163-2022", place: "whole order", paragraphs: [], amends: "territorial departments' regulations", from: "2022-07-21", rules: ["R-TD-1"], note: "from signature, as amended; some sub-points in a new edition from 11.07.2026 (order No. 53 of 31.03.2026)" },
] satisfies AmendmentScheduleRow[]))();

// ---------- per-rule versions ----------

const L52 = /* @__PURE__ */ (() => SEEDS.asa52)();
const L184 = /* @__PURE__ */ (() => SEEDS.asa184)();

/** ASA-196-2025's own text (01.01.2026 until the ASA-52-2026 edition), then the ASA-52-2026 edition. */
function asa196Then52(key: string, rule: string, locator: string, from: VersionStart, lines: string, note?: string): RuleVersion[] {
  return [
    {
      key,
      rule,
      edition: "ASA-196-2025 original edition",
      act: "ASA-196-2025",
      locator: `the same place of the ASA-196-2025 rules before ASA-52-2026`,
      text: "not-in-sources",
      from: "2026-01-01",
      note: "ASA-196-2025 applies from 01.01.2026; its original texts are not in the sources.",
    },
    { key, rule, edition: "ASA-52-2026 edition", act: "ASA-52-2026", locator, seed: L52, lines, text: "in-sources", from, ...(note ? { note } : {}) },
  ];
}

/** The temporary IS selection rules: Order 40's edition from 01.01.2024, then ASA-184-2024's, to 31.12.2025. */
function temporaryRules(key: string, rule: string, locator: string, lines: string, from: VersionStart = P184, note?: string): RuleVersion[] {
  return [
    {
      key,
      rule,
      edition: "ASA-40-2017 edition before ASA-184-2024",
      act: "ASA-40-2017",
      locator: "the same place of the temporary IS selection rules before ASA-184-2024",
      text: "not-in-sources",
      from: "2024-01-01",
      note: "The temporary rules apply from 01.01.2024 (their point 1); their text before ASA-184-2024 is not in the sources.",
    },
    {
      key,
      rule,
      edition: "ASA-184-2024 edition",
      act: "ASA-184-2024",
      locator,
      seed: L184,
      lines,
      text: "in-sources",
      from,
      to: "2025-12-31",
      ceases: true,
      note: `The temporary rules apply 01.01.2024–31.12.2025 (their point 1, seed 000 line 31); ASA-184-2024 is repealed by ASA-196-2025 from 01.01.2026.${note ? " " + note : ""}`,
    },
  ];
}

const SEL_METHOD_184 = "point 1, paragraph 47: temporary IS selection rules App. 3 \"Бағалау әдістемесі\" (App. 1 to ASA-184-2024)";
const SEL_METHOD_52 = "List point 16, paragraphs 101–102: IS selection rules App. 1 (App. 7 of the List)";

function selMethod(rule: string): RuleVersion[] {
  const [before, v184] = temporaryRules(rule, rule, SEL_METHOD_184, "111, 240-247");
  return [
    before!,
    { ...v184!, ceases: false, note: "ASA-184-2024 is repealed by ASA-196-2025 from 01.01.2026; the methodology continues in the IS selection rules of ASA-196-2025." },
    ...asa196Then52(rule, rule, SEL_METHOD_52, P52, "1596-1598, 2250-2290"),
  ];
}

const GC_METHOD = "List point 16, paragraph 48: general competition rules App. 2 \"evaluation methodology\" (App. 3 of the List)";
const TH_PROGRAMS = "List point 16, paragraph 95: testing rules App. 6 (App. 5 of the List)";

/**
 * Every rule's editions in time (R-CAL-4), in chronological order per key. Keys are rule ids,
 * or `"<rule id>#<part>"` where a part of a rule has its own dates.
 *
 * @category Sources
 */
export const RULE_VERSIONS: readonly RuleVersion[] = /* @__PURE__ */ (() => Object.freeze([
  ...selMethod("R-SEL-1"),
  ...selMethod("R-SEL-2"),
  ...selMethod("R-SEL-3"),
  ...selMethod("R-SEL-4"),
  ...temporaryRules("R-SEL-5", "R-SEL-5", "point 1, paragraphs 37–38: temporary IS selection rules point 120", "91-93"),
  ...temporaryRules("R-SEL-6", "R-SEL-6", "point 1, paragraphs 29–32: temporary IS selection rules point 115", "75-81"),
  ...temporaryRules("R-SEL-7", "R-SEL-7", "point 1, paragraphs 16–25: temporary IS selection rules point 73 (check within three working days; completion)", "47-67", "2025-01-01", "Point 73 is in force from 01.01.2025 (ASA-184-2024 point 4)."),
  ...temporaryRules("R-SEL-7#para-14-1", "R-SEL-7", "point 1, paragraphs 11–14: temporary IS selection rules point 14-1 (evaluators)", "37-43"),
  ...temporaryRules("R-SEL-8", "R-SEL-8", "point 1, paragraph 48; App. 2 to ASA-184-2024 = App. 4 of the temporary IS selection rules (lists of state bodies)", "254-407", P184, "The lists carry their own periods (01.02.2024–31.12.2025); see usesIntegratedSelection."),
  ...temporaryRules("R-SEL-9", "R-SEL-9", "point 1, paragraphs 44–46: temporary IS selection rules point 130 (interview scored individually by every member)", "105-109"),
  ...temporaryRules("R-SEL-10", "R-SEL-10", "point 1, paragraphs 34–36: temporary IS selection rules point 117 (no participant in the essay stage: completed)", "85-89"),
  ...asa196Then52("R-GC-1", "R-GC-1", GC_METHOD, P52, "1394, 1933-2080"),
  ...asa196Then52("R-GC-2", "R-GC-2", GC_METHOD, P52, "1394, 1933-2080"),
  ...asa196Then52("R-GC-3", "R-GC-3", GC_METHOD, P52, "1394, 1933-2080"),
  ...asa196Then52("R-GC-4", "R-GC-4", GC_METHOD, P52, "1394, 1933-2080"),
  ...asa196Then52("R-GC-5", "R-GC-5", GC_METHOD, P52, "1394, 1933-2080", "The lower-track И is a presumption (RULES.md R-GC-5)."),
  ...asa196Then52("R-GC-6", "R-GC-6", "List point 16, paragraph 47: general competition rules App. 1 (App. 2 of the List)", P52, "1392, 1642-1927"),
  ...asa196Then52("R-GC-7", "R-GC-7", "List point 16, paragraphs 21–24 (general competition rules points 24–25) and 31–32 (point 75)", P52, "1324-1330, 1352-1354"),
  ...asa196Then52("R-GC-8", "R-GC-8", "List point 16, paragraphs 33–40: general competition rules point 88", P52, "1358-1372"),
  ...asa196Then52("R-GC-9", "R-GC-9", "List point 16, paragraphs 9–10 and 12: internal competition rules point 57, first and third parts", P52, "1294-1300"),
  ...asa196Then52("R-GC-9#internal-57-notice", "R-GC-9", "List point 16, paragraph 11: internal competition rules point 57, second part (notice through the digital system)", JUL11, "1298"),
  ...asa196Then52("R-GC-9#internal-60", "R-GC-9", "List point 16, paragraphs 13–14: internal competition rules point 60 (complaint suspends)", P52, "1304-1306"),
  ...asa196Then52("R-GC-9#general-100-notice", "R-GC-9", "List point 16, paragraphs 43–44: general competition rules point 100, second part", JUL11, "1382-1384"),
  ...asa196Then52("R-TH-1", "R-TH-1", TH_PROGRAMS, P52, "1582, 2130-2165"),
  ...asa196Then52("R-TH-2", "R-TH-2", TH_PROGRAMS, P52, "1582, 2130-2165"),
  ...asa196Then52("R-TH-3", "R-TH-3", TH_PROGRAMS, P52, "1582, 2130-2165"),
  ...asa196Then52("R-TH-4", "R-TH-4", "List point 16, paragraphs 95 (testing rules App. 6) and 47 (general competition rules App. 1)", P52, "1392, 1582"),
  {
    key: "R-EL-1", rule: "R-EL-1", edition: "ASA-184-2024 edition", act: "ASA-184-2024",
    locator: "point 1, paragraphs 3–5: testing rules point 14 (retest not earlier than three calendar days)", seed: L184, lines: "21-25",
    text: "in-sources", from: P184, to: "2025-12-31",
    note: "Order 40's testing rules before ASA-184-2024 are not in the sources; ASA-184-2024 is repealed from 01.01.2026.",
  },
  {
    key: "R-EL-1", rule: "R-EL-1", edition: "ASA-196-2025 original edition", act: "ASA-196-2025",
    locator: "testing rules App. 11 note before ASA-52-2026", text: "not-in-sources", from: "2026-01-01",
    note: "ASA-196-2025 applies from 01.01.2026; its original texts are not in the sources.",
  },
  {
    key: "R-EL-1", rule: "R-EL-1", edition: "ASA-52-2026 edition", act: "ASA-52-2026",
    locator: "List point 16, paragraphs 97–100: testing rules App. 11 note", seed: L52, lines: "1586-1594", text: "in-sources", from: JUL11,
  },
  {
    key: "R-EL-2", rule: "R-EL-2", edition: "ASA-1-2016 edition before ASA-52-2026", act: "ASA-1-2016",
    locator: "App. 2 note before ASA-52-2026", text: "not-in-sources",
  },
  {
    key: "R-EL-2", rule: "R-EL-2", edition: "ASA-52-2026 edition", act: "ASA-52-2026",
    locator: "List point 1, paragraphs 34–38: ASA-1-2016 App. 2 note", seed: L52, lines: "158-168", text: "in-sources", from: JUL11,
  },
  ...asa196Then52("R-EL-3", "R-EL-3", "List point 16, paragraphs 91–92: testing rules App. 5 row 9", P52, "1542-1566"),
  ...asa196Then52("R-EL-4", "R-EL-4", "List point 16, paragraph 83: testing rules App. 3 certificate form (App. 4 of the List): valid one year", JUL11, "1488, 2084-2128"),
  ...asa196Then52("R-EL-4#no-retest-while-valid", "R-EL-4", "List point 16, paragraph 74: testing rules point 77, second part", P52, "1464"),
  ...asa196Then52("R-EL-5", "R-EL-5", "List point 16, paragraphs 62–67: testing rules point 72 (application no later than one calendar day before)", JUL11, "1434-1444"),
  ...asa196Then52("R-EL-5#acceptance-day", "R-EL-5", "List point 16, paragraphs 89–90: testing rules App. 5 row 7 (working hours; acceptance the next working day)", JUL11, "1520-1540"),
  {
    key: "R-EL-5#law-enforcement", rule: "R-EL-5", edition: "ASA-1-2016 edition before ASA-52-2026", act: "ASA-1-2016",
    locator: "point 6 before ASA-52-2026", text: "not-in-sources",
  },
  {
    key: "R-EL-5#law-enforcement", rule: "R-EL-5", edition: "ASA-52-2026 edition", act: "ASA-52-2026",
    locator: "List point 1, paragraphs 9–15: ASA-1-2016 point 6", seed: L52, lines: "80-92", text: "in-sources", from: JUL11,
  },
  {
    key: "R-EL-9", rule: "R-EL-9", edition: "ASA-1-2016 edition before ASA-52-2026", act: "ASA-1-2016",
    locator: "point 6 before ASA-52-2026", text: "not-in-sources",
  },
  {
    key: "R-EL-9", rule: "R-EL-9", edition: "ASA-52-2026 edition", act: "ASA-52-2026",
    locator: "List point 1, paragraph 14 (of paragraphs 9–15, point 6): ASA-1-2016 point 6, fifth part (refusal for an incomplete set or expired documents)", seed: L52, lines: "90", text: "in-sources", from: JUL11,
  },
  ...asa196Then52("R-EL-6", "R-EL-6", "List point 16, paragraphs 54–56: testing rules point 15", P52, "1412-1416"),
  {
    key: "R-EL-7", rule: "R-EL-7", edition: "ASA-1-2016 edition before ASA-52-2026", act: "ASA-1-2016",
    locator: "point 35 before ASA-52-2026", text: "not-in-sources",
  },
  {
    key: "R-EL-7", rule: "R-EL-7", edition: "ASA-52-2026 edition", act: "ASA-52-2026",
    locator: "List point 1, paragraphs 22–28: ASA-1-2016 point 35", seed: L52, lines: "114-126", text: "in-sources", from: P52,
  },
  ...asa196Then52("R-EL-7#testing-rules-86", "R-EL-7", "List point 16, paragraphs 81–82: testing rules point 86", P52, "1484-1486"),
  ...(["R-EV-1", "R-EV-2"] as const).flatMap((r): RuleVersion[] => [
    {
      key: r, rule: r, edition: "ASA-13-2018 edition before ASA-52-2026", act: "ASA-13-2018",
      locator: `the same point of the model methodology of evaluating corps "B" servants before ASA-52-2026`, text: "not-in-sources",
      note: "Order No. 13 of 16.01.2018's earlier text is not in the sources.",
    },
    {
      key: r, rule: r, edition: "ASA-52-2026 edition", act: "ASA-52-2026",
      locator: r === "R-EV-1" ? "List point 6: model methodology of evaluating corps \"B\" servants, point 5, second part" : "List point 6: model methodology of evaluating corps \"B\" servants, point 23, fifth part",
      seed: L52, lines: r === "R-EV-1" ? "1036-1038" : "1066-1068", text: "in-sources", from: JUL11,
    },
  ]),
  ...["R-PYR-1", "R-PYR-2", "R-PYR-3", "R-PYR-4", "R-PYR-5", "R-PYR-6"].map(
    (r): RuleVersion => ({
      key: r, rule: r, edition: "PYR-2025", act: "PYR-2025", locator: "Procedure of the 2025 selection to the Presidential Youth Reserve",
      seed: SEEDS.pyr2025, text: "in-sources", from: "2025-05-19", to: "2025-10-25", ceases: true,
      note: "The procedure of the 2025 campaign (19.05.2025–25.10.2025); the final results are published after 25.10.2025 (undated). Later campaigns have their own procedures, not in the sources.",
    }),
  ),
  {
    key: "R-TD-1", rule: "R-TD-1", edition: "ASA-163-2022 as amended", act: "ASA-163-2022", locator: "regulations of the 20 territorial departments",
    seed: SEEDS.asa163, text: "in-sources", from: "2022-07-21",
    note: "From signature (21.07.2022), as amended 22.11.2022 No. 231, 21.08.2023 No. 170, 21.08.2024 No. 129, 13.08.2025 No. 135; some sub-points in a new edition from 11.07.2026 (order No. 53 of 31.03.2026). The seed's amendment notes date each change.",
  },
  ...["R-PR-1", "R-PR-2"].map(
    (r): RuleVersion => ({
      key: r, rule: r, edition: "ASA-180-2012", act: "ASA-180-2012", locator: "regulation of the state service \"Enrolment in the personnel reserve\"",
      seed: SEEDS.asa180, text: "in-sources", from: { afterPublicationOf: "ASA-180-2012", days: 10 },
      endsBefore: { afterPublicationOf: "ASA-56-2014", days: 10 }, ceases: true,
      note: "Repealed by order No. 04-2-4/56 of 29.03.2014, in force ten calendar days after its first publication; neither publication date is in the sources.",
    }),
  ),
] satisfies RuleVersion[]))();
