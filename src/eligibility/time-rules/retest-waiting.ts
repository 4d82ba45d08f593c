import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { earliestAfterWaitingFrom } from "../../calendars/earliest-after-waiting.js";
import { nextWorkingDayFrom } from "../../calendars/next-working-day.js";
import { fail } from "../../internal/validate.js";
import type { VersionInForce } from "../../sources/versions.js";
import { calendar, countingSchema, coverage, day, options, tables, under, version, versionFields } from "./time-internal.js";

/**
 * Options of {@link retestWaiting} and {@link earliestRetestDate}.
 *
 * @category Time rules
 */
export interface RetestOptions {
  /** `"corps-b"` (R-EL-1, default) or `"law-enforcement"` (R-EL-2, ASA-1-2016). */
  readonly regime?: "corps-b" | "law-enforcement";
  /** Law-enforcement only: the appeals commission satisfied the candidate's appeal — no wait. */
  readonly appealSatisfied?: boolean;
  /** Law-enforcement with a satisfied appeal: the day of the appeals commission's decision (default: the test day). */
  readonly appealDecidedOn?: string;
  /** Reading of "three calendar days after the day of testing" (default `"civil-code"`: D + 4). */
  readonly counting?: Counting;
  /** Ask for the edition in force on this date (R-CAL-4); without it, the latest known edition. */
  readonly asOf?: string;
  /** With `asOf` where the sources do not give the text: use the nearest known edition (`provenance: "presumed"`). */
  readonly presume?: boolean;
  /** First official publication dates the caller knows (see `ruleVersion`). */
  readonly publication?: Record<string, string>;
}

/**
 * The answer of {@link retestWaiting}.
 *
 * @category Time rules
 */
export interface RetestWaiting {
  readonly rule: "R-EL-1" | "R-EL-2";
  readonly regime: "corps-b" | "law-enforcement";
  readonly testDate: string;
  /** The first day the retest is allowed: a bar, **not moved** to a working day (counting case 3). */
  readonly earliest: string;
  /** The first working day on or after `earliest` — when a working-day act can next happen. A separate value. */
  readonly firstWorkingDay: string;
  /** Calendar days that must pass: 3, or 0 after a satisfied appeal (law-enforcement). */
  readonly waitingDays: 3 | 0;
  /** Counting case of RULES.md §4: 3 (waiting period), or `null` when no waiting applies. */
  readonly case: 3 | null;
  readonly counting: Counting;
  /** Why, in English. */
  readonly reason: string;
  /** The Kazakh sentence applied. */
  readonly text: string;
  /** Coverage of the calendar years used for `firstWorkingDay`: `"statutory-only"` may still change. */
  readonly coverage: CalendarCoverage;
  /** The edition applied (R-CAL-4). */
  readonly version: VersionInForce;
  readonly provenance: "stated" | "presumed";
}

/** The sentences, as in the sources. */
export const RETEST_TEXTS = /* @__PURE__ */ (() => Object.freeze({
  "corps-b-2026":
    "«Қазақстан Республикасы заңнамасын білуге арналған тестiлеуден өту кезiнде шектi мәннен төмен баға алған \"Б\" корпусының лауазымына кандидат қайта тестілеуді алдыңғы тестілеу өткізілген күннен бастап күнтізбелік үш күннен кем емес мерзімнен кейін өтеді.» (ASA-52-2026, testing rules App. 11 note, seed 001 line 1592)",
  "corps-b-2024":
    "«Осы тармақтың бірінші бөлігінде көрсетілген адамдарды қайта тестілеуге жіберуге тестілеу өткізілген күннен бастап кемінде күнтізбелік үш күн өткен соң жол беріледі.» (ASA-184-2024, testing rules point 14, seed 000 line 25)",
  "law-enforcement":
    "«…кандидаттар қайта тестілеуді алдыңғы тестілеу өткізілген күннен бастап күнтізбелік үш күннен кем емес мерзімнен кейін өтеді.» (ASA-52-2026, ASA-1-2016 App. 2 note, seed 001 line 164)",
  "law-enforcement-appeal":
    "«Апелляциялық комиссиямен кандидаттың апелляциясы қанағаттандырылған жағдайда ол тестілеуді қайта тапсыруға жоғарыда көрсетілген мерзімді сақтаусыз жіберіледі.» (ASA-52-2026, ASA-1-2016 App. 2 note, seed 001 line 166)",
}))();

/** The waiting period of R-EL-1 / R-EL-2: three calendar days. */
const THREE_DAYS = { unit: "days", n: 3 } as const;
/** The same, as the rule states it (shown in an error). */
const THREE_DAYS_GIVEN = { days: 3 } as const;

const schema = /* @__PURE__ */ (() => z
  .object({
    regime: z.enum(["corps-b", "law-enforcement"]).optional(),
    appealSatisfied: z.boolean().optional(),
    appealDecidedOn: z.string().optional(),
    counting: countingSchema.optional(),
    ...versionFields,
  })
  .strict())();

/**
 * **R-EL-1, R-EL-2** — when a candidate who scored below the threshold may retest, explained:
 * the first allowed day, the first working day on or after it, the reason, the edition.
 *
 * Corps "B" (R-EL-1), ASA-52-2026 testing rules App. 11 note (from 11.07.2026):
 *
 * > «…"Б" корпусының лауазымына кандидат қайта тестілеуді алдыңғы тестілеу өткізілген күннен бастап
 * > күнтізбелік үш күннен кем емес мерзімнен кейін өтеді.»
 *
 * "…the candidate retests after a period of not less than three calendar days from the day the
 * previous test was held." ASA-184-2024 point 14 said the same until 31.12.2025 («…кемінде
 * күнтізбелік үш күн өткен соң жол беріледі» — "allowed once at least three calendar days have
 * passed"). Law-enforcement (R-EL-2), ASA-1-2016 App. 2 note, the same sentence, and:
 *
 * > «Апелляциялық комиссиямен кандидаттың апелляциясы қанағаттандырылған жағдайда ол тестілеуді
 * > қайта тапсыруға жоғарыда көрсетілген мерзімді сақтаусыз жіберіледі.»
 *
 * "If the appeals commission satisfied the candidate's appeal, they are admitted to the retest
 * without observing the above period."
 *
 * **Counting case 3** (waiting period, RULES.md §4): the three days run from the day after the test
 * (D+1, D+2, D+3), so the first allowed day is **D + 4**, and it is **not moved** to a working day.
 * `counting: "inclusive"` counts the test day as day 1: D + 3. After a satisfied appeal there is no
 * bar at all: the earliest day is the appeal decision day (`appealDecidedOn`), or the test day
 * itself when not given — the text sets no time limit, and a retest cannot precede the decision
 * that allows it (the library does not know that day unless told).
 *
 * @rule R-EL-1
 * @rule R-EL-2
 * @param testDate - the day of the failed test, `YYYY-MM-DD` (2012–2077).
 * @param opts - `regime`, `appealSatisfied`, `appealDecidedOn`, `counting`, `asOf`, `presume`, `publication`.
 * @param cal - calendar for `firstWorkingDay` (default the built-in one).
 * @returns the explained answer.
 * @throws A {@link RuleInputError} for a bad date, an unknown option, `appealSatisfied` under corps "B"
 *   (that text has no appeal exemption), an appeal decision before the test, or an `asOf` the sources do not decide.
 *
 * @example
 * ```ts
 * retestWaiting("2026-12-30")
 * // { earliest: "2027-01-03", firstWorkingDay: "2027-01-05", waitingDays: 3, case: 3, … }
 * retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true }).earliest // "2026-12-30"
 * ```
 * @category Time rules
 */
export function retestWaiting(testDate: string, opts?: RetestOptions, cal?: Calendar): RetestWaiting {
  const o = options(schema, opts, "R-EL-1");
  const regime = o.regime ?? "corps-b";
  const rule = regime === "corps-b" ? "R-EL-1" : "R-EL-2";
  const tested = day(testDate, "testDate", rule);
  const c = calendar(cal, rule);
  const counting = o.counting ?? "civil-code";
  if (o.appealSatisfied === true && regime === "corps-b") {
    fail(rule, "opts.appealSatisfied", true, "the corps \"B\" rule (testing rules App. 11 note) has no appeal exemption; it is the law-enforcement rule (ASA-1-2016 App. 2 note): pass regime: \"law-enforcement\"");
  }
  if (o.appealDecidedOn !== undefined && o.appealSatisfied !== true) {
    fail(rule, "opts.appealDecidedOn", o.appealDecidedOn, "only with appealSatisfied: true");
  }
  const v = version(rule, rule, o);
  let earliest: number;
  let waitingDays: 3 | 0;
  let reason: string;
  let text: string;
  if (o.appealSatisfied === true) {
    const decided = o.appealDecidedOn === undefined ? tested : day(o.appealDecidedOn, "opts.appealDecidedOn", rule);
    if (decided < tested) fail(rule, "opts.appealDecidedOn", o.appealDecidedOn, `before the test day ${testDate}`);
    earliest = decided;
    waitingDays = 0;
    reason = `appeal satisfied by the appeals commission: retest without the three-day wait, from ${o.appealDecidedOn === undefined ? "the test day (no decision day given)" : `the decision day ${o.appealDecidedOn}`}`;
    text = RETEST_TEXTS["law-enforcement-appeal"];
  } else {
    earliest = under(rule, () => earliestAfterWaitingFrom(tested, THREE_DAYS, counting, THREE_DAYS_GIVEN));
    waitingDays = 3;
    reason =
      counting === "civil-code"
        ? `three calendar days after the test day ${testDate} (the day after it is day 1) must pass: first allowed day ${isoFromDay(earliest)} (counting case 3, not moved)`
        : `three calendar days counting the test day ${testDate} as day 1: first allowed day ${isoFromDay(earliest)} ("inclusive" reading)`;
    text = regime === "law-enforcement" ? RETEST_TEXTS["law-enforcement"] : v.act === "ASA-184-2024" ? RETEST_TEXTS["corps-b-2024"] : RETEST_TEXTS["corps-b-2026"];
  }
  const firstWorkingDay = under(rule, () => nextWorkingDayFrom(tables(c), earliest));
  return Object.freeze({
    rule,
    regime,
    testDate,
    earliest: isoFromDay(earliest),
    firstWorkingDay: isoFromDay(firstWorkingDay),
    waitingDays,
    case: waitingDays === 3 ? (3 as const) : null,
    counting,
    reason,
    text,
    coverage: coverage(c, earliest, firstWorkingDay),
    version: v,
    provenance: v.provenance,
  });
}
