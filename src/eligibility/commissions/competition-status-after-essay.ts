import * as z from "zod";
import { fail, parse } from "../../internal/validate.js";

const RULE = "R-SEL-10";

const whole = (min: number, what: string) =>
  z.number({ error: `expected a whole number (${what})` }).int(`not whole: expected a whole number (${what})`).min(min, `expected at least ${min} (${what})`);

const schema = /* @__PURE__ */ (() => z.strictObject({
  admitted: whole(1, "candidates admitted to the essay stage"),
  tookPart: whole(0, "admitted candidates who took part in the essay stage"),
}))();

/** Input of {@link competitionStatusAfterEssay}. */
export interface EssayStageTurnout {
  /** Candidates admitted to the essay stage (at least one: para 117 speaks of them). */
  admitted: number;
  /** How many of them took part in the essay stage. */
  tookPart: number;
}

/**
 * Answer of {@link competitionStatusAfterEssay}.
 *
 * @category Eligibility
 */
export interface EssayStageOutcome {
  readonly rule: "R-SEL-10";
  /** True when none of the admitted took part: the system sets the competition's status to «Аяқталған». */
  readonly completed: boolean;
  /** `"Аяқталған"` ("completed") when `completed`; otherwise `null` — para 117 sets no status, the competition goes on. */
  readonly status: "Аяқталған" | null;
  /** The system sends the candidates a notice that the competition is completed (para 117, second part). */
  readonly notifyCandidates: boolean;
  readonly message: string;
}

/**
 * **R-SEL-10** — the competition's status after the essay stage (para 117 of the temporary IS
 * selection rules, new wording by ASA-184-2024; the temporary rules apply 01.01.2024–31.12.2025):
 * `tookPart = 0` ⇒ status «Аяқталған» (completed) and a notice to the candidates; otherwise the
 * paragraph says nothing and the competition continues.
 *
 * > «117. Эссе жазу кезеңіне жіберілген үміткерлердің ешқайсысы осы кезеңге қатыспаған жағдайда,
 * > конкурс мәртебесі жүйемен "Аяқталған" болып өзгереді.
 * > Конкурс аяқталғаны туралы хабарлама жүйемен үміткерлерге жолданады.» (ASA-184-2024 point 1,
 * > seed 000 lines 85–89)
 *
 * "If none of the candidates admitted to the essay stage took part in that stage, the system
 * changes the competition's status to 'Completed'. The system sends the candidates a notice that
 * the competition is completed."
 *
 * @rule R-SEL-10
 * @param i - see {@link EssayStageTurnout}.
 * @returns `{ completed, status, notifyCandidates, message }`.
 * @throws A {@link RuleInputError} for non-whole or negative counts, no admitted candidate, or more
 *   participants than admitted candidates.
 *
 * @example
 * ```ts
 * competitionStatusAfterEssay({ admitted: 4, tookPart: 0 }).status // "Аяқталған"
 * competitionStatusAfterEssay({ admitted: 4, tookPart: 1 }).status // null
 * ```
 * @category Eligibility
 */
export function competitionStatusAfterEssay(i: EssayStageTurnout): EssayStageOutcome {
  const o = parse(schema, i, RULE);
  if (o.tookPart > o.admitted) fail(RULE, "tookPart", o.tookPart, `more than the candidates admitted (${o.admitted})`);
  const completed = o.tookPart === 0;
  return Object.freeze({
    rule: RULE,
    completed,
    status: completed ? "Аяқталған" : null,
    notifyCandidates: completed,
    message: completed
      ? `none of the ${o.admitted} admitted candidate(s) took part in the essay stage: the competition's status becomes «Аяқталған» (completed) and the candidates are notified (para 117)`
      : `${o.tookPart} of ${o.admitted} admitted candidate(s) took part in the essay stage: para 117 does not apply, the competition continues`,
  });
}
