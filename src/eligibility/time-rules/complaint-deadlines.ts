import * as z from "zod";
import type { Calendar, CalendarCoverage } from "../../calendars/calendar.js";
import type { Counting } from "../../calendars/period-core.js";
import { isoFromDay } from "../../calendars/civil-date.js";
import { fail } from "../../internal/validate.js";
import type { VersionInForce } from "../../sources/versions.js";
import { calendar, countingSchema, coverage, day, deadlineDay, options, version, versionFields } from "./time-internal.js";

const RULE = "R-EL-7";

/**
 * The working days of R-EL-7, as data (ASA-52-2026, ASA-1-2016 point 35, seed 001 lines 118–124).
 *
 * @category Time rules
 */
export const COMPLAINT_PERIODS = /* @__PURE__ */ (() => Object.freeze({
  /** Forwarding of the complaint and the administrative file to the reviewing body: ≤ 3 working days from receipt. */
  forwardWorkingDays: 3,
  /** Review of a complaint addressed to the service provider: 5 working days from registration. */
  serviceProviderWorkingDays: 5,
  /** Review of a complaint addressed to the authorised body for the quality of public services: 15 working days from registration. */
  qualityAuthorityWorkingDays: 15,
}))();

/**
 * Input of {@link complaintDeadlines}.
 *
 * @category Time rules
 */
export interface ComplaintInput {
  /** To whom the complaint is addressed: the service provider (default) or the authorised body for the quality of public services. */
  readonly addressee?: "service-provider" | "quality-authority";
  /** Day the complaint was registered by its addressee (start of the 5 / 15 working days). */
  readonly registeredOn: string;
  /**
   * Service provider only: the day the complaint reached the official whose decision or act is
   * appealed (start of the three working days to forward it); default `registeredOn`.
   */
  readonly receivedOn?: string;
  /** Service provider only: the day a decision fully satisfying the complaint was taken, if any. */
  readonly satisfiedInFullOn?: string;
  readonly counting?: Counting;
  readonly asOf?: string;
  readonly presume?: boolean;
  readonly publication?: Record<string, string>;
}

/**
 * The answer of {@link complaintDeadlines}.
 *
 * @category Time rules
 */
export interface ComplaintDeadlines {
  readonly rule: "R-EL-7";
  readonly addressee: "service-provider" | "quality-authority";
  /** Last day of the review (counting case 2, working days). */
  readonly decisionBy: string;
  /**
   * Service provider only: forwarding to the reviewing body. `required: false` when the complaint
   * was fully satisfied within the three working days (then the official may not forward it).
   */
  readonly forwarding?: { readonly by: string; readonly required: boolean; readonly reason: string };
  readonly case: 2;
  readonly counting: Counting;
  readonly coverage: CalendarCoverage;
  readonly version: VersionInForce;
  readonly provenance: "stated" | "presumed";
}

const schema = /* @__PURE__ */ (() => z
  .object({
    addressee: z.enum(["service-provider", "quality-authority"]).optional(),
    registeredOn: z.string(),
    receivedOn: z.string().optional(),
    satisfiedInFullOn: z.string().optional(),
    counting: countingSchema.optional(),
    ...versionFields,
  })
  .strict())();

/**
 * **R-EL-7** — the deadlines of a complaint about the testing service (ASA-1-2016 point 35, new
 * wording by ASA-52-2026, seed 001 lines 114–126; for the general testing rules, point 86 sends
 * complaints to the procedure of the Law "On public and socially responsible services", line 1486):
 *
 * > «Шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалып отырған лауазымды көрсетілетін қызметті
 * > беруші адам шағым келіп түскен күннен бастап үш жұмыс күнінен кешіктірмей оны және әкімшілік
 * > істі шағымды қарайтын органға жібереді.
 * > Бұл ретте көрсетілетін қызметті беруші, … егер ол үш жұмыс күні ішінде шағымда көрсетілген
 * > талаптарды толық қанағаттандыратын шешім не өзге де әкімшілік әрекет қабылдаса, шағымды
 * > қарайтын органға шағым жібермеуге құқылы.
 * > Көрсетілетін қызметті берушінің атына келіп түскен … шағымы … тіркелген күнінен бастап 5 жұмыс
 * > күні ішінде қаралуға жатады.
 * > … уәкілетті органның атына келіп түскен … шағымы тіркелген күнінен бастап 15 жұмыс күні ішінде
 * > қаралуға жатады.»
 *
 * "The official whose decision or act is appealed sends the complaint and the administrative file
 * to the reviewing body no later than three working days from the day the complaint came in. The
 * service provider … may not send it if within three working days it took a decision fully
 * satisfying the complaint. A complaint addressed to the service provider is reviewed within
 * 5 working days of its registration; one addressed to the authorised body for the quality of
 * public services within 15 working days of its registration."
 *
 * **Counting case 2** (deadline for an act, working days): the n-th working day after the start
 * day (the start day not counted; `counting: "inclusive"` counts it when it is a working day).
 * The satisfied-in-full exception holds when the decision falls on or after the receipt day and on
 * or before the last of the three working days.
 *
 * @rule R-EL-7
 * @param i - see {@link ComplaintInput}.
 * @param cal - calendar (default the built-in one).
 * @returns the deadlines.
 * @throws A {@link RuleInputError} for a bad date or field, forwarding fields with `addressee: "quality-authority"`, a satisfaction before receipt.
 *
 * @example
 * ```ts
 * complaintDeadlines({ registeredOn: "2026-03-20" }).decisionBy          // "2026-04-01" (Nauryz 23–25 Mar off)
 * complaintDeadlines({ registeredOn: "2026-03-20" }).forwarding?.by      // "2026-03-30"
 * complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-05-08" }).decisionBy // "2026-06-02" (11 May, 27 May off)
 * ```
 * @category Time rules
 */
export function complaintDeadlines(i: ComplaintInput, cal?: Calendar): ComplaintDeadlines {
  const o = options(schema, i, RULE);
  const c = calendar(cal, RULE);
  const addressee = o.addressee ?? "service-provider";
  const registered = day(o.registeredOn, "i.registeredOn", RULE);
  const counting = o.counting ?? "civil-code";
  const v = version(RULE, RULE, o);
  const n = addressee === "service-provider" ? COMPLAINT_PERIODS.serviceProviderWorkingDays : COMPLAINT_PERIODS.qualityAuthorityWorkingDays;
  const decisionBy = deadlineDay(c, registered, { workingDays: n }, counting, RULE);
  let forwarding: ComplaintDeadlines["forwarding"];
  const dates = [registered, decisionBy];
  if (addressee === "quality-authority") {
    if (o.receivedOn !== undefined) fail(RULE, "i.receivedOn", o.receivedOn, "the forwarding rule concerns a complaint at the service provider whose act is appealed, not one addressed to the quality authority");
    if (o.satisfiedInFullOn !== undefined) fail(RULE, "i.satisfiedInFullOn", o.satisfiedInFullOn, "only for a complaint at the service provider");
  } else {
    const received = o.receivedOn === undefined ? registered : day(o.receivedOn, "i.receivedOn", RULE);
    const by = deadlineDay(c, received, { workingDays: COMPLAINT_PERIODS.forwardWorkingDays }, counting, RULE);
    dates.push(received, by);
    const receivedOn = o.receivedOn ?? o.registeredOn;
    const byIso = isoFromDay(by);
    let required = true;
    let reason = `forward the complaint and the administrative file to the reviewing body by ${byIso} (three working days from receipt on ${receivedOn})`;
    if (o.satisfiedInFullOn !== undefined) {
      const s = day(o.satisfiedInFullOn, "i.satisfiedInFullOn", RULE);
      const satisfiedOn = o.satisfiedInFullOn;
      if (s < received) fail(RULE, "i.satisfiedInFullOn", satisfiedOn, `before the complaint was received (${receivedOn})`);
      if (s <= by) {
        required = false;
        reason = `fully satisfied on ${satisfiedOn}, within the three working days (by ${byIso}): the official may not forward the complaint`;
      } else {
        reason = `satisfied on ${satisfiedOn}, after the three working days (by ${byIso}): forwarding was due by ${byIso}`;
      }
    }
    forwarding = Object.freeze({ by: byIso, required, reason });
  }
  return Object.freeze({
    rule: RULE,
    addressee,
    decisionBy: isoFromDay(decisionBy),
    ...(forwarding ? { forwarding } : {}),
    case: 2 as const,
    counting,
    coverage: coverage(c, ...dates),
    version: v,
    provenance: v.provenance,
  });
}
