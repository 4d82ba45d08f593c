import * as z from "zod";
import type { Calendar } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options, version } from "../time-rules/time-internal.js";

const RULE = "R-PYR-5";
const schema = z.object({ counting: countingSchema.optional() }).strict();

/**
 * **R-PYR-5** — the last day a Presidential Youth Reserve 2025 candidate who could not take a stage
 * because of a power outage may submit the energy supplier's certificate and ask for a re-take:
 * within one working day after the stage.
 *
 * > «Электр энергиясының ажыратылуынан туындаған техникалық ақаулар себебінен кезеңнен өту мүмкін
 * > болмаған жағдайда, кандидат тиісті кезеңнен өткен кезден бастап бір жұмыс күні ішінде кезеңнен
 * > қайта өту мүмкіндігін беру туралы мәселені шешу үшін … тұрғылықты жері бойынша энергиямен
 * > жабдықтаушы ұйым берген анықтаманы ұсынуға құқылы.»
 *
 * "If the stage could not be taken because of technical failures caused by a power outage, the
 * candidate may, within one working day from the time of the stage, submit the certificate issued
 * by the energy supplier of the place of residence … to have the question of a re-take decided"
 * (PYR-2025, section 6, seed 004 lines 472–484; section 5 says the same for the test blocks,
 * lines 395–406). **Counting case 2**: the first working day after the stage day — the blocks of
 * Saturday–Sunday 2–3 August 2025 → Monday 4 August.
 *
 * The procedure is the 2025 campaign's (19.05.2025–25.10.2025): a stage day outside it is an error.
 *
 * @rule R-PYR-5
 * @param stageDate - the day the candidate's stage took place, `YYYY-MM-DD`.
 * @param opts - `counting` (default `"civil-code"`).
 * @param cal - calendar (default the built-in one).
 * @returns the last day, `YYYY-MM-DD`.
 * @throws {@link RuleInputError} for a bad date or option, or a day outside the 2025 campaign.
 *
 * @example
 * ```ts
 * reserveRetakeRequestDeadline("2025-08-02") // "2025-08-04"
 * reserveRetakeRequestDeadline("2025-08-16") // "2025-08-18"
 * ```
 * @category Time rules
 */
export function reserveRetakeRequestDeadline(stageDate: string, opts?: { counting?: Counting }, cal?: Calendar): string {
  const stage = day(stageDate, "stageDate", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  version(RULE, RULE, { asOf: stageDate }, stage);
  return isoFromDay(deadlineDay(c, stage, { workingDays: 1 }, o.counting ?? CIVIL_CODE, RULE));
}
