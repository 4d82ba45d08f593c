import * as z from "zod";
import { fail } from "../../internal/validate.js";
import { day, options, version, versionFields } from "./time-internal.js";

const RULE = "R-GC-9";
const schema = /* @__PURE__ */ (() => z.object({ complaintFiledOn: z.string(), decidedOn: z.string().optional(), on: z.string(), ...versionFields }).strict())();

/**
 * Input of {@link internalCompetitionSuspended}.
 *
 * @category Time rules
 */
export interface InternalCompetitionSuspendedInput {
  /** The day the complaint was filed (`YYYY-MM-DD`). */
  readonly complaintFiledOn: string;
  /** The day the complaint was decided, if it was. */
  readonly decidedOn?: string;
  /** The day asked about. */
  readonly on: string;
  /** Ask for the edition in force on this date (R-CAL-4); without it, the latest known edition. */
  readonly asOf?: string;
  /** With `asOf` where the sources do not give the text: use the nearest known edition. */
  readonly presume?: boolean;
  /** First official publication dates the caller knows (see `ruleVersion`). */
  readonly publication?: Record<string, string>;
}

/**
 * **R-GC-9 (point 60)** — whether an internal competition is suspended on a day because a complaint
 * was filed with the authorised body.
 *
 * > «60. Ішкі конкурс қорытындысына және/немесе кадр қызметінің әрекетіне (әрекетсіздігіне) шағымды
 * > уәкілетті органға немесе оның аумақтық бөлімшесіне беру уәкілетті орган немесе оның аумақтық
 * > бөлімшесі келіп түскен шағым бойынша тиісті шешім қабылдағанға дейін ішкі конкурсты тоқтата тұру
 * > үшін негіз болып табылады.»
 *
 * "60. Filing a complaint about the results of an internal competition and/or an act (omission) of
 * the HR service with the authorised body or its territorial unit is a ground to suspend the
 * internal competition until the authorised body (unit) takes a decision on it" (ASA-52-2026,
 * internal competition rules point 60, seed 001 line 1306). Suspended from the filing day; the
 * decision day ends it (the competition may go on once the decision is taken): suspended on `on`
 * when `complaintFiledOn ≤ on` and, if decided, `on < decidedOn`. No such rule is in the sources
 * for the general competition.
 *
 * @rule R-GC-9
 * @param i - `complaintFiledOn`, `decidedOn` (absent: not yet decided), `on`; `asOf`, `presume`, `publication`.
 * @returns whether the competition is suspended on `on`.
 * @throws A {@link RuleInputError} for bad dates, a decision before the filing.
 *
 * @example
 * ```ts
 * internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-09-10" })                           // true
 * internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-09-10", on: "2026-09-10" }) // false
 * ```
 * @category Time rules
 */
export function internalCompetitionSuspended(i: InternalCompetitionSuspendedInput): boolean {
  const o = options(schema, i, RULE);
  const filed = day(o.complaintFiledOn, "i.complaintFiledOn", RULE);
  const on = day(o.on, "i.on", RULE);
  const decided = o.decidedOn === undefined ? undefined : day(o.decidedOn, "i.decidedOn", RULE);
  if (decided !== undefined && decided < filed) fail(RULE, "i.decidedOn", o.decidedOn, `before the complaint was filed (${o.complaintFiledOn})`);
  version("R-GC-9#internal-60", RULE, o);
  return filed <= on && (decided === undefined || on < decided);
}
