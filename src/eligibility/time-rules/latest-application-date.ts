import * as z from "zod";
import { addCalendarDaysFrom } from "../../calendars/add-calendar-days.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { day, options, under, version, versionFields } from "./time-internal.js";

const RULE = "R-EL-5";

/**
 * Options of {@link latestApplicationDate}.
 *
 * @category Time rules
 */
export interface LatestApplicationOptions {
  /** `"corps-b"` (testing rules point 72, default) or `"law-enforcement"` (ASA-1-2016 point 6): the same sentence. */
  readonly regime?: "corps-b" | "law-enforcement";
  /**
   * How "no later than one calendar day before the testing day" is read:
   * - `"day-before"` (default): the last day is the day before the test, D − 1 (until 24:00 of it);
   * - `"full-day-between"`: one whole calendar day must separate the application day from the
   *   test day, so the last day is D − 2.
   */
  readonly reading?: "day-before" | "full-day-between";
  readonly asOf?: string;
  readonly presume?: boolean;
  readonly publication?: Record<string, string>;
}

const schema = /* @__PURE__ */ (() => z
  .object({
    regime: z.enum(["corps-b", "law-enforcement"]).optional(),
    reading: z.enum(["day-before", "full-day-between"]).optional(),
    ...versionFields,
  })
  .strict())();

/**
 * **R-EL-5** — the last day an application for testing may be filed: "no later than one calendar
 * day before the testing day".
 *
 * > «"Б" корпусының лауазымына кандидаттар тестілеуге қатысу үшін тестілеу күніне дейін бір
 * > күнтізбелік күннен кешіктірмей өтінішті "цифрлық үкімет" веб-порталы … арқылы тапсырады.»
 *
 * "To take part in testing, candidates for corps "B" positions file the application through the
 * "digital government" web portal no later than one calendar day before the testing day"
 * (ASA-52-2026, testing rules point 72, seed 001 line 1436, from 11.07.2026; ASA-1-2016 point 6,
 * line 82, the same words for law-enforcement).
 *
 * Reading (default `"day-before"`): the one calendar day is counted back from the testing day D,
 * the day D itself not counted (Civil Code: a period runs from the day after/before its event), so
 * the application must be in by the end of **D − 1**; filing on the test day is too late. The date
 * is **not moved**: a deadline *before* an event is never moved forward onto it. The stricter
 * reading, one whole day between filing and testing (D − 2), is `reading: "full-day-between"`.
 *
 * Mind the acceptance rule (App. 5 row 7): a portal application made after working hours or on a
 * day off counts from the next working day ({@link applicationAcceptanceDate}). An application
 * sent on Sunday D − 1 for a Monday test is accepted on Monday — the test day. This function
 * answers the sentence of point 72 only; combine both where the acceptance day matters.
 *
 * @rule R-EL-5
 * @param testDate - the testing day, `YYYY-MM-DD` (2012–2077).
 * @param opts - `regime`, `reading`, `asOf`, `presume`, `publication`.
 * @returns the last filing day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option.
 *
 * @example
 * ```ts
 * latestApplicationDate("2026-09-15")                                   // "2026-09-14"
 * latestApplicationDate("2026-09-15", { reading: "full-day-between" }) // "2026-09-13"
 * ```
 * @category Time rules
 */
export function latestApplicationDate(testDate: string, opts?: LatestApplicationOptions): string {
  const tested = day(testDate, "testDate", RULE);
  const o = options(schema, opts, RULE);
  version(o.regime === "law-enforcement" ? "R-EL-5#law-enforcement" : "R-EL-5", RULE, o);
  const back = o.reading === "full-day-between" ? -2 : -1;
  return isoFromDay(under(RULE, () => addCalendarDaysFrom(tested, back)));
}
