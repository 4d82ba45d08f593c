import { DAY_MS, formatInstantAt, parseClockTime } from "./astana-internal.js";
import { ANY_MAX_YEAR, ANY_MIN_YEAR, readDate } from "./civil-date.js";
import { ASTANA_TIME_SUPPORTED_FROM, SUPPORTED_FROM_MS, SWITCH_MS } from "./astana-time.js";
import { fail } from "../internal/fail.js";
import { readChoiceOption } from "../internal/options.js";

const RULE = "R-CAL-3";
const HOUR_MS = 3_600_000;

/**
 * Options of {@link astanaInstant}.
 *
 * @category Calendars
 */
export interface AstanaInstantOptions {
  /**
   * Which instant a clock reading of the repeated hour (29.02.2024 23:00–23:59:59.999) means:
   * `"earlier"` (default — the first occurrence, at +06:00, as `Temporal`'s "compatible"
   * disambiguation does) or `"later"` (the second, at +05:00). Ignored for every other reading.
   */
  readonly repeated?: "earlier" | "later";
}

const CHOICES = ["earlier", "later"] as const;

/** Epoch ms of an Astana civil reading (day number, ms of the day). @internal */
export function astanaLocalToEpoch(day: number, msOfDay: number, repeated: "earlier" | "later"): number {
  const local = day * DAY_MS + msOfDay;
  const at6 = local - 6 * HOUR_MS; // valid if before the switch
  const at5 = local - 5 * HOUR_MS; // valid if from the switch on
  const ok6 = at6 < SWITCH_MS;
  const ok5 = at5 >= SWITCH_MS;
  if (ok6 && ok5) return repeated === "later" ? at5 : at6;
  return ok6 ? at6 : at5; // no reading is skipped: the clocks went back, never forward
}

/**
 * **R-CAL-3** — the instant of an Astana civil date and clock time, written with its Astana
 * offset (`+06:00` before the 2024 change, `+05:00` from it).
 *
 * The hour 23:00–23:59:59.999 of 29 February 2024 happened twice (the clocks went from 00:00 of
 * 1 March at +06:00 back to 23:00 at +05:00); `repeated` says which occurrence is meant, default
 * the earlier. No reading is skipped.
 *
 * @rule R-CAL-3
 * @param date - Astana civil date `YYYY-MM-DD` (from 2005-01-01).
 * @param time - Astana clock time `HH:MM`, `HH:MM:SS` or `HH:MM:SS.sss`; default `"00:00"`
 *   (the start of the day).
 * @param opts - `repeated`: `"earlier"` (default) or `"later"` for the repeated hour of 29.02.2024.
 * @returns ISO 8601 instant with the Astana offset, e.g. `"2025-06-01T00:00:00+05:00"`
 *   (`.sss` only when the milliseconds are not zero).
 * @throws A {@link RuleInputError} for an impossible date or time, a date before 2005, or an unknown option.
 *
 * @example
 * ```ts
 * astanaInstant("2025-06-01")                               // "2025-06-01T00:00:00+05:00"
 * astanaInstant("2024-02-29", "23:30")                      // "2024-02-29T23:30:00+06:00"
 * astanaInstant("2024-02-29", "23:30", { repeated: "later" }) // "2024-02-29T23:30:00+05:00"
 * astanaInstant("2024-01-15", "09:00")                      // "2024-01-15T09:00:00+06:00"
 * ```
 * @category Calendars
 */
export function astanaInstant(date: string, time: string = "00:00", opts?: AstanaInstantOptions): string {
  const day = readDate(date, "date", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  const msOfDay = parseClockTime(time, "time", RULE);
  const choice = readChoiceOption(opts, "repeated", CHOICES, RULE);
  const ms = astanaLocalToEpoch(day, msOfDay, choice ?? "earlier");
  if (ms < SUPPORTED_FROM_MS) {
    fail(RULE, "date", date, `before ${ASTANA_TIME_SUPPORTED_FROM}: Kazakhstan observed summer time until 31.10.2004, which this library does not model`);
  }
  return formatInstantAt(ms, ms < SWITCH_MS ? 360 : 300);
}
