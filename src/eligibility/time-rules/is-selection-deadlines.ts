import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import type { VersionInForce } from "../../sources/versions.js";
import { calendar, countingSchema, coverage, day, deadlineDay, options, version, versionFields } from "./time-internal.js";

const RULE = "R-SEL-7";

/**
 * Input of {@link isSelectionDeadlines}.
 *
 * @category Time rules
 */
export interface IsSelectionDeadlinesInput {
  /** Last day of the acceptance of applications («өтінімдерді қабылдау (үн қосу) мерзімі»), 2025. */
  readonly acceptanceEndsOn: string;
  /** The day the HR service found the set incomplete (start of its one working day to send the notice). */
  readonly incompleteFoundOn?: string;
  /** The day the notice to complete was sent (start of the candidate's one working day). */
  readonly noticeSentOn?: string;
  /** The day the candidate completed the documents (start of the HR service's one working day to re-check). */
  readonly completedOn?: string;
  readonly counting?: Counting;
  readonly presume?: boolean;
  readonly publication?: Record<string, string>;
}

/**
 * The answer of {@link isSelectionDeadlines}.
 *
 * @category Time rules
 */
export interface IsSelectionDeadlines {
  readonly rule: "R-SEL-7";
  /** HR service: applications checked by this day (3 working days after acceptance ends). */
  readonly documentCheckBy: string;
  /** Incomplete set: the HR notice by (1 working day), the candidate's completion by (1 working day after the notice), the re-check by (1 working day after completion). */
  readonly incompleteSet?: {
    readonly noticeBy?: string;
    readonly completeBy?: string;
    readonly recheckBy?: string;
    /** The candidate may complete the set once («бір рет беріледі»). */
    readonly completionsAllowed: 1;
  };
  readonly case: 2;
  readonly counting: Counting;
  readonly coverage: CalendarCoverage;
  readonly version: VersionInForce;
  readonly provenance: "stated" | "presumed";
}

const schema = /* @__PURE__ */ (() => z
  .object({
    acceptanceEndsOn: z.string(),
    incompleteFoundOn: z.string().optional(),
    noticeSentOn: z.string().optional(),
    completedOn: z.string().optional(),
    counting: countingSchema.optional(),
    presume: z.boolean().optional(),
    publication: versionFields.publication,
  })
  .strict())();

/**
 * **R-SEL-7** — the document-check deadlines of the temporary IS selection rules, point 73
 * (ASA-184-2024 point 1, paragraphs 16–25, in force 01.01.2025–31.12.2025; seed 000 lines 49–67):
 *
 * > «73. Кадр қызметі өтінімдерді қабылдау (үн қосу) мерзімі аяқталғаннан кейін үш жұмыс күні
 * > ішінде үміткерлердің өтінімдерін … қарауды жүргізеді …
 * > Үміткер осы тармақта көзделген құжаттар топтамасын толық ұсынбаған жағдайда, бір жұмыс күні
 * > ішінде кадр қызметі жүйе арқылы қажетті құжаттарды толықтыру және ЭЖІ-ті түзету туралы хабарлама
 * > жібереді. Үміткерге қажетті құжаттарды толықтыру және ЭЖІ-ті түзету мүмкіндігі бір рет беріледі.
 * > Құжаттардың толық емес топтамасын ұсынған үміткер жүйеде бір жұмыс күні ішінде қажетті құжаттарды
 * > толықтырады және ЭЖІ-ті түзетеді.
 * > Кадр қызметі қажетті құжаттар толықтырылғаннан және ЭЖІ түзетілгеннен кейін бір жұмыс күні ішінде
 * > … қайта тексереді.»
 *
 * "The HR service reviews the applications within three working days after the acceptance period
 * ends … If the set is incomplete, the HR service sends, within one working day, a notice to
 * complete it; the candidate may complete it once, within one working day; the HR service
 * re-checks within one working day after the completion."
 *
 * **Counting case 2** (working days): the n-th working day after the start day. The text does not
 * say from when the HR service's "one working day" for the notice runs; the library runs it from
 * the day the set is found incomplete (`incompleteFoundOn`), the caller's fact.
 *
 * The edition is fixed by `acceptanceEndsOn` (point 73 applies 01.01.2025–31.12.2025; the rule ends
 * with the temporary rules, so a 2026 date is an error even with `presume`).
 *
 * @rule R-SEL-7
 * @param i - see {@link IsSelectionDeadlinesInput}.
 * @param cal - calendar (default the built-in one).
 * @returns the deadlines.
 * @throws A {@link RuleInputError} for bad dates, dates out of order, a date outside 2025.
 *
 * @example
 * ```ts
 * isSelectionDeadlines({ acceptanceEndsOn: "2025-03-20" }).documentCheckBy // "2025-03-28" (21 Mar Nauryz, 24–25 carried)
 * ```
 * @category Time rules
 */
export function isSelectionDeadlines(i: IsSelectionDeadlinesInput, cal?: Calendar): IsSelectionDeadlines {
  const o = options(schema, i, RULE);
  const c = calendar(cal, RULE);
  const end = day(o.acceptanceEndsOn, "i.acceptanceEndsOn", RULE);
  const counting = o.counting ?? "civil-code";
  const v = version(RULE, RULE, { asOf: o.acceptanceEndsOn, presume: o.presume, publication: o.publication }, end);
  const wd = (d: number, n: number): number => deadlineDay(c, d, { workingDays: n }, counting, RULE);
  const documentCheckBy = wd(end, 3);
  const dates = [end, documentCheckBy];
  let incompleteSet: IsSelectionDeadlines["incompleteSet"];
  const found = o.incompleteFoundOn === undefined ? undefined : day(o.incompleteFoundOn, "i.incompleteFoundOn", RULE);
  const sent = o.noticeSentOn === undefined ? undefined : day(o.noticeSentOn, "i.noticeSentOn", RULE);
  const done = o.completedOn === undefined ? undefined : day(o.completedOn, "i.completedOn", RULE);
  if (found !== undefined && found < end) fail(RULE, "i.incompleteFoundOn", o.incompleteFoundOn, `before the end of acceptance (${o.acceptanceEndsOn})`);
  if (sent !== undefined && found !== undefined && sent < found) fail(RULE, "i.noticeSentOn", o.noticeSentOn, `before incompleteFoundOn (${o.incompleteFoundOn})`);
  if (done !== undefined && sent === undefined) fail(RULE, "i.completedOn", o.completedOn, "a completion needs the notice day (noticeSentOn)");
  if (done !== undefined && sent !== undefined && done < sent) fail(RULE, "i.completedOn", o.completedOn, `before the notice (${o.noticeSentOn})`);
  if (found !== undefined || sent !== undefined) {
    const s: { noticeBy?: string; completeBy?: string; recheckBy?: string; completionsAllowed: 1 } = { completionsAllowed: 1 };
    const by = (d: number): string => {
      const z = wd(d, 1);
      dates.push(z);
      return isoFromDay(z);
    };
    if (found !== undefined) s.noticeBy = by(found);
    if (sent !== undefined) s.completeBy = by(sent);
    if (done !== undefined) s.recheckBy = by(done);
    incompleteSet = Object.freeze(s);
  }
  return Object.freeze({
    rule: RULE,
    documentCheckBy: isoFromDay(documentCheckBy),
    ...(incompleteSet ? { incompleteSet } : {}),
    case: 2 as const,
    counting,
    coverage: coverage(c, ...dates),
    version: v,
    provenance: v.provenance,
  });
}
