import { formatInstantAt } from "./astana-internal.js";
import { ANY_MAX_YEAR, ANY_MIN_YEAR, readDate } from "./civil-date.js";
import { astanaLocalToEpoch } from "./astana-instant.js";
import { ASTANA_TIME_SUPPORTED_FROM, SUPPORTED_FROM_MS, SWITCH_MS } from "./astana-time.js";
import { fail } from "../internal/fail.js";
import { readChoiceOption } from "../internal/options.js";

const RULE = "R-CAL-3";
const LAST_MINUTE_MS = (23 * 60 + 59) * 60_000;

/**
 * How "until 23:59" is read:
 * - `"end-of-minute"` (default): the minute 23:59 is included; the last instant is 23:59:59.999,
 *   so the deadline is, in effect, the end of the day (00:00 of the next day is too late);
 * - `"start-of-minute"`: the deadline is the instant 23:59:00.000; anything later is too late.
 *
 * @category Calendars
 */
export type MinuteReading = "end-of-minute" | "start-of-minute";

/**
 * Options of {@link endOfAstanaDay}.
 *
 * @category Calendars
 */
export interface EndOfAstanaDayOptions {
  /** Reading of "23:59", default `"end-of-minute"`. */
  readonly minute?: MinuteReading;
}

const CHOICES = ["end-of-minute", "start-of-minute"] as const;

/**
 * **R-CAL-3** — the last instant of "by 23:59 Astana time on D": the instant written with its
 * Astana offset.
 *
 * The orders give the minute only: «30 маусым (23 сағат 59 минут)» ("30 June (23 hours
 * 59 minutes)", PYR-2025 §2), «2025 жылғы 22 қыркүйекте сағат 23:59-ға дейін» ("until 23:59
 * on 22 September 2025", PYR-2025 §7). The library reads the minute 23:59 as included
 * (`"end-of-minute"`, default): the last instant is 23:59:59.999 Astana time, i.e. the deadline
 * ends with the day. The other reading, `"start-of-minute"`, gives 23:59:00.000.
 *
 * On 29 February 2024, whose 23:00–23:59 hour happened twice, the day ends with the second
 * occurrence (+05:00): `"2024-02-29T23:59:59.999+05:00"`.
 *
 * @rule R-CAL-3
 * @param date - Astana civil date `YYYY-MM-DD` (from 2005-01-01).
 * @param opts - `minute`: `"end-of-minute"` (default) or `"start-of-minute"`.
 * @returns ISO 8601 instant with the Astana offset.
 * @throws A {@link RuleInputError} for an impossible date, a date before 2005, or an unknown option.
 *
 * @example
 * ```ts
 * endOfAstanaDay("2025-06-30")                               // "2025-06-30T23:59:59.999+05:00"
 * endOfAstanaDay("2025-06-30", { minute: "start-of-minute" }) // "2025-06-30T23:59:00+05:00"
 * endOfAstanaDay("2023-12-29")                               // "2023-12-29T23:59:59.999+06:00"
 * ```
 * @category Calendars
 */
export function endOfAstanaDay(date: string, opts?: EndOfAstanaDayOptions): string {
  const day = readDate(date, "date", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  const choice = readChoiceOption(opts, "minute", CHOICES, RULE);
  const msOfDay = (choice ?? "end-of-minute") === "end-of-minute" ? LAST_MINUTE_MS + 59_999 : LAST_MINUTE_MS;
  const ms = astanaLocalToEpoch(day, msOfDay, "later");
  if (ms < SUPPORTED_FROM_MS) {
    fail(RULE, "date", date, `before ${ASTANA_TIME_SUPPORTED_FROM}: Kazakhstan observed summer time until 31.10.2004, which this library does not model`);
  }
  return formatInstantAt(ms, ms < SWITCH_MS ? 360 : 300);
}
