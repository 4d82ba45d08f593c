import * as z from "zod";
import { fail, listOf, parse } from "../../internal/validate.js";

const RULE = "R-SEL-6";

const whole = (min: number, what: string) =>
  z.number({ error: `expected a whole number (${what})` }).int(`not whole: expected a whole number (${what})`).min(min, `expected at least ${min} (${what})`);

const schema = /* @__PURE__ */ (() => z.strictObject({
  commissionSize: whole(1, "members of the competition commission"),
  // one count per essay, as many essays as there are: bad counts listed up to 100, the rest counted
  gradersPerEssay: listOf(whole(0, "members who graded this essay"), { min: 1, tooFew: () => "expected at least one essay" }),
  proctorViolation: z.boolean().optional(),
  refusals: whole(0, "members who refused to grade").optional(),
  participants: whole(0, "distinct members who took part in grading").optional(),
  twoThirds: z.enum(["each-essay", "panel"]).optional(),
}))();

/** Input of {@link essayPanelValid}. */
export interface EssayPanelInput {
  /** Number of members of the competition commission. */
  commissionSize: number;
  /** For each essay, how many members graded it. */
  gradersPerEssay: readonly number[];
  /** The proctor recorded a violation by the candidate(s): the essays are then not graded. */
  proctorViolation?: boolean;
  /** Number of members who refused to grade an essay (not allowed). */
  refusals?: number;
  /** Distinct members who took part in grading (needed for `twoThirds: "panel"`). */
  participants?: number;
  /**
   * Reading of «эссені бағалауға … кемінде үштен екісі қатысады»: `"each-essay"` (default) — every
   * essay is graded by at least two thirds of the commission; `"panel"` — at least two thirds of
   * the commission take part in the grading as a whole (`participants`), each essay by the same number.
   */
  twoThirds?: "each-essay" | "panel";
}

/**
 * One reason an essay grading is not valid.
 *
 * @category Eligibility
 */
export interface EssayPanelReason {
  readonly code: "proctor-violation" | "below-two-thirds" | "unequal-graders" | "refusal";
  readonly rule: "R-SEL-6";
  /** Essays concerned (0-based indices), where the reason is about particular essays. */
  readonly essays?: readonly number[];
  /** The least number of members required (for `"below-two-thirds"`). */
  readonly required?: number;
  readonly message: string;
}

/**
 * The answer of {@link essayPanelValid}.
 *
 * @category Eligibility
 */
export interface EssayPanelValidity {
  /** No reason found. */
  valid: boolean;
  /** The number of graders each essay needs. */
  required: number;
  /** Why not, in the order checked. */
  reasons: readonly EssayPanelReason[];
}

/**
 * **R-SEL-6** — whether the grading of essays by the competition commission meets para 115 of the
 * temporary IS selection rules (new edition by ASA-184-2024; applies 01.01.2024–31.12.2025, the
 * temporary rules' period):
 *
 * 1. essays are graded only if the proctor recorded no violation;
 * 2. at least two thirds of the commission take part: `3·graders ≥ 2·commissionSize`;
 * 3. every essay is graded by the same number of members;
 * 4. no member may refuse to grade.
 *
 * > «115. "Эссе жазу" конкурсы кезеңінен өткен үміткерлер тарапынан қағидалар талаптарын
 * > бұзушылықтар болмаған жағдайда, проктор тексеру нәтижелерін жариялағаннан кейін бір жұмыс күні
 * > ішінде эссені конкурс комиссиясының мүшелері осы Қағидаларға 3-қосымшада көзделген әдістемеге
 * > сәйкес бес баллдық шәкіл бойынша бағалайды.
 * > Эссені бағалауға конкурстық комиссия құрамының кемінде үштен екісі қатысады. Әрбір эссе
 * > конкурстық комиссия мүшелерінің бірдей санымен бағаланады және ЭЦҚ көмегімен расталады.
 * > Конкурстық комиссия мүшесінің үміткердің эссесін бағалаудан бас тартуына жол берілмейді.»
 * > (000 lines 77–81)
 *
 * "If the candidates who took the essay stage committed no violation of the rules, the members of
 * the commission grade the essay on a five-point scale by the methodology of App. 3 within one
 * working day after the proctor publishes the results of the check. At least two thirds of the
 * commission take part in grading the essay. Every essay is graded by the same number of members
 * and confirmed by digital signature. A member may not refuse to grade a candidate's essay."
 *
 * The deadline (one working day after the proctor's publication) is a calendar rule and is not
 * checked here. The text does not say how several members' grades combine (RULES.md R-SEL-3).
 * Unlike the general competition (R-GC-7), para 115 sets no minimum of three persons.
 *
 * @rule R-SEL-6
 * @param i - see {@link EssayPanelInput}.
 * @returns `{ valid, required, reasons }`: `required = ⌈2·commissionSize/3⌉`; every failed condition.
 * @throws A {@link RuleInputError} for non-whole or negative counts, an empty essay list, more graders
 *   than members, or `twoThirds: "panel"` without `participants`. However many essays are listed,
 *   the first 100 problems are listed and the others counted (`omittedIssues`), in linear time.
 *
 * @example
 * ```ts
 * essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 6, 6] })            // { valid: true, required: 6, reasons: [] }
 * essayPanelValid({ commissionSize: 9, gradersPerEssay: [6, 5] }).reasons.map((r) => r.code)
 * // ["below-two-thirds", "unequal-graders"]
 * essayPanelValid({ commissionSize: 6, gradersPerEssay: [4], proctorViolation: true }).valid // false
 * ```
 * @category Eligibility
 */
export function essayPanelValid(i: EssayPanelInput): EssayPanelValidity {
  const o = parse(schema, i, RULE);
  const n = o.commissionSize;
  o.gradersPerEssay.forEach((g, k) => {
    if (g > n) fail(RULE, `gradersPerEssay[${k}]`, g, `more graders than the commission has members (${n})`);
  });
  const reading = o.twoThirds ?? "each-essay";
  if (o.participants !== undefined) {
    if (o.participants > n) fail(RULE, "participants", o.participants, `more than the commission has members (${n})`);
    // a loop, not Math.max(...list): spreading a list of ~150,000+ essays overflows the call stack
    const most = o.gradersPerEssay.reduce((m, g) => (g > m ? g : m), 0);
    if (o.participants < most) fail(RULE, "participants", o.participants, `fewer than the graders of one essay (${most})`);
  }
  if (reading === "panel" && o.participants === undefined) {
    fail(RULE, "participants", undefined, "missing: twoThirds \"panel\" counts the distinct members who took part in grading");
  }
  const required = Math.floor((2 * n + 2) / 3);
  const reasons: EssayPanelReason[] = [];
  if (o.proctorViolation === true) {
    reasons.push({ code: "proctor-violation", rule: RULE, message: "the proctor recorded a violation: the essay is not graded (para 115, first part)" });
  }
  if (reading === "each-essay") {
    const short = o.gradersPerEssay.flatMap((g, k) => (3 * g < 2 * n ? [k] : []));
    if (short.length > 0) {
      reasons.push({ code: "below-two-thirds", rule: RULE, essays: short, required,
        message: `graded by fewer than two thirds of the commission (${required} of ${n} required)` });
    }
  } else if (3 * o.participants! < 2 * n) {
    reasons.push({ code: "below-two-thirds", rule: RULE, required,
      message: `${o.participants} members took part, fewer than two thirds of the commission (${required} of ${n} required)` });
  }
  const first = o.gradersPerEssay[0]!;
  const unequal = o.gradersPerEssay.flatMap((g, k) => (g !== first ? [k] : []));
  if (unequal.length > 0) {
    reasons.push({ code: "unequal-graders", rule: RULE, essays: unequal,
      message: `essays graded by different numbers of members (${Array.from(new Set(o.gradersPerEssay)).join(", ")}; the listed essays differ from essay 0, graded by ${first}); every essay must be graded by the same number` });
  }
  if ((o.refusals ?? 0) > 0) {
    reasons.push({ code: "refusal", rule: RULE, message: `${o.refusals} member(s) refused to grade, which para 115 does not allow` });
  }
  return Object.freeze({ valid: reasons.length === 0, required, reasons: Object.freeze(reasons.map((r) => Object.freeze(r))) });
}
