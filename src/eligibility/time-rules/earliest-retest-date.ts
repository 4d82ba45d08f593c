import type { Counting } from "../../calendars/period-core.js";
import { retestWaiting, type RetestOptions } from "./retest-waiting.js";

/**
 * **R-EL-1, R-EL-2** — the first day a candidate who scored below the threshold may retest:
 * "not earlier than three calendar days after the day of testing".
 *
 * > «…кандидат қайта тестілеуді алдыңғы тестілеу өткізілген күннен бастап күнтізбелік үш күннен
 * > кем емес мерзімнен кейін өтеді.»
 *
 * "…the candidate retests after a period of not less than three calendar days from the day the
 * previous test was held" (ASA-52-2026: testing rules App. 11 note, seed 001 line 1592; ASA-1-2016
 * App. 2 note, line 164; before 2026 ASA-184-2024 testing rules point 14, seed 000 line 25).
 *
 * Counting case 3 (RULES.md §4): tested on D → **D + 4**, not moved to a working day (a bar, not a
 * deadline): Wednesday 2026-12-30 → Sunday 2027-01-03. Law-enforcement with a satisfied appeal
 * («…мерзімді сақтаусыз жіберіледі» — "admitted without observing the period"): no wait, the
 * test day itself (or `appealDecidedOn`). For the first *working* day and the reason, use
 * {@link retestWaiting}.
 *
 * @rule R-EL-1
 * @rule R-EL-2
 * @param testDate - the day of the failed test, `YYYY-MM-DD` (2012–2077).
 * @param opts - `regime` (`"corps-b"` default, `"law-enforcement"`), `appealSatisfied`, `appealDecidedOn`,
 *   `counting` (default `"civil-code"`; `"inclusive"` gives D + 3), `asOf`, `presume`, `publication`.
 * @returns the first allowed day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option, or `appealSatisfied` under corps "B".
 *
 * @example
 * ```ts
 * earliestRetestDate("2026-12-30")                                  // "2027-01-03"
 * earliestRetestDate("2026-12-30", { counting: "inclusive" })       // "2027-01-02"
 * earliestRetestDate("2026-12-30", { regime: "law-enforcement", appealSatisfied: true }) // "2026-12-30"
 * ```
 * @category Time rules
 */
export function earliestRetestDate(
  testDate: string,
  opts?: RetestOptions,
): string {
  return retestWaiting(testDate, opts).earliest;
}
