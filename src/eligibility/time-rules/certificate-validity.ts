import * as z from "zod";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import type { VersionInForce } from "../../sources/versions.js";
import { countingSchema, day, options, periodEndDay, version } from "./time-internal.js";

const RULE = "R-EL-4";

/**
 * The answer of {@link certificateValidity}.
 *
 * @category Time rules
 */
export interface CertificateValidity {
  readonly rule: "R-EL-4";
  readonly testDate: string;
  /** Last day of validity, inclusive; **not moved** to a working day (counting case 4). */
  readonly validUntil: string;
  /** While valid the holder is not retested (testing rules point 77, second part): the same last day. */
  readonly noRetestThrough: string;
  readonly case: 4;
  readonly counting: Counting;
  /** The certificate form applied: the edition in force on the test day (R-CAL-4). */
  readonly version: VersionInForce;
  /** `"presumed"` when the test day is before 11.07.2026 and `presume: true` was given. */
  readonly provenance: "stated" | "presumed";
  readonly text: string;
}

/** Options of {@link certificateValidity} and {@link certificateValidUntil}. @category Time rules */
export interface CertificateValidityOptions {
  /**
   * A test day before 11.07.2026 — when the certificate form of ASA-52-2026 (valid one year) came
   * into force — is decided by a form the sources do not give: without `presume` that throws;
   * with `presume: true` the one-year form is applied and marked `provenance: "presumed"`.
   */
  readonly presume?: boolean;
  /** Reading of "one year from the day of testing": `"civil-code"` (default) or `"inclusive"` (one day earlier). */
  readonly counting?: Counting;
}

const schema = /* @__PURE__ */ (() => z.object({ presume: z.boolean().optional(), counting: countingSchema.optional() }).strict())();

/** The sentence, as in the source. */
export const CERTIFICATE_VALIDITY_TEXT =
  "«Сертификаттың қолданылу мерзімі тестілеу өткен күннен бастап бір жыл болып табылады.» (ASA-52-2026, testing rules App. 3 certificate form, seed 001 line 2116)";

/**
 * **R-EL-4** — the validity of a state-language-and-legislation certificate, explained.
 *
 * > «Сертификаттың қолданылу мерзімі тестілеу өткен күннен бастап бір жыл болып табылады.»
 *
 * "The certificate's period of validity is one year from the day the test was taken"
 * (ASA-52-2026, testing rules App. 3 certificate form, new edition from 11.07.2026). And point 77:
 * «Берілген Сертификаттың жарамдылық мерзімі ішінде азамат қайта тестілеуден өтпейді» — "while the
 * certificate issued is valid, the citizen is not retested".
 *
 * **Counting case 4** (validity, RULES.md §4): the last valid day is the end of a forward period of
 * one year (case 1) — the corresponding day of the next year, or the month's last day when there
 * is none — and is **not moved** to a working day: tested 2026-08-15 → valid through Sunday
 * 2027-08-15; tested 2028-02-29 → 2029-02-28 (2029 has no 29 February).
 *
 * The edition is the one in force **on the test day**: the certificate is issued on the form of
 * that day. Before 11.07.2026 that form is not in the sources (docs/effective-dates.md) → error,
 * unless `presume: true`.
 *
 * @rule R-EL-4
 * @param testDate - the day the test was taken, `YYYY-MM-DD` (2012–2077).
 * @param opts - `presume`, `counting`.
 * @returns the explained validity.
 * @throws A {@link RuleInputError} for a bad date or option, or a test day before 11.07.2026 without `presume`.
 *
 * @example
 * ```ts
 * certificateValidity("2026-08-15").validUntil                              // "2027-08-15"
 * certificateValidity("2026-03-20", { presume: true }).provenance           // "presumed"
 * ```
 * @category Time rules
 */
export function certificateValidity(testDate: string, opts?: CertificateValidityOptions): CertificateValidity {
  return certificateValidityFrom(day(testDate, "testDate", RULE), testDate, opts).validity;
}

/**
 * @internal {@link certificateValidity} on the day number of a read `testDate` (also used by
 * testingRefusal): the answer, and its last day as a day number.
 */
export function certificateValidityFrom(tested: number, testDate: string, opts: unknown): { validity: CertificateValidity; lastDay: number } {
  const o = options(schema, opts, RULE);
  const counting = o.counting ?? "civil-code";
  const v = version(RULE, RULE, { asOf: testDate, presume: o.presume }, tested);
  const lastDay = periodEndDay(tested, { years: 1 }, counting, RULE);
  const last = isoFromDay(lastDay);
  const validity: CertificateValidity = Object.freeze({
    rule: RULE,
    testDate,
    validUntil: last,
    noRetestThrough: last,
    case: 4 as const,
    counting,
    version: v,
    provenance: v.provenance,
    text: CERTIFICATE_VALIDITY_TEXT,
  });
  return { validity, lastDay };
}
