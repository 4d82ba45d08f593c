import * as z from "zod";
import { fail, listOf, parse } from "../../internal/validate.js";

const RULE = "R-SEL-9";

const whole = (min: number, what: string) =>
  z.number({ error: `expected a whole number (${what})` }).int(`not whole: expected a whole number (${what})`).min(min, `expected at least ${min} (${what})`);

const schema = /* @__PURE__ */ (() => z.strictObject({
  commissionSize: whole(1, "members of the competition commission"),
  scoredBy: listOf(whole(0, "members who entered a score for this candidate"), { min: 1, tooFew: () => "expected at least one interviewed candidate" }),
  signedBy: listOf(whole(0, "members who confirmed their score by digital signature")).optional(),
  refusals: whole(0, "members who refused to score or to sign").optional(),
  jointScore: z.boolean().optional(),
}))();

/** Input of {@link interviewPanelValid}. */
export interface InterviewPanelInput {
  /**
   * Members of the competition commission at the interview (the commission as composed; an
   * evaluator removed for not taking part under point 14-1 is not a member).
   */
  commissionSize: number;
  /** For each interviewed candidate, how many members entered their own score into the system. */
  scoredBy: readonly number[];
  /** For each candidate, how many of those confirmed their score by digital signature (absent: all who scored). */
  signedBy?: readonly number[];
  /** Members who refused to score the interview or to confirm their score (not allowed). */
  refusals?: number;
  /** The commission gave one score jointly (e.g. agreed in discussion) instead of each member scoring individually. */
  jointScore?: boolean;
}

/**
 * One reason an interview scoring is not valid.
 *
 * @category Eligibility
 */
export interface InterviewPanelReason {
  readonly code: "not-individual" | "not-every-member" | "unsigned" | "refusal";
  readonly rule: "R-SEL-9";
  /** Candidates concerned (0-based indices), where the reason is about particular candidates. */
  readonly candidates?: readonly number[];
  readonly message: string;
}

/**
 * The answer of {@link interviewPanelValid}.
 *
 * @category Eligibility
 */
export interface InterviewPanelValidity {
  /** No reason found. */
  valid: boolean;
  /** Why not, in the order checked. */
  reasons: readonly InterviewPanelReason[];
}

/**
 * **R-SEL-9** — whether the commission's scoring of the interview meets para 130 of the temporary
 * IS selection rules (new wording by ASA-184-2024; the temporary rules apply 01.01.2024–31.12.2025):
 *
 * 1. every member scores **individually** (no joint score): `jointScore ≠ true`;
 * 2. **every** member scores every interviewed candidate: `scoredBy[k] = commissionSize`;
 * 3. every score is confirmed by digital signature: `signedBy[k] = scoredBy[k]`;
 * 4. no member refuses to score or to confirm: `refusals = 0`.
 *
 * > «130. Конкурс комиссиясының әрбір мүшесі осы Қағидаларға 3-қосымшада көзделген әдістемеге сәйкес
 * > жүйеге баллды енгізу арқылы үміткерлермен әңгімелесу қорытындыларын жеке бағалайды және ЭЦҚ
 * > көмегімен растайды.
 * > Комиссия мүшесіне үміткерлермен әңгімелесу қорытындыларын бағалаудан және ЭЦҚ көмегімен
 * > бағалауды растаудан бас тартуға жол берілмейді.» (ASA-184-2024 point 1, seed 000 lines 105–109)
 *
 * "Every member of the competition commission individually evaluates the results of the interview
 * with the candidates by entering points into the system according to the methodology of App. 3,
 * and confirms it by digital signature. A member may not refuse to evaluate the results of the
 * interview or to confirm the evaluation by digital signature."
 *
 * Unlike the essay (para 115, R-SEL-6: at least two thirds grade), the interview is scored by
 * **every** member: there is no two-thirds threshold. "Every member" is read as every member of the
 * commission as composed at the interview — point 14-1 (seed 000 lines 39–41) lets the HR service
 * remove an evaluator who does not take part, with the reason recorded; such a member is no longer
 * counted. How the members' scores combine into the candidate's interview score is not said here
 * (R-SEL-4 gives one member's scale, 0–3).
 *
 * @rule R-SEL-9
 * @param i - see {@link InterviewPanelInput}.
 * @returns `{ valid, reasons }`: every failed condition, in the order above.
 * @throws A {@link RuleInputError} for non-whole or negative counts, an empty candidate list, more
 *   scorers than members, more signers than scorers, or `signedBy` of another length than `scoredBy`.
 *
 * @example
 * ```ts
 * interviewPanelValid({ commissionSize: 5, scoredBy: [5, 5, 5] })              // { valid: true, reasons: [] }
 * interviewPanelValid({ commissionSize: 5, scoredBy: [5, 4] }).reasons[0].code  // "not-every-member"
 * interviewPanelValid({ commissionSize: 5, scoredBy: [5], refusals: 1 }).valid  // false
 * ```
 * @category Eligibility
 */
export function interviewPanelValid(i: InterviewPanelInput): InterviewPanelValidity {
  const o = parse(schema, i, RULE);
  const n = o.commissionSize;
  o.scoredBy.forEach((g, k) => {
    if (g > n) fail(RULE, `scoredBy[${k}]`, g, `more scorers than the commission has members (${n})`);
  });
  if (o.signedBy !== undefined) {
    if (o.signedBy.length !== o.scoredBy.length) fail(RULE, "signedBy", o.signedBy.length, `expected one count per candidate (${o.scoredBy.length})`);
    o.signedBy.forEach((s, k) => {
      if (s > o.scoredBy[k]!) fail(RULE, `signedBy[${k}]`, s, `more signatures than scores for this candidate (${o.scoredBy[k]})`);
    });
  }
  if ((o.refusals ?? 0) > n) fail(RULE, "refusals", o.refusals, `more than the commission has members (${n})`);
  const reasons: InterviewPanelReason[] = [];
  if (o.jointScore === true) {
    reasons.push({ code: "not-individual", rule: RULE, message: "the interview was scored jointly: every member scores individually («жеке бағалайды», para 130)" });
  }
  const short = o.scoredBy.flatMap((g, k) => (g < n ? [k] : []));
  if (short.length > 0) {
    reasons.push({ code: "not-every-member", rule: RULE, candidates: short, message: `not every member scored the listed candidates (${n} of ${n} required, «әрбір мүшесі», para 130)` });
  }
  if (o.signedBy !== undefined) {
    const unsigned = o.signedBy.flatMap((s, k) => (s < o.scoredBy[k]! ? [k] : []));
    if (unsigned.length > 0) {
      reasons.push({ code: "unsigned", rule: RULE, candidates: unsigned, message: "a score of the listed candidates is not confirmed by digital signature («ЭЦҚ көмегімен растайды», para 130)" });
    }
  }
  if ((o.refusals ?? 0) > 0) {
    reasons.push({ code: "refusal", rule: RULE, message: `${o.refusals} member(s) refused to score or to confirm, which para 130 does not allow` });
  }
  return Object.freeze({ valid: reasons.length === 0, reasons: Object.freeze(reasons.map((r) => Object.freeze(r))) });
}
