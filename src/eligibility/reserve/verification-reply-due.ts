import * as z from "zod";
import type { Calendar } from "../../calendars/calendar.js";
import type { Counting, CountingOptions } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options } from "../time-rules/time-internal.js";
import { RESERVE_2025_SCHEDULE, RESERVE_2025_VERIFICATION_REPLY } from "./schedule-2025.js";

const RULE = "R-PYR-6";
const schema = /* @__PURE__ */ (() => z.object({ counting: countingSchema.optional() }).strict())();

/**
 * **R-PYR-6** — the last day a state body answers the Agency's weekly verification list of Reserve
 * 2025 candidates: within one week of receiving the list ({@link RESERVE_2025_VERIFICATION_REPLY}).
 *
 * > «Көрсетілген мемлекеттік органдар кандидаттардың тізімін алғаннан бастап бір апта мерзімде
 * > Агенттікке кандидаттардың мемлекеттік қызметке кіруіне кедергі келтіретін мәліметтердің бар-жоғы
 * > тұрғысынан тексеру нәтижелерін жолдайды.» (PYR-2025 section 4, seed 004 lines 286–292)
 *
 * "The said state bodies send the Agency the results of the check for information preventing the
 * candidates' entry into the civil service within one week from receiving the list of candidates."
 *
 * **Counting case 2** (a deadline for an act): a period of one week ends on the same weekday of the
 * next week — received on day R, the last day is R + 7, moved to the next working day when that is
 * a day off (`counting: "inclusive"`: the day of receipt counts, R + 6). The lists are sent weekly
 * during document acceptance (01.06–30.06.2025, lines 276–284) and the verification runs
 * 01.06–31.07.2025 (lines 238–240): a receipt day outside the verification window is an error.
 *
 * @rule R-PYR-6
 * @param receivedOn - the day the state body received the list, `YYYY-MM-DD`.
 * @param opts - `counting` (default `"civil-code"`).
 * @param cal - calendar (default the built-in one).
 * @returns the last day of the reply, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option, or a receipt day outside 01.06–31.07.2025.
 *
 * @example
 * ```ts
 * reserveVerificationReplyDue("2025-06-04") // "2025-06-11" (Wednesday → Wednesday)
 * reserveVerificationReplyDue("2025-06-28") // "2025-07-08" (Sat 5 Jul; Sun 6 Jul Capital Day, carried to Mon 7 → Tue 8)
 * ```
 * @category Time rules
 */
export function reserveVerificationReplyDue(receivedOn: string, opts?: CountingOptions, cal?: Calendar): string {
  const received = day(receivedOn, "receivedOn", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  const w = RESERVE_2025_SCHEDULE.find((x) => x.id === "verification")!;
  if (receivedOn < w.from || receivedOn > w.to!) {
    fail(RULE, "receivedOn", receivedOn, `outside the verification of the 2025 Reserve selection (${w.from} – ${w.to}, seed 004 lines ${w.lines}): the lists are sent during document acceptance (lines 276–284)`);
  }
  return isoFromDay(deadlineDay(c, received, { days: 7 * RESERVE_2025_VERIFICATION_REPLY.replyWithin.weeks }, o.counting ?? CIVIL_CODE, RULE));
}
