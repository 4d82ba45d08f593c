import * as z from "zod";
import type { Calendar } from "../../calendars/calendar.js";
import type { Counting, CountingOptions } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import { SEEDS } from "../../sources/acts.js";
import { calendar, CIVIL_CODE, countingSchema, day, deadlineDay, options, version } from "../time-rules/time-internal.js";
import { RESERVE_2025_SCHEDULE, type ReserveWindow } from "./schedule-2025.js";

const RULE = "R-PYR-5";
const schema = /* @__PURE__ */ (() => z.object({ counting: countingSchema.optional() }).strict())();

/**
 * **R-PYR-5** — the stages of the 2025 Reserve selection to which the power-outage re-take applies:
 * only the online tests of section 5 (the two test blocks) and section 6 (the situational tasks).
 * Each entry is a window id of {@link RESERVE_2025_SCHEDULE}; the days are that window's days.
 *
 * The assessment centre is held offline at the Academy («Академия базасында оффлайн-форматта»,
 * seed 004 line 573) and the Expert Commission offline at the Agency («оффлайн-режимде», line 671);
 * the procedure gives the power-outage sentence only in sections 5 and 6.
 *
 * @rule R-PYR-5
 * @category Time rules
 */
export const RESERVE_2025_RETAKE_STAGES = /* @__PURE__ */ (() => Object.freeze([
  Object.freeze({ window: "text-block", section: 5, quote: "Электр энергиясының ажыратылуынан туындаған техникалық ақаулар себебінен тестілеуден өту мүмкін болмаған жағдайда, кандидат тиісті тестілеуден өткен кезден бастап бір жұмыс күні ішінде …", seed: SEEDS.pyr2025, lines: "395-406" }),
  Object.freeze({ window: "numeric-block", section: 5, quote: "Электр энергиясының ажыратылуынан туындаған техникалық ақаулар себебінен тестілеуден өту мүмкін болмаған жағдайда, кандидат тиісті тестілеуден өткен кезден бастап бір жұмыс күні ішінде …", seed: SEEDS.pyr2025, lines: "395-406" }),
  Object.freeze({ window: "situational", section: 6, quote: "Электр энергиясының ажыратылуынан туындаған техникалық ақаулар себебінен кезеңнен өту мүмкін болмаған жағдайда, кандидат тиісті кезеңнен өткен кезден бастап бір жұмыс күні ішінде …", seed: SEEDS.pyr2025, lines: "472-484" }),
] as const))();

/** Why a day is not a day of an online test, from the windows open on it. */
function notATestDay(stageDate: string, open: readonly ReserveWindow[]): string {
  const head = `${stageDate} is not a day of the online tests of sections 5 and 6 (text block 02–03.08, numeric block 09–10.08, situational tasks 16–17.08.2025), the only stages for which the procedure gives the power-outage re-take (seed 004 lines 395–406, 472–484)`;
  const ids = open.map((w) => w.id);
  if (ids.includes("assessment-centre")) return `${head}: on this day the assessment centre is held offline at the Academy («Академия базасында оффлайн-форматта», line 573); the sources do not give this rule for it`;
  if (ids.includes("expert-commission")) return `${head}: on this day the Expert Commission interviews are held offline at the Agency («оффлайн-режимде», line 671); the sources do not give this rule for it`;
  if (ids.length > 0) return `${head}: on this day no test is held (open: ${ids.join(", ")}); the sources do not give this rule for it`;
  return `${head}: on this day no stage of the 2025 selection is held; the sources do not give this rule for it`;
}

/**
 * **R-PYR-5** — the last day a Presidential Youth Reserve 2025 candidate who could not take an
 * online test because of a power outage may submit the energy supplier's certificate and ask for a
 * re-take: within one working day after the test.
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
 * **Only the online test days** ({@link RESERVE_2025_RETAKE_STAGES}): text block 02–03.08.2025,
 * numeric block 09–10.08.2025, situational tasks 16–17.08.2025. Any other day — a day of the
 * assessment centre (offline at the Academy, line 573), of the Expert Commission (offline at the
 * Agency, line 671), a proctoring day or a day with no stage — is a {@link RuleInputError} under
 * R-PYR-5 saying why: the sources do not give the rule there. (A re-take day assigned by technical
 * support, lines 408–412 and 485–489, is not dated in the text and is not answered either.)
 *
 * @rule R-PYR-5
 * @param stageDate - the day the candidate's online test was scheduled, `YYYY-MM-DD`.
 * @param opts - `counting` (default `"civil-code"`).
 * @param cal - calendar (default the built-in one).
 * @returns the last day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option, a day outside the 2025 campaign, or a
 *   day that is not a day of the online tests of sections 5 and 6.
 *
 * @example
 * ```ts
 * reserveRetakeRequestDeadline("2025-08-02") // "2025-08-04"
 * reserveRetakeRequestDeadline("2025-08-16") // "2025-08-18"
 * reserveRetakeRequestDeadline("2025-08-25") // throws RuleInputError (assessment centre, offline)
 * ```
 * @category Time rules
 */
export function reserveRetakeRequestDeadline(stageDate: string, opts?: CountingOptions, cal?: Calendar): string {
  const stage = day(stageDate, "stageDate", RULE);
  const o = options(schema, opts, RULE);
  const c = calendar(cal, RULE);
  version(RULE, RULE, { asOf: stageDate }, stage);
  const testDay = RESERVE_2025_RETAKE_STAGES.some((s) => {
    const w = RESERVE_2025_SCHEDULE.find((x) => x.id === s.window)!;
    return w.from <= stageDate && w.to !== null && stageDate <= w.to;
  });
  if (!testDay) {
    const open = RESERVE_2025_SCHEDULE.filter((w) => w.from <= stageDate && (w.to === null || stageDate <= w.to));
    fail(RULE, "stageDate", stageDate, notATestDay(stageDate, open));
  }
  return isoFromDay(deadlineDay(c, stage, { workingDays: 1 }, o.counting ?? CIVIL_CODE, RULE));
}
