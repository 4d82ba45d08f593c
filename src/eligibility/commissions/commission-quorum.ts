import * as z from "zod";
import { fail, num, parse } from "../../internal/validate.js";

const RULE = "R-GC-7";

/** Minimum number of persons of any quorum (para 24: «үштен кем емес адамды»). */
export const QUORUM_MIN_PERSONS = 3;

const schema = /* @__PURE__ */ (() => z.strictObject({
  members: num({ min: 1, whole: true, unit: "members" }),
  present: num({ min: 0, whole: true, unit: "members present" }),
}))();

/** Validates and returns (members, present) as JS integers (internal). */
export function parseQuorumInput(members: number, present: number, rule = RULE): { m: number; p: number } {
  const r = parse(schema, { members, present }, rule);
  const m = r.members.toNumber();
  const p = r.present.toNumber();
  if (!Number.isSafeInteger(m)) fail(rule, "members", members, "too large");
  if (p > m) fail(rule, "present", present, `more members present than the commission has (${m})`);
  return { m, p };
}

/**
 * **R-GC-7** — whether a competition commission has a quorum:
 * `3·present ≥ 2·members` **and** `present ≥ 3` (exact integer arithmetic, no fractions).
 *
 * > «Конкурстық комиссияның кворумы оның құрамының кемінде үштен екі бөлігін, бірақ үштен кем емес
 * > адамды құрайды.» «Конкурстық комиссияның жоқ мүшелерін алмастыруға жол берілмейді.»
 * > (general competition rules paras 24–25, new edition by ASA-52-2026; 001 lines 1328, 1330)
 *
 * "The quorum of the competition commission is at least two thirds of its members, but not fewer
 * than three persons." "Absent members of the competition commission may not be replaced." So
 * `present` counts members of the commission as composed — a stand-in for an absent member does not
 * count. Without a quorum (or when members are replaced), the HR service amends the commission's
 * composition before the meeting (para 24, line 1326): see {@link checkCommissionQuorum} for the
 * reasons and the number required.
 *
 * @rule R-GC-7
 * @param members - the number of members of the commission (whole, ≥ 1).
 * @param present - the number of those members present (whole, 0…members).
 * @returns `true` when there is a quorum.
 * @throws A {@link RuleInputError} when a count is not a whole number, negative, or `present > members`.
 *
 * @example
 * ```ts
 * commissionQuorum(9, 6) // true   (3·6 = 18 ≥ 18 = 2·9)
 * commissionQuorum(9, 5) // false  (15 < 18)
 * commissionQuorum(3, 2) // false  (fewer than three persons)
 * commissionQuorum(4, 3) // true   (9 ≥ 8, and 3 persons)
 * ```
 * @category Eligibility
 */
export function commissionQuorum(members: number, present: number): boolean {
  const { m, p } = parseQuorumInput(members, present);
  return 3 * p >= 2 * m && p >= QUORUM_MIN_PERSONS;
}
