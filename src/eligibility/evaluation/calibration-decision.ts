import * as z from "zod";
import { fail, listOf, parse } from "../../internal/validate.js";

const RULE = "R-EV-2";

const schema = /* @__PURE__ */ (() => z.strictObject({
  votes: listOf(z.string({ error: "expected the grade this member voted for (text)" }).trim().min(1, "expected a grade (empty text)").max(200, "expected a grade of at most 200 characters"), {
    min: 1,
    tooFew: () => "expected at least one vote",
  }),
  members: z.number({ error: "expected a whole number (members of the calibration session)" }).int("not whole: expected a whole number (members of the calibration session)").min(1, "expected at least 1 (members of the calibration session)").optional(),
  majority: z.enum(["votes-cast", "members"]).optional(),
  onNoMajority: z.enum(["undecided", "error"]).optional(),
}))();

/** Input of {@link calibrationDecision}. */
export interface CalibrationVote {
  /** One entry per member who voted: the final grade they voted for (any label, e.g. "тиімді"). */
  votes: readonly string[];
  /** Members of the calibration session (needed for `majority: "members"`; at least the number of votes). */
  members?: number;
  /**
   * Reading of «мүшелерінің басым дауысымен» ("by the prevailing vote of the members"):
   * `"votes-cast"` (default) — more than half of the votes cast; `"members"` — more than half of
   * all the session's members (`members` required).
   */
  majority?: "votes-cast" | "members";
  /**
   * When no grade has the majority (a tie, or votes split so that none has more than half): the text
   * says nothing. `"undecided"` (default) — the answer says so and names the leading grades, never
   * picking one; `"error"` — a RuleInputError.
   */
  onNoMajority?: "undecided" | "error";
}

/**
 * Answer of {@link calibrationDecision}.
 *
 * @category Eligibility
 */
export interface CalibrationDecision {
  readonly rule: "R-EV-2";
  /** Whether a grade has the majority. */
  readonly decided: boolean;
  /** The grade adopted, or `null` when undecided. */
  readonly grade: string | null;
  /** Votes for each grade, most first (ties in the order first voted). */
  readonly tally: readonly { readonly grade: string; readonly votes: number }[];
  /** Votes a grade needs: ⌊base / 2⌋ + 1, base = votes cast or members. */
  readonly required: number;
  /** The grades with the most votes (several on a tie). */
  readonly leading: readonly string[];
  readonly message: string;
}

/**
 * **R-EV-2** — the calibration session's final grade of a corps "B" servant: the grade with the
 * majority of the session members' votes, `votes(grade) ≥ ⌊base/2⌋ + 1` (more than half).
 *
 * > «Қорытынды баға калибрлеу сессиясы мүшелерінің басым дауысымен қабылданады және тиісті
 * > хаттамамен рәсімделеді.» (ASA-52-2026 List point 6: model methodology of evaluating corps "B"
 * > servants, point 23, fifth part; seed 001 line 1068; in force from 11.07.2026)
 *
 * "The final grade is adopted by the prevailing (majority) vote of the members of the calibration
 * session and recorded in a protocol." (The same part: the protocol is placed in the digital system
 * within three working days of signing — R-EL-8 `calibration-protocol-placed`.)
 *
 * The text does not say whether the majority is of the votes cast or of all members (`majority`,
 * default `"votes-cast"`), and gives **no rule for a tie** — no casting vote of a chair — so a tie
 * or a split with no majority is reported as undecided (or an error, `onNoMajority: "error"`);
 * the library never picks a grade.
 *
 * @rule R-EV-2
 * @param i - see {@link CalibrationVote}.
 * @returns the decision, the tally and the votes required.
 * @throws A {@link RuleInputError} for an empty or bad vote, `majority: "members"` without `members`,
 *   more votes than members, or no majority with `onNoMajority: "error"`.
 *
 * @example
 * ```ts
 * calibrationDecision({ votes: ["тиімді", "тиімді", "қанағаттанарлық"] }).grade       // "тиімді" (2 of 3)
 * calibrationDecision({ votes: ["тиімді", "қанағаттанарлық"] }).decided               // false (1–1 tie)
 * calibrationDecision({ votes: ["A", "A", "B"], members: 5, majority: "members" }).decided // false (2 < 3)
 * ```
 * @category Eligibility
 */
export function calibrationDecision(i: CalibrationVote): CalibrationDecision {
  const o = parse(schema, i, RULE);
  const majority = o.majority ?? "votes-cast";
  if (o.members !== undefined && o.votes.length > o.members) fail(RULE, "members", o.members, `fewer members than votes cast (${o.votes.length})`);
  if (majority === "members" && o.members === undefined) fail(RULE, "members", undefined, "missing: majority \"members\" counts the session's members");
  const counts = new Map<string, number>();
  for (const v of o.votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const tally = [...counts.entries()].map(([grade, votes]) => ({ grade, votes })).sort((a, b) => b.votes - a.votes);
  const base = majority === "members" ? o.members! : o.votes.length;
  const required = Math.floor(base / 2) + 1;
  const top = tally[0]!.votes;
  const leading = tally.filter((t) => t.votes === top).map((t) => t.grade);
  const decided = top >= required;
  const grade = decided ? tally[0]!.grade : null;
  const of = majority === "members" ? `${base} members` : `${base} votes cast`;
  if (!decided && (o.onNoMajority ?? "undecided") === "error") {
    fail(RULE, "votes", o.votes.length, `no grade has the majority (${top} of ${of}, ${required} required; leading: ${leading.join(", ")}); point 23 gives no tie-break`);
  }
  return Object.freeze({
    rule: RULE,
    decided,
    grade,
    tally: Object.freeze(tally.map((t) => Object.freeze(t))),
    required,
    leading: Object.freeze(leading),
    message: decided
      ? `«${grade}» has ${top} of ${of} (more than half: ${required} required): adopted by the majority vote (point 23)`
      : `no grade has the majority: the most votes, ${top}, for ${leading.map((g) => `«${g}»`).join(", ")}, of ${of} (${required} required); point 23 gives no tie-break — the session has not adopted a grade`,
  });
}
