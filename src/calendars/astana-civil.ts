import { DAY_MS, formatClock, formatInstantAt } from "./astana-internal.js";
import { isoFromDay } from "./civil-date.js";
import { SWITCH_MS, astanaOffsetMinutes, parseAstanaInstant, type AstanaOffset } from "./astana-time.js";

/**
 * A civil date and clock time in Astana.
 *
 * @category Calendars
 */
export interface AstanaDateTime {
  /** Civil date in Astana, `YYYY-MM-DD`. */
  readonly date: string;
  /** Clock time in Astana, `HH:MM:SS` (24-hour; milliseconds in `millisecond`). */
  readonly time: string;
  /** Milliseconds of the second, 0–999. */
  readonly millisecond: number;
  /** Offset of Astana time at that instant. */
  readonly offset: AstanaOffset;
  /**
   * Whether this clock reading happened once (`"only"`) or twice: on 29 February 2024 the hour
   * 23:00–23:59:59.999 was lived twice, first at +06:00 (`"first"`), then, after the clocks were
   * set back at 00:00 of 1 March (+06:00), at +05:00 (`"second"`).
   */
  readonly occurrence: "only" | "first" | "second";
  /** The same instant written at the Astana offset, e.g. `"2024-02-29T23:59:59+06:00"`. */
  readonly instant: string;
}

const HOUR_MS = 3_600_000;

/**
 * **R-CAL-3** — the Astana civil date and clock time of an instant.
 *
 * Astana time is UTC+6 before 2024-02-29T18:00:00Z and UTC+5 from then (see {@link astanaOffset}).
 *
 * @rule R-CAL-3
 * @param instant - ISO 8601 instant with an explicit offset (`Z` or `±HH:MM`).
 * @returns date, time, milliseconds, offset, whether the reading is in the repeated hour of
 *   29.02.2024, and the instant rewritten at the Astana offset.
 * @throws A {@link RuleInputError} for a string without an offset, a malformed or impossible
 *   instant, or an instant before 2005.
 *
 * @example
 * ```ts
 * toAstana("2024-02-29T17:59:59Z")
 * // { date: "2024-02-29", time: "23:59:59", millisecond: 0, offset: "+06:00", occurrence: "first",
 * //   instant: "2024-02-29T23:59:59+06:00" }
 * toAstana("2024-02-29T18:00:00Z")
 * // { date: "2024-02-29", time: "23:00:00", millisecond: 0, offset: "+05:00", occurrence: "second",
 * //   instant: "2024-02-29T23:00:00+05:00" }
 * toAstana("2025-06-30T18:59:00Z").time // "23:59:00"
 * ```
 * @category Calendars
 */
export function toAstana(instant: string): AstanaDateTime {
  const ms = parseAstanaInstant(instant, "instant");
  const off = astanaOffsetMinutes(ms);
  const local = ms + off * 60_000;
  const day = Math.floor(local / DAY_MS);
  const msOfDay = local - day * DAY_MS;
  let occurrence: AstanaDateTime["occurrence"] = "only";
  if (ms >= SWITCH_MS - HOUR_MS && ms < SWITCH_MS) occurrence = "first";
  else if (ms >= SWITCH_MS && ms < SWITCH_MS + HOUR_MS) occurrence = "second";
  return {
    date: isoFromDay(day),
    time: formatClock(msOfDay),
    millisecond: msOfDay % 1000,
    offset: off === 360 ? "+06:00" : "+05:00",
    occurrence,
    instant: formatInstantAt(ms, off),
  };
}
