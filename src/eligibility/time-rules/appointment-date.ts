import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import type { VersionInForce } from "../../sources/versions.js";
import { previousEmployerNoticeDeadlineFrom } from "./previous-employer-notice-deadline.js";
import { calendar, countingSchema, coverage, day, deadlineDay, options, version, versionFields } from "./time-internal.js";

const RULE = "R-GC-9";

/**
 * Input of {@link appointmentDate}.
 *
 * @category Time rules
 */
export interface AppointmentInput {
  /** `"internal"` (point 57, default) or `"general"` (only point 100's second part is in the sources: needs `presume`). */
  readonly competition?: "internal" | "general";
  /** The day of the competition commission's decision. */
  readonly decidedOn: string;
  /**
   * The exception of point 57: the previous employer set a one-month notice period under labour law,
   * or the parties agreed another term. The library does not compute that day (labour law, not in
   * the sources): give the day it yields.
   */
  readonly otherTerm?: { readonly kind: "one-month-notice" | "agreed"; readonly appointOn: string };
  /** General competition: apply the internal competition's next-working-day rule anyway (`provenance: "presumed"`). */
  readonly presume?: boolean;
  readonly counting?: Counting;
  readonly asOf?: string;
  readonly publication?: Record<string, string>;
}

/**
 * The answer of {@link appointmentDate}.
 *
 * @category Time rules
 */
export interface Appointment {
  readonly rule: "R-GC-9";
  readonly competition: "internal" | "general";
  /** The day the winner is taken into the position. */
  readonly appointOn: string;
  readonly basis: "next-working-day" | "one-month-notice" | "agreed";
  /** The notice to the previous employer: within one working day of the decision (point 57 / point 100, second part). */
  readonly noticeToPreviousEmployerBy: string;
  /** Point 57 third part: where Decree No. 290 / Resolution No. 1195 / other laws require it, the appointment needs a higher official's consent — not modelled. */
  readonly consentNote: string;
  readonly case: 2;
  readonly counting: Counting;
  readonly coverage: CalendarCoverage;
  readonly version: VersionInForce;
  /** `"presumed"` for the general competition (next-working-day rule of the internal competition applied by `presume`). */
  readonly provenance: "stated" | "presumed";
  readonly note?: string;
}

const schema = /* @__PURE__ */ (() => z
  .object({
    competition: z.enum(["internal", "general"]).optional(),
    decidedOn: z.string(),
    otherTerm: z.object({ kind: z.enum(["one-month-notice", "agreed"]), appointOn: z.string() }).strict().optional(),
    presume: z.boolean().optional(),
    counting: countingSchema.optional(),
    asOf: versionFields.asOf,
    publication: versionFields.publication,
  })
  .strict())();

const CONSENT =
  "Internal competition rules point 57 third part: in the cases of Presidential Decree No. 290 of 31.07.2023, Government Resolution No. 1195 of 27.12.2023 and other laws, the appointing person takes the candidate with the consent of a higher official (body) — not modelled (seed 001 line 1300).";

/**
 * **R-GC-9** — the day the winner of an internal competition is appointed, and the notice to the
 * previous employer.
 *
 * > «57. Мемлекеттік лауазымға тағайындау құқығы бар адам конкурстық комиссия шешім қабылдағаннан
 * > кейін келесі жұмыс күні, егер алдыңғы жұмыс беруші еңбек заңнамасына сәйкес бір айлық жұмыспен
 * > өтеу мерзімін белгілемесе немесе тараптардың келісімдері бойынша өзге мерзім белгіленбесе, оң
 * > қорытынды алған кандидатты жарияланған лауазымға қабылдайды.»
 *
 * "57. The person entitled to appoint takes the candidate with a positive conclusion into the
 * announced position on the next working day after the competition commission's decision, unless
 * the previous employer set a one-month notice period under labour law or the parties agreed
 * another term" (ASA-52-2026, internal competition rules point 57, seed 001 line 1296; second part
 * line 1298: the notice within one working day, see {@link previousEmployerNoticeDeadline}; third
 * part line 1300: consent under Decree No. 290 and Resolution No. 1195 — cited, not modelled).
 *
 * **Counting case 2**: the first working day after the decision day. With `otherTerm` the
 * appointment day is the caller's (labour law or agreement; must be after the decision).
 *
 * **General competition**: the sources give only the second part of its point 100 (the notice;
 * line 1384), not the first. Without `presume: true` asking for its appointment day throws; with
 * it, the internal competition's rule is applied and the answer says `provenance: "presumed"`.
 *
 * @rule R-GC-9
 * @param i - see {@link AppointmentInput}.
 * @param cal - calendar (default the built-in one).
 * @returns the appointment day, basis, notice deadline, provenance.
 * @throws A {@link RuleInputError} for bad dates or fields, an `otherTerm` day not after the decision,
 *   or the general competition without `presume`.
 *
 * @example
 * ```ts
 * appointmentDate({ decidedOn: "2026-03-20" }).appointOn                     // "2026-03-26" (23–25 Mar off)
 * appointmentDate({ competition: "general", decidedOn: "2026-09-11", presume: true }).provenance // "presumed"
 * ```
 * @category Time rules
 */
export function appointmentDate(i: AppointmentInput, cal?: Calendar): Appointment {
  const o = options(schema, i, RULE);
  const c = calendar(cal, RULE);
  const competition = o.competition ?? "internal";
  const decided = day(o.decidedOn, "i.decidedOn", RULE);
  const counting = o.counting ?? "civil-code";
  if (competition === "general" && o.presume !== true) {
    fail(
      RULE,
      "i.competition",
      "general",
      "the sources give only the second part of the general competition rules' point 100 (the notice to the previous employer, from 11.07.2026), not the appointment day; pass presume: true to apply the internal competition's point 57 (next working day), marked \"presumed\" — or use previousEmployerNoticeDeadline",
    );
  }
  const v = version(competition === "general" ? "R-GC-9#general-100-notice" : "R-GC-9", RULE, { asOf: o.asOf, publication: o.publication, presume: o.presume });
  let appointOn: number;
  let basis: Appointment["basis"];
  if (o.otherTerm !== undefined) {
    appointOn = day(o.otherTerm.appointOn, "i.otherTerm.appointOn", RULE);
    if (appointOn <= decided) fail(RULE, "i.otherTerm.appointOn", o.otherTerm.appointOn, `not after the decision day ${o.decidedOn}`);
    basis = o.otherTerm.kind;
  } else {
    appointOn = deadlineDay(c, decided, { workingDays: 1 }, counting, RULE);
    basis = "next-working-day";
  }
  // the same asOf / publication / presume reach the notice part: `presume: true` covers the whole answer
  const noticeBy = previousEmployerNoticeDeadlineFrom(
    decided,
    {
      competition,
      counting,
      ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
      ...(o.publication === undefined ? {} : { publication: o.publication as Record<string, string> }),
      ...(o.presume === undefined ? {} : { presume: o.presume }),
    },
    c,
  );
  const presumed = competition === "general";
  return Object.freeze({
    rule: RULE,
    competition,
    appointOn: isoFromDay(appointOn),
    basis,
    noticeToPreviousEmployerBy: isoFromDay(noticeBy),
    consentNote: CONSENT,
    case: 2 as const,
    counting,
    coverage: coverage(c, decided, appointOn, noticeBy),
    version: v,
    provenance: presumed ? ("presumed" as const) : v.provenance,
    ...(presumed
      ? { note: "presumed: the general competition rules' point 100 first part is not in the sources; the internal competition's point 57 (next working day) was applied on request" }
      : {}),
  });
}
