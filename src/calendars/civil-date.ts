/**
 * The library's one civil-date reader and its day arithmetic: every public function that takes a
 * civil date reads it here, once, at its boundary, and passes the day number inward.
 *
 * A civil date is an ISO `YYYY-MM-DD` string. Inside, it is an integer day number: days since
 * 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`). Pure integer
 * arithmetic: no `Date`, so nothing here depends on the process time zone or a clock.
 *
 * @module
 * @internal
 */
import { fail } from "../internal/fail.js";

/** Years accepted by the plain calendar arithmetic (periods, {@link addCalendarDays}). */
export const CIVIL_MIN_YEAR = 1900;
/** Last year accepted by the plain calendar arithmetic. */
export const CIVIL_MAX_YEAR = 2199;
/** Years accepted where only the calendar's shape matters (Astana time, rule versions): any four-digit year from 1000. */
export const ANY_MIN_YEAR = 1000;
/** Last year with four digits. */
export const ANY_MAX_YEAR = 9999;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a valid civil date. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilFromDay(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** Two digits, zero-padded (months, days, hours, minutes, seconds). */
export function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** ISO string `YYYY-MM-DD` of a day number (the years read here always have four digits). */
export function isoFromDay(z: number): string {
  const [y, m, d] = civilFromDay(z);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(z: number): number {
  const w = (((z + 3) % 7) + 7) % 7; // 0 = Monday
  return w + 1;
}

/** Whether a day number is a Saturday or a Sunday. */
export function isWeekend(z: number): boolean {
  return isoWeekday(z) >= 6;
}

/**
 * Reads an ISO civil date, or throws a {@link RuleInputError} naming `field`, the value and `rule`.
 * Accepts only `YYYY-MM-DD` with a real month and day, years `minYear`…`maxYear`.
 */
export function readDate(
  value: unknown,
  field: string,
  rule: string,
  minYear: number = CIVIL_MIN_YEAR,
  maxYear: number = CIVIL_MAX_YEAR,
): number {
  if (typeof value !== "string") {
    const t = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    return fail(rule, field, value, `wrong type (${t}): expected a civil date string "YYYY-MM-DD"`);
  }
  const m = ISO.exec(value);
  if (!m) return fail(rule, field, value, `not an ISO civil date: expected "YYYY-MM-DD" (e.g. "2026-03-16")`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12) return fail(rule, field, value, `no such month (${mo}): expected 01–12`);
  if (d < 1 || d > daysInMonth(y, mo)) {
    return fail(rule, field, value, `no such day: ${y}-${pad2(mo)} has ${daysInMonth(y, mo)} days`);
  }
  if (y < minYear || y > maxYear) return yearOutside(y, field, value, rule, minYear, maxYear);
  return dayNumber(y, mo, d);
}

function yearOutside(y: number, field: string, value: unknown, rule: string, minYear: number, maxYear: number): never {
  return fail(rule, field, value, `year ${y} outside the supported range ${minYear}–${maxYear}`);
}

/**
 * Checks a day number computed inside the library as {@link readDate} checks a date it reads
 * (same field, value — the ISO string of the day — and message), for a building block that
 * receives a day number instead of a string.
 */
export function checkDayYears(z: number, field: string, rule: string, minYear: number, maxYear: number): number {
  const y = civilFromDay(z)[0];
  if (y < minYear || y > maxYear) return yearOutside(y, field, isoFromDay(z), rule, minYear, maxYear);
  return z;
}

/** Reads a whole number in `min`…`max`, or throws a {@link RuleInputError}. */
export function readWhole(value: unknown, field: string, rule: string, min: number, max: number): number {
  if (typeof value !== "number") {
    const t = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    return fail(rule, field, value, `wrong type (${t}): expected a whole number from ${min} to ${max}`);
  }
  if (Number.isNaN(value)) return fail(rule, field, value, `NaN is not a number; expected a whole number from ${min} to ${max}`);
  if (!Number.isInteger(value)) return fail(rule, field, value, `not whole: expected a whole number from ${min} to ${max}`);
  if (value < min || value > max) return fail(rule, field, value, `out of range: expected a whole number from ${min} to ${max}`);
  return value;
}

/**
 * The day `n` months after a civil date, Civil Code style: the same day of the month, or the
 * last day of the month when it has no such day (2026-01-31 + 1 month → 2026-02-28).
 * `n` may be negative.
 */
export function addMonthsClamped(z: number, n: number): number {
  const [y, m, d] = civilFromDay(z);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Throws unless the day number lies in years `minYear`…`maxYear` (for computed results). */
export function checkResultYear(z: number, rule: string, field: string, value: unknown, minYear: number, maxYear: number): number {
  const y = civilFromDay(z)[0];
  if (y < minYear || y > maxYear) {
    return fail(rule, field, value, `the result (${isoFromDay(z)}) falls outside the supported years ${minYear}–${maxYear}`);
  }
  return z;
}
