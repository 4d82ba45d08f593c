/**
 * Internal helpers of the Astana-time module (R-CAL-3): strict parsing of instants and clock
 * times, and pure integer arithmetic on them (civil dates are read by civil-date.ts).
 *
 * Nothing here reads the clock, the process time zone or the runtime's time-zone database:
 * civil dates are converted with Howard Hinnant's `days_from_civil` algorithm, instants are
 * epoch milliseconds.
 *
 * Not exported from the package.
 *
 * @internal
 * @module
 */
import { fail } from "../internal/fail.js";

import { dayNumber, daysInMonth, isoFromDay, pad2 } from "./civil-date.js";

/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const pad3 = (n: number): string => String(n).padStart(3, "0");

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with an explicit offset (`Z` or `±HH:MM`) to epoch milliseconds.
 *
 * Accepted: `YYYY-MM-DDTHH:MM`, `…:SS`, `…:SS.f` (1–9 fraction digits; digits beyond the
 * millisecond are truncated), then `Z` or `±HH:MM` (offset hours 00–14, minutes 00–59).
 * Rejected with {@link RuleInputError}: a missing offset (a local time is ambiguous), `-00:00`
 * (RFC 3339's "unknown local offset"), lowercase `t`/`z`, a space separator, `24:00`, leap
 * second `:60`, impossible dates, years before 1000.
 */
export function parseInstant(value: unknown, field: string, rule: string): number {
  if (typeof value !== "string") {
    fail(rule, field, value, `wrong type (${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}): expected an ISO 8601 instant with an offset, e.g. "2025-06-30T23:59:00+05:00"`);
  }
  const m = INSTANT_RE.exec(value);
  if (!m) {
    const noOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value);
    fail(
      rule,
      field,
      value,
      noOffset
        ? 'no offset: a local date-time is ambiguous; give the offset, e.g. "+05:00" (Astana from 01.03.2024), "+06:00" (Astana before) or "Z"'
        : 'not an ISO 8601 instant with an offset: expected "YYYY-MM-DDTHH:MM[:SS[.sss]]" followed by "Z" or "±HH:MM"',
    );
  }
  const [, ys, mos, ds, hs, mis, ss, frac, off] = m as unknown as [string, string, string, string, string, string, string | undefined, string | undefined, string];
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  if (y < 1000) fail(rule, field, value, "year out of range: expected 1000–9999");
  if (mo < 1 || mo > 12) fail(rule, field, value, "impossible date: month must be 01–12");
  if (d < 1 || d > daysInMonth(y, mo)) fail(rule, field, value, `impossible date: ${y}-${pad2(mo)} has ${daysInMonth(y, mo)} days`);
  if (h > 23) fail(rule, field, value, "impossible time: hour must be 00–23 (write 24:00 as 00:00 of the next day)");
  if (mi > 59) fail(rule, field, value, "impossible time: minute must be 00–59");
  if (s > 59) fail(rule, field, value, "impossible time: second must be 00–59 (leap seconds are not supported)");
  let offMin = 0;
  if (off !== "Z") {
    if (off === "-00:00") fail(rule, field, value, 'offset "-00:00" means "unknown local offset" (RFC 3339): give the real offset or "Z"');
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(4, 6));
    if (oh > 14 || om > 59) fail(rule, field, value, "impossible offset: expected ±HH:MM with HH 00–14 and MM 00–59");
    offMin = (off[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, "0").slice(0, 3));
  return dayNumber(y, mo, d) * DAY_MS + h * HOUR_MS + mi * MINUTE_MS + s * 1000 + ms - offMin * MINUTE_MS;
}

const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Parses a clock time `HH:MM`, `HH:MM:SS` or `HH:MM:SS.sss` to milliseconds after midnight. */
export function parseClockTime(value: unknown, field: string, rule: string): number {
  if (typeof value !== "string") {
    fail(rule, field, value, `wrong type (${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}): expected a clock time "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss"`);
  }
  const m = TIME_RE.exec(value);
  if (!m) fail(rule, field, value, 'not a clock time: expected "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss" (24-hour clock)');
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, "0"));
  if (h > 23) fail(rule, field, value, "impossible time: hour must be 00–23 (write 24:00 as 00:00 of the next day)");
  if (mi > 59) fail(rule, field, value, "impossible time: minute must be 00–59");
  if (s > 59) fail(rule, field, value, "impossible time: second must be 00–59");
  return h * HOUR_MS + mi * MINUTE_MS + s * 1000 + ms;
}

/** `HH:MM:SS` of milliseconds after midnight (the milliseconds are dropped). */
export function formatClock(msOfDay: number): string {
  const h = Math.floor(msOfDay / HOUR_MS);
  const mi = Math.floor((msOfDay % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((msOfDay % MINUTE_MS) / 1000);
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

/**
 * ISO 8601 text of an instant shown at a fixed offset (minutes east of UTC):
 * `YYYY-MM-DDTHH:MM:SS±HH:MM`, with `.sss` only when the milliseconds are not zero.
 */
export function formatInstantAt(epochMs: number, offsetMinutes: number): string {
  const local = epochMs + offsetMinutes * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  const msOfDay = local - day * DAY_MS;
  const ms = msOfDay % 1000;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const a = Math.abs(offsetMinutes);
  return `${isoFromDay(day)}T${formatClock(msOfDay)}${ms === 0 ? "" : "." + pad3(ms)}${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}
