import { checkCommissionQuorum } from "../eligibility/commissions/check-commission-quorum.js";
import type { MessageCode } from "./messages/en.js";
import { build, readOptions } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-GC-7** explained: the quorum of a competition commission, with the condition in integers
 * (`3·present ≥ 2·members` and `present ≥ 3`) substituted. Computed by {@link checkCommissionQuorum}.
 *
 * @rule R-GC-7
 * @param members - members of the commission (whole ≥ 1).
 * @param present - members present (whole, 0…members).
 * @param opts - `lang`.
 * @returns the {@link Explanation}; `details` has one entry per failed condition.
 * @throws A {@link RuleInputError} as {@link checkCommissionQuorum}.
 * @example
 * ```ts
 * explainQuorum(9, 6).formula // "3·6 = 18 ≥ 2·9 = 18: yes; 6 ≥ 3: yes → quorum"
 * ```
 * @category Explanations
 */
export function explainQuorum(members: number, present: number, opts?: ExplainOptions): Explanation {
  const { lang } = readOptions(opts, "R-GC-7");
  const q = checkCommissionQuorum(members, present);
  const m = q.members;
  const n = q.present;
  const formula = `3·${n} = ${3 * n} ${3 * n >= 2 * m ? "≥" : "<"} 2·${m} = ${2 * m}: ${3 * n >= 2 * m ? "yes" : "no"}; ${n} ${n >= 3 ? "≥" : "<"} 3: ${n >= 3 ? "yes" : "no"} → ${q.quorum ? "quorum" : "no quorum"}`;
  const details = q.reasons.map((r) =>
    build(lang, "R-GC-7", `R-GC-7.${r.code}` as MessageCode, { present: r.present, members: m, required: r.required }),
  );
  const p = { members: m, present: n, required: q.required ?? "—", quorum: q.quorum };
  const code: MessageCode = q.required === null ? "R-GC-7.too-small" : q.quorum ? "R-GC-7.quorum" : "R-GC-7.no-quorum";
  return build(lang, "R-GC-7", code, p, { formula, details });
}
