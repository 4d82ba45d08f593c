import * as z from "zod";
import { isoFromDay } from "../../calendars/civil-date.js";
import { listOf, parse } from "../../internal/validate.js";
import { day, publicationSchema, version } from "./time-internal.js";

const RULE = "R-EL-9";

const docSchema = /* @__PURE__ */ (() => z.strictObject({
  name: z.string().max(500).optional(),
  validUntil: z.string(),
}))();
const schema = /* @__PURE__ */ (() => z.strictObject({
  applicationDate: z.unknown(),
  documentsComplete: z.boolean({ error: "expected true or false: whether the full set of documents of point 8 of the List of basic requirements was submitted" }),
  documents: listOf(docSchema).optional(),
  presume: z.boolean().optional(),
  publication: publicationSchema.optional(),
}))();

/** Input of {@link lawEnforcementApplicationRefusal}. */
export interface LawEnforcementApplicationInput {
  /** The day the application was submitted through the portal, `YYYY-MM-DD`. */
  applicationDate: string;
  /**
   * Whether the candidate submitted the **full** set of documents of the list in point 8 of the
   * List of basic requirements for the service (the «Тізбе»). That list is not in the sources: the
   * caller checks the set and says whether it is complete.
   */
  documentsComplete: boolean;
  /** The documents submitted that have a validity period: each with its last valid day `validUntil`, `YYYY-MM-DD`. */
  documents?: readonly { name?: string; validUntil: string }[];
  /** Before 11.07.2026 the wording is not in the sources: `presume: true` applies it anyway. */
  presume?: boolean;
  /** Publication dates, forwarded to {@link ruleVersion} (not needed: point 6 has a fixed date). */
  publication?: Record<string, string>;
}

/**
 * One ground on which the service provider refuses to accept the application.
 *
 * @category Time rules
 */
export interface LawEnforcementRefusalGround {
  readonly ground: "incomplete-documents" | "expired-documents";
  readonly rule: "R-EL-9";
  /** For `expired-documents`: the documents (0-based indices) whose validity ended before the application day. */
  readonly documents?: readonly number[];
  readonly message: string;
}

/**
 * **R-EL-9** — the grounds on which the service provider refuses to accept an application for the
 * testing of citizens entering law-enforcement service or civil-protection bodies (ASA-1-2016
 * point 6, fifth part, new wording by ASA-52-2026 List point 1, in force from 11.07.2026):
 *
 * 1. `incomplete-documents` — the full set of documents of point 8 of the List was not submitted;
 * 2. `expired-documents` — a document whose validity had expired was submitted: its last valid day
 *    `validUntil` < `applicationDate` (a document is valid through its last day, case 4).
 *
 * > «Кандидат Тізбенің 8-тармағымен көзделген тізбеге сәйкес құжаттардың топтамасын толық ұсынбаған
 * > және (немесе) қолданылу мерзімі өтіп кеткен құжаттарды ұсынған жағдайларда, көрсетілетін қызметті
 * > беруші өтінішті қабылдаудан бас тартады.» (seed 001 line 90)
 *
 * "Where the candidate did not submit the full set of documents under the list of point 8 of the
 * List and (or) submitted documents whose period of validity has expired, the service provider
 * refuses to accept the application." «және (немесе)» — either ground alone suffices; both are
 * returned when both hold. The same point requires the application no later than one calendar day
 * before the testing day (R-EL-5, {@link latestApplicationDate}).
 *
 * @rule R-EL-9
 * @param i - see {@link LawEnforcementApplicationInput}.
 * @returns every ground that applies; `[]` = the application is accepted on these grounds.
 * @throws A {@link RuleInputError} for a bad date or field, or an application day before 11.07.2026
 *   without `presume` (the earlier wording of point 6 is not in the sources).
 *
 * @example
 * ```ts
 * lawEnforcementApplicationRefusal({ applicationDate: "2026-09-01", documentsComplete: true })       // []
 * lawEnforcementApplicationRefusal({ applicationDate: "2026-09-01", documentsComplete: true,
 *   documents: [{ validUntil: "2026-08-31" }] })[0].ground                                           // "expired-documents"
 * ```
 * @category Time rules
 */
export function lawEnforcementApplicationRefusal(i: LawEnforcementApplicationInput): readonly LawEnforcementRefusalGround[] {
  const o = parse(schema, i, RULE);
  const applied = day(o.applicationDate, "applicationDate", RULE);
  const docs = (o.documents ?? []).map((d, k) => day(d.validUntil, `documents[${k}].validUntil`, RULE));
  version("R-EL-9", RULE, { asOf: isoFromDay(applied), presume: o.presume, publication: o.publication }, applied);
  const grounds: LawEnforcementRefusalGround[] = [];
  if (!o.documentsComplete) {
    grounds.push({ ground: "incomplete-documents", rule: RULE, message: "the full set of documents of point 8 of the List was not submitted («құжаттардың топтамасын толық ұсынбаған»): the application is refused (ASA-1-2016 point 6)" });
  }
  const expired = docs.flatMap((v, k) => (v < applied ? [k] : []));
  if (expired.length > 0) {
    grounds.push({ ground: "expired-documents", rule: RULE, documents: expired,
      message: `the listed documents' validity ended before ${isoFromDay(applied)} («қолданылу мерзімі өтіп кеткен құжаттар»): the application is refused (ASA-1-2016 point 6)` });
  }
  return Object.freeze(grounds.map((g) => Object.freeze(g)));
}
