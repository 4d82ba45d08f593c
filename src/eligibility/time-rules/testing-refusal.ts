import * as z from "zod";
import type { Counting, Length, PeriodLength } from "../../calendars/period-core.js";
import { withinLookBackAt } from "../../calendars/within-look-back.js";
import { addCalendarDaysFrom } from "../../calendars/add-calendar-days.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { RuleInputError } from "../../errors.js";
import { fail, listOf, parse } from "../../internal/validate.js";
import type { VersionInForce } from "../../sources/versions.js";
import { certificateValidityFrom } from "./certificate-validity.js";
import { TESTING_REFUSAL_GROUNDS } from "./testing-refusal-ground-data.js";
import { countingSchema, day, lengthOf, periodEndDay, under, version, versionFields } from "./time-internal.js";

const RULE = "R-EL-3";

/**
 * Input of {@link testingRefusalGrounds} and {@link testingRefusal}.
 *
 * @category Time rules
 */
export interface TestingRefusalInput {
  /** The day the application is **accepted** (see {@link applicationAcceptanceDate}), `YYYY-MM-DD`. */
  readonly applicationDate: string;
  /** Days of tests with results below the thresholds (ground 1). */
  readonly failedTests?: readonly string[];
  /** Recorded violations of points 9 and 62 of the testing rules (ground 2); `repeated` → six-month window. */
  readonly violations?: readonly { readonly date: string; readonly repeated?: boolean }[];
  /** Days of acts on a violation drawn up by the service provider, App. 9 (ground 3). */
  readonly violationActs?: readonly string[];
  /** Days of acts on another person's presence drawn up by the operator, App. 1 (ground 4). */
  readonly otherPersonActs?: readonly string[];
  /** Consent to access to restricted personal data (ground 5 when `false`). */
  readonly personalDataConsent: boolean;
  /**
   * State-language-and-legislation certificates (ground 6). `validUntil` is computed from `testDate`
   * by {@link certificateValidUntil} (one year, case 4); a certificate tested before 11.07.2026 needs
   * an explicit `validUntil` (as printed on it) or `presume: true`.
   */
  readonly certificates?: readonly { readonly testDate: string; readonly validUntil?: string }[];
  /** Personal-qualities conclusions (ground 7), with their last valid day (the sources give no period). */
  readonly personalQualitiesConclusions?: readonly { readonly validUntil: string; readonly issuedOn?: string }[];
  /** Reading of the windows (default `"civil-code"`). */
  readonly counting?: Counting;
  /** Presume the one-year certificate form for certificates tested before 11.07.2026; and the R-EL-3 edition with `asOf`. */
  readonly presume?: boolean;
  readonly asOf?: string;
  readonly publication?: Record<string, string>;
}

/**
 * One ground that applies.
 *
 * @category Time rules
 */
export interface TestingRefusalGround {
  readonly ground: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly rule: "R-EL-3";
  /** Last day the ground applies, inclusive (absent for ground 5, which has no end date). */
  readonly until?: string;
  /** Counting case of RULES.md §4: 5 (look-back window) for grounds 1–4, 4 (validity) for 6–7. */
  readonly case?: 4 | 5;
  /** The dates that cause it (events, or certificate/conclusion days). */
  readonly because: readonly string[];
  /** Testing rules App. 5 row 9 sub-point, seed 001 line. */
  readonly citation: string;
  /** English rendering of the sub-point. */
  readonly en: string;
}

/**
 * The answer of {@link testingRefusal}.
 *
 * @category Time rules
 */
export interface TestingRefusal {
  readonly rule: "R-EL-3";
  readonly applicationDate: string;
  /** Whether the service is refused (at least one ground). */
  readonly refused: boolean;
  readonly grounds: readonly TestingRefusalGround[];
  /** First day on which none of the dated grounds applies any more (`null` when ground 5 holds: it has no end). */
  readonly freeFrom: string | null;
  readonly counting: Counting;
  readonly version: VersionInForce;
  readonly provenance: "stated" | "presumed";
}

// The candidate's history may be of any length: each list lists its first 100 problems and counts
// the rest (listOf), so a list of a million bad entries is rejected in linear time.
const dates = /* @__PURE__ */ (() => listOf(z.string()).optional())();
const schema = /* @__PURE__ */ (() => z
  .object({
    applicationDate: z.string(),
    failedTests: dates,
    violations: listOf(z.object({ date: z.string(), repeated: z.boolean().optional() }).strict()).optional(),
    violationActs: dates,
    otherPersonActs: dates,
    personalDataConsent: z.boolean(),
    certificates: listOf(z.object({ testDate: z.string(), validUntil: z.string().optional() }).strict()).optional(),
    personalQualitiesConclusions: listOf(z.object({ validUntil: z.string(), issuedOn: z.string().optional() }).strict()).optional(),
    counting: countingSchema.optional(),
    ...versionFields,
  })
  .strict())();

const info = (g: number) => TESTING_REFUSAL_GROUNDS[g - 1]!;
const cite = (g: number) => `ASA-52-2026, ${info(g).locator} (seed 001 line ${info(g).line})`;
const max = (a: number | undefined, b: number): number => (a === undefined || b > a ? b : a);

/**
 * **R-EL-3** — the grounds on which the testing service is refused, explained: every ground that
 * applies on the acceptance day, its last day, the first day free of all dated grounds, the edition.
 * See {@link testingRefusalGrounds} for the rule text; this is the same computation with the
 * summary around it.
 *
 * @rule R-EL-3
 * @param i - see {@link TestingRefusalInput}.
 * @returns `refused`, `grounds`, `freeFrom`, `version`.
 * @throws A {@link RuleInputError} for a bad date or field, an unknown field, a certificate tested
 *   before 11.07.2026 without `validUntil` or `presume`. Lists of any length are read in linear
 *   time: the first 100 problems are listed, the others counted (`omittedIssues`).
 *
 * @example
 * ```ts
 * testingRefusal({ applicationDate: "2026-09-16", failedTests: ["2026-09-14"], personalDataConsent: true })
 * // { refused: true, grounds: [{ ground: 1, until: "2026-09-17", … }], freeFrom: "2026-09-18", … }
 * ```
 * @category Time rules
 */
export function testingRefusal(i: TestingRefusalInput): TestingRefusal {
  const o = parse(schema, i, RULE, "i");
  const A = day(o.applicationDate, "i.applicationDate", RULE);
  const counting = o.counting ?? "civil-code";
  const v = version(RULE, RULE, o);
  const grounds: TestingRefusalGround[] = [];
  let latest: number | undefined; // the last day of every ground found so far

  // each event: its date as given (listed in `because`), its day number, its look-back window
  const lookBack = (g: 1 | 2 | 3 | 4, events: { s: string; d: number; len: PeriodLength }[]) => {
    let until: number | undefined;
    const because: string[] = [];
    for (const e of events) {
      if (withinLookBackAt(e.d, A, lengthOf(e.len) as Length, counting)) {
        until = max(until, periodEndDay(e.d, e.len, counting, RULE));
        because.push(e.s);
      }
    }
    if (until !== undefined) {
      latest = max(latest, until);
      grounds.push(Object.freeze({ ground: g, rule: RULE, until: isoFromDay(until), case: 5 as const, because: Object.freeze(because), citation: cite(g), en: info(g).en }));
    }
  };
  const event = (s: string, field: string, len: PeriodLength) => ({ s, d: day(s, field, RULE), len });

  lookBack(1, (o.failedTests ?? []).map((d, k) => event(d, `i.failedTests[${k}]`, info(1).window!)));
  lookBack(
    2,
    (o.violations ?? []).map((x, k) => event(x.date, `i.violations[${k}].date`, x.repeated === true ? info(2).repeatedWindow! : info(2).window!)),
  );
  lookBack(3, (o.violationActs ?? []).map((d, k) => event(d, `i.violationActs[${k}]`, info(3).window!)));
  lookBack(4, (o.otherPersonActs ?? []).map((d, k) => event(d, `i.otherPersonActs[${k}]`, info(4).window!)));

  if (!o.personalDataConsent) {
    grounds.push(Object.freeze({ ground: 5 as const, rule: RULE, because: Object.freeze([] as string[]), citation: cite(5), en: info(5).en }));
  }

  let until6: number | undefined;
  const because6: string[] = [];
  (o.certificates ?? []).forEach((cert, k) => {
    const t = day(cert.testDate, `i.certificates[${k}].testDate`, RULE);
    let last: number;
    if (cert.validUntil !== undefined) {
      last = day(cert.validUntil, `i.certificates[${k}].validUntil`, RULE);
      if (last < t) fail(RULE, `i.certificates[${k}].validUntil`, cert.validUntil, `before the test day ${cert.testDate}`);
    } else {
      try {
        last = certificateValidityFrom(t, cert.testDate, { counting, ...(o.presume === undefined ? {} : { presume: o.presume }) }).lastDay;
      } catch (e) {
        if (e instanceof RuleInputError) {
          throw new RuleInputError(
            e.issues.map((x) => ({ ...x, field: `i.certificates[${k}].testDate`, value: cert.testDate, rule: `${RULE} (${x.rule})`, message: `${x.message} — or give the certificate's own validUntil` })),
            e.omittedIssues,
          );
        }
        throw e;
      }
    }
    if (t <= A && A <= last) {
      until6 = max(until6, last);
      because6.push(cert.testDate);
    }
  });
  if (until6 !== undefined) {
    latest = max(latest, until6);
    grounds.push(Object.freeze({ ground: 6 as const, rule: RULE, until: isoFromDay(until6), case: 4 as const, because: Object.freeze(because6), citation: cite(6), en: info(6).en }));
  }

  let until7: number | undefined;
  const because7: string[] = [];
  (o.personalQualitiesConclusions ?? []).forEach((c, k) => {
    const last = day(c.validUntil, `i.personalQualitiesConclusions[${k}].validUntil`, RULE);
    const from = c.issuedOn === undefined ? undefined : day(c.issuedOn, `i.personalQualitiesConclusions[${k}].issuedOn`, RULE);
    if (from !== undefined && last < from) fail(RULE, `i.personalQualitiesConclusions[${k}].validUntil`, c.validUntil, `before issuedOn ${c.issuedOn}`);
    if ((from === undefined || from <= A) && A <= last) {
      until7 = max(until7, last);
      because7.push(c.issuedOn ?? c.validUntil);
    }
  });
  if (until7 !== undefined) {
    latest = max(latest, until7);
    grounds.push(Object.freeze({ ground: 7 as const, rule: RULE, until: isoFromDay(until7), case: 4 as const, because: Object.freeze(because7), citation: cite(7), en: info(7).en }));
  }

  let freeFrom: string | null = null;
  if (!grounds.some((g) => g.ground === 5)) {
    const last = latest;
    freeFrom = last === undefined ? o.applicationDate : isoFromDay(under(RULE, () => addCalendarDaysFrom(last, 1)));
  }
  return Object.freeze({
    rule: RULE,
    applicationDate: o.applicationDate,
    refused: grounds.length > 0,
    grounds: Object.freeze(grounds),
    freeFrom,
    counting,
    version: v,
    provenance: v.provenance,
  });
}
