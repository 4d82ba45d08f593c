import { commissionQuorum, parseQuorumInput, QUORUM_MIN_PERSONS } from "./commission-quorum.js";

/**
 * One reason a commission has no quorum.
 *
 * @category Eligibility
 */
export interface QuorumReason {
  /** `"below-two-thirds"` (3·present < 2·members) or `"fewer-than-three"` (present < 3). */
  readonly code: "below-two-thirds" | "fewer-than-three";
  readonly rule: "R-GC-7";
  /** Members present. */
  readonly present: number;
  /** The least number of members present that satisfies this condition. */
  readonly required: number;
}

/**
 * Result of {@link checkCommissionQuorum}.
 *
 * @category Eligibility
 */
export interface QuorumCheck {
  readonly quorum: boolean;
  readonly members: number;
  readonly present: number;
  /** The least number of present members that makes a quorum: `max(3, ⌈2·members/3⌉)`; `null` when the commission has fewer than 3 members (never a quorum). */
  readonly required: number | null;
  /** Every failed condition (empty when there is a quorum). */
  readonly reasons: readonly QuorumReason[];
  /** What the rules say happens next (paras 24–25). */
  readonly consequence: string | null;
}

/**
 * **R-GC-7** — {@link commissionQuorum} with its reasons: which condition fails, and how many members
 * must be present.
 *
 * > «24. Кворум болмаған немесе комиссия мүшелері ауыстырылған жағдайда, комиссия отырысына дейін
 * > кадр қызметі конкурстық комиссияның құрамына өзгерістер енгізеді.» (001 line 1326)
 *
 * "Where there is no quorum or commission members are replaced, the HR service amends the composition
 * of the competition commission before the commission's meeting." Absent members may not be
 * substituted (para 25): the remedy is a new composition, not a stand-in.
 *
 * `required = max(3, ⌈2·members / 3⌉)`, computed in integers: `⌈2m/3⌉ = ⌊(2m + 2)/3⌋`.
 *
 * @rule R-GC-7
 * @param members - the number of members (whole, ≥ 1).
 * @param present - the number of members present (whole, 0…members).
 * @returns `{ quorum, members, present, required, reasons, consequence }`.
 * @throws A {@link RuleInputError} as {@link commissionQuorum}.
 *
 * @example
 * ```ts
 * checkCommissionQuorum(9, 5)
 * // { quorum: false, required: 6, reasons: [{ code: "below-two-thirds", rule: "R-GC-7", present: 5, required: 6 }], … }
 * checkCommissionQuorum(3, 2).reasons.map((r) => r.code) // ["below-two-thirds", "fewer-than-three"]
 * ```
 * @category Eligibility
 */
export function checkCommissionQuorum(members: number, present: number): QuorumCheck {
  const { m, p } = parseQuorumInput(members, present);
  const twoThirds = Math.floor((2 * m + 2) / 3);
  const reasons: QuorumReason[] = [];
  if (3 * p < 2 * m) reasons.push(Object.freeze({ code: "below-two-thirds", rule: "R-GC-7", present: p, required: twoThirds }));
  if (p < QUORUM_MIN_PERSONS) reasons.push(Object.freeze({ code: "fewer-than-three", rule: "R-GC-7", present: p, required: QUORUM_MIN_PERSONS }));
  const quorum = commissionQuorum(m, p);
  return Object.freeze({
    quorum,
    members: m,
    present: p,
    required: m < QUORUM_MIN_PERSONS ? null : Math.max(QUORUM_MIN_PERSONS, twoThirds),
    reasons: Object.freeze(reasons),
    consequence: quorum
      ? null
      : "No quorum: before the meeting the HR service amends the commission's composition (para 24); absent members may not be substituted (para 25).",
  });
}
