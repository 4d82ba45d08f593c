import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { civilFromDay, isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import { OTHER_DEADLINES, type OtherDeadline, type OtherDeadlineId } from "./other-deadline-data.js";
import { calendar, countingSchema, coverage, day, deadlineDay, options, periodEndDay } from "./time-internal.js";

const RULE = "R-EL-8";

/**
 * The answer of {@link otherDeadline}.
 *
 * @category Time rules
 */
export interface OtherDeadlineAnswer {
  readonly rule: "R-EL-8";
  readonly id: OtherDeadlineId;
  readonly from: string;
  /** Last day (inclusive): of the act (case 2, a working day) or of the keeping period (case 4, not moved). */
  readonly until: string;
  readonly case: 2 | 4;
  readonly counting: Counting;
  readonly coverage: CalendarCoverage;
  /** `"presumed"` when `from` is before 11.07.2026 and `presume: true` was given. */
  readonly provenance: "stated" | "presumed";
  readonly deadline: OtherDeadline;
}

const schema = /* @__PURE__ */ (() => z.object({ counting: countingSchema.optional(), presume: z.boolean().optional(), wordingBy: z.enum(["due-date", "quarter-end"]).optional() }).strict())();

/**
 * Options of {@link otherDeadline}.
 *
 * @category Time rules
 */
export interface OtherDeadlineOptions {
  /** Reading of the period (default `"civil-code"`). */
  readonly counting?: Counting;
  /** Apply the ASA-52-2026 wording to a date before it took effect (provenance `"presumed"`). */
  readonly presume?: boolean;
  /**
   * `quarterly-report` only: which date selects the wording in force. `"due-date"` (default) — the
   * report's due day, the 25th of the month after the quarter (the day the act is done by, not moved
   * off a day off): the Q2 2026 report, due 25.07.2026, falls under the wording in force from
   * 11.07.2026. `"quarter-end"` — the quarter's last day (the end of the reporting period): Q2 2026
   * ended 30.06.2026, before 11.07.2026, so its wording is not in the sources.
   */
  readonly wordingBy?: "due-date" | "quarter-end";
}

/**
 * **R-EL-8** — the last day of one of the other deadlines of ASA-52-2026 ({@link OTHER_DEADLINES}):
 *
 * | id | period | case |
 * |---|---|---|
 * | `evaluation-documents-kept` | 3 years from the end of the evaluation | 4 (kept through the last day, not moved) |
 * | `calibration-protocol-placed` | 3 working days from signing | 2 |
 * | `lost-id-card-blocked` | 1 working day from the notice | 2 |
 * | `functional-block-distribution-placed` | 5 working days from approval | 2 |
 * | `quarterly-report` | the 25th of the month after the quarter | 2 |
 * | `amendment-notice-law-enforcement` | 3 (calendar) days from the amendment | 2 |
 *
 * E.g. «16. Мемлекеттік органдар бөлу бекітілген күннен бастап 5 жұмыс күні ішінде оны … цифрлық
 * жүйеде орналастыруды қамтамасыз етеді» — "state bodies place the distribution in the digital
 * system within 5 working days of the day it was approved" (seed 001 line 1170); each entry
 * quotes its own sentence.
 *
 * **Counting case 2** (deadline for an act): working days are the n-th working day after the
 * start day; calendar days end on D + n, moved to the next working day when that is a day off.
 * "The 25th of the month after the quarter" («есептік кезеңнен кейінгі айдың 25-інші күніне дейін»)
 * is read as *by* the 25th inclusive and, being a deadline for an act, is moved off a day off; from
 * the quarter's last day Q it is Q + 25 calendar days (Q is a month's last day). **Case 4** for the
 * keeping period: the end of a forward period of three years, not moved.
 *
 * Every paragraph is in force from 11.07.2026 (ASA-52-2026 point 4); a start day before it throws
 * unless `presume: true` (the earlier texts are not in the sources). **The quarterly report** is an
 * act due by a date, so by default its **due date** (the 25th of the month after the quarter) selects
 * the wording: the Q2 2026 report (quarter ended 30.06.2026, due 25.07.2026) is under the new
 * wording, stated; the Q1 2026 report (due 25.04.2026) is not. `wordingBy: "quarter-end"` reads it
 * the other way (the end of the reporting period selects; Q2 2026 then needs `presume`).
 *
 * @rule R-EL-8
 * @param id - which deadline.
 * @param from - the start day (see each entry's `from`), `YYYY-MM-DD`; for `quarterly-report` the last day of a quarter.
 * @param opts - `counting` (default `"civil-code"`), `presume`, `wordingBy` (quarterly report only; default `"due-date"`).
 * @param cal - calendar (default the built-in one).
 * @returns the last day with its case and citation.
 * @throws A {@link RuleInputError} for an unknown id, a bad date, a `quarterly-report` start that is not a quarter's last day, a start (for the quarterly report: a due date, or the quarter's end under `wordingBy: "quarter-end"`) before 11.07.2026 without `presume`, or `wordingBy` for another deadline.
 *
 * @example
 * ```ts
 * otherDeadline("lost-id-card-blocked", "2026-12-31").until         // "2027-01-05" (1–2 Jan off, 3 Sun, 4 Jan carried)
 * otherDeadline("quarterly-report", "2026-09-30").until             // "2026-10-27" (25 Oct Sunday, 26 Oct carried)
 * otherDeadline("quarterly-report", "2026-06-30").until             // "2026-07-27" (due 25.07.2026, after 11.07.2026; Sat → Mon)
 * otherDeadline("evaluation-documents-kept", "2026-12-25").until    // "2029-12-25"
 * ```
 * @category Time rules
 */
export function otherDeadline(
  id: OtherDeadlineId,
  from: string,
  opts?: OtherDeadlineOptions,
  cal?: Calendar,
): OtherDeadlineAnswer {
  if (typeof id !== "string" || !Object.prototype.hasOwnProperty.call(OTHER_DEADLINES, id)) {
    fail(RULE, "id", id, `unknown deadline; known: ${Object.keys(OTHER_DEADLINES).join(", ")}`);
  }
  const d = OTHER_DEADLINES[id];
  const start = day(from, "from", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  const counting = o.counting ?? "civil-code";
  const len = d.length;
  const quarterly = "dayOfNextMonth" in len;
  if (o.wordingBy !== undefined && !quarterly) fail(RULE, "opts.wordingBy", o.wordingBy, "applies only to quarterly-report");
  if (quarterly) {
    const month = civilFromDay(start)[1];
    if (civilFromDay(start + 1)[1] === month || month % 3 !== 0) {
      fail(RULE, "from", from, "expected the last day of a quarter (31 March, 30 June, 30 September or 31 December)");
    }
  }
  // The date that selects the wording: the start, or for the quarterly report by default its due
  // day, the 25th of the next month (Q + 25, not moved off a day off).
  const byDue = quarterly && (o.wordingBy ?? "due-date") === "due-date";
  const selector = byDue ? isoFromDay(start + (len as { dayOfNextMonth: number }).dayOfNextMonth) : from;
  let provenance: "stated" | "presumed" = "stated";
  if (selector < d.inForceFrom) {
    if (o.presume !== true) {
      const what = byDue ? `the report's due date ${selector} is before ${d.inForceFrom}` : `before ${d.inForceFrom}`;
      fail(RULE, "from", from, `${what}, when this wording (${d.locator}) entered into force (ASA-52-2026 point 4); the earlier text is not in the sources. Pass presume: true to apply it anyway (provenance "presumed")`);
    }
    provenance = "presumed";
  }
  let until: number;
  if (quarterly) {
    until = deadlineDay(c, start, { days: len.dayOfNextMonth }, counting, RULE);
  } else if (d.case === 4) {
    until = periodEndDay(start, len as { years: number }, counting, RULE);
  } else {
    until = deadlineDay(c, start, len as { workingDays: number } | { days: number }, counting, RULE);
  }
  return Object.freeze({
    rule: RULE,
    id,
    from,
    until: isoFromDay(until),
    case: d.case,
    counting,
    coverage: coverage(c, start, until),
    provenance,
    deadline: d,
  });
}
