import { readDate } from "./civil-date.js";
import { forwardEnd, readCounting, readLength, type Counting, type CountingOptions, type Length, type PeriodLength } from "./period-core.js";

const RULE = "§4 counting case 5";

/**
 * **Counting case 5 — is an event within the look-back window?** (RULES.md §4; Civil Code,
 * General Part, chapter 6 "Calculation of periods"): `true` when an event on `event` counts on the
 * date `asOf` for a rule worded "within the last n days / months / year": E ≤ A ≤ E + n (the end as
 * in {@link lookBackWindowEnd}). An event after `asOf` is not "in the last n days": `false`.
 *
 * Worked example: failed on 2026-09-14, three calendar days → counts on 14, 15, 16, 17 September;
 * not on 18 September.
 *
 * @param event - the day E of the event, `YYYY-MM-DD` (1900–2199).
 * @param asOf - the day A the rule is applied (e.g. the day an application is accepted).
 * @param length - `{ days }`, `{ months }` or `{ years }`, a whole number ≥ 1.
 * @param opts - `counting` (default `"civil-code"`).
 * @returns whether the event still counts on `asOf`.
 * @throws A {@link RuleInputError} for bad input.
 *
 * @example
 * ```ts
 * withinLookBack("2026-09-14", "2026-09-17", { days: 3 }) // true
 * withinLookBack("2026-09-14", "2026-09-18", { days: 3 }) // false
 * ```
 * @category Periods
 */
export function withinLookBack(event: string, asOf: string, length: PeriodLength, opts?: CountingOptions): boolean {
  const e = readDate(event, "event", RULE);
  const a = readDate(asOf, "asOf", RULE);
  const len = readLength(length, "length", RULE);
  const counting = readCounting(opts, RULE);
  return withinLookBackAt(e, a, len, counting);
}

/** @internal {@link withinLookBack} on day numbers and a checked length. */
export function withinLookBackAt(e: number, a: number, len: Length, counting: Counting): boolean {
  return e <= a && a <= forwardEnd(e, len, counting);
}
