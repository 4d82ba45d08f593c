import { DAY_MS, parseInstant } from "./astana-internal.js";
import { dayNumber } from "./civil-date.js";
import { fail } from "../internal/fail.js";

const RULE = "R-CAL-3";

/** Offset of Astana time: UTC+6 until the 2024 change, UTC+5 from it. */
export type AstanaOffset = "+05:00" | "+06:00";

/**
 * The instant Kazakhstan moved to a single UTC+5: 00:00 on 1 March 2024 by the old (UTC+6)
 * clocks, when the clocks were set back to 23:00 on 29 February. From this instant on, Astana
 * time is UTC+5; before it, UTC+6.
 *
 * @category Calendars
 */
export const ASTANA_UTC5_FROM = "2024-02-29T18:00:00Z";

/**
 * The first instant the library converts to Astana time: 00:00 of 1 January 2005 (UTC+6).
 * Kazakhstan observed summer time until 31.10.2004; earlier instants are rejected rather than
 * converted by a rule that did not apply then.
 *
 * @category Calendars
 */
export const ASTANA_TIME_SUPPORTED_FROM = "2005-01-01T00:00:00+06:00";

/** Epoch ms of {@link ASTANA_UTC5_FROM}. @internal */
export const SWITCH_MS: number = /* @__PURE__ */ (() => dayNumber(2024, 2, 29) * DAY_MS + 18 * 3_600_000)();
/** Epoch ms of {@link ASTANA_TIME_SUPPORTED_FROM}. @internal */
export const SUPPORTED_FROM_MS: number = /* @__PURE__ */ (() => dayNumber(2005, 1, 1) * DAY_MS - 6 * 3_600_000)();

/** Offset in minutes east of UTC of Astana time at an instant (epoch ms). @internal */
export function astanaOffsetMinutes(epochMs: number): 300 | 360 {
  return epochMs < SWITCH_MS ? 360 : 300;
}

/** Parses an instant and checks it lies in the supported range. @internal */
export function parseAstanaInstant(instant: unknown, field: string, rule: string = RULE): number {
  const ms = parseInstant(instant, field, rule);
  if (ms < SUPPORTED_FROM_MS) {
    fail(rule, field, instant, `before ${ASTANA_TIME_SUPPORTED_FROM}: Kazakhstan observed summer time until 31.10.2004, which this library does not model`);
  }
  return ms;
}

/**
 * **R-CAL-3** — the UTC offset of Astana time at an instant: `"+06:00"` before
 * 2024-03-01 00:00 Astana time (= {@link ASTANA_UTC5_FROM}, 2024-02-29T18:00:00Z), `"+05:00"` from then.
 *
 * RULES.md R-CAL-3: the orders' clock times are Astana time; Kazakhstan moved to a single UTC+5
 * on 01.03.2024 (before: UTC+6 in most regions, Astana included). The change is not in the
 * Kazakh sources of this library; it is the Government's decision taken in 2024, at 00:00 on
 * 1 March 2024 the clocks went back one hour (to 23:00 on 29 February).
 *
 * Pure arithmetic on epoch milliseconds: no `Intl`, no time-zone database, no process `TZ`.
 *
 * @rule R-CAL-3
 * @param instant - ISO 8601 instant with an explicit offset (`Z` or `±HH:MM`), from
 *   {@link ASTANA_TIME_SUPPORTED_FROM} on.
 * @returns `"+06:00"` or `"+05:00"`.
 * @throws A {@link RuleInputError} for a string without an offset (a local time is ambiguous),
 *   a malformed or impossible instant, or an instant before 2005.
 *
 * @example
 * ```ts
 * astanaOffset("2024-02-29T17:59:59Z")      // "+06:00"
 * astanaOffset("2024-02-29T18:00:00Z")      // "+05:00"
 * astanaOffset("2025-06-30T23:59:00+05:00") // "+05:00"
 * ```
 * @category Calendars
 */
export function astanaOffset(instant: string): AstanaOffset {
  return astanaOffsetMinutes(parseAstanaInstant(instant, "instant")) === 360 ? "+06:00" : "+05:00";
}
