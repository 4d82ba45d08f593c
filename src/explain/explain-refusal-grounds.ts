import { testingRefusal } from "../eligibility/time-rules/testing-refusal.js";
import type { TestingRefusalInput } from "../eligibility/time-rules/testing-refusal.js";
import type { MessageCode } from "./messages/en.js";
import { build, readOptions } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-EL-3** explained: the grounds on which the testing service is refused on the acceptance day,
 * each with the dates that cause it and the last day it applies, and the first day free of them.
 * Computed by {@link testingRefusal} (= {@link testingRefusalGrounds} with its summary).
 *
 * @rule R-EL-3
 * @param i - as {@link testingRefusalGrounds}.
 * @param opts - `lang`.
 * @returns the {@link Explanation}; `details` has one entry per ground that applies.
 * @throws A {@link RuleInputError} as {@link testingRefusalGrounds} (or for bad `opts`): lists of any
 *   length are read in linear time, the first 100 problems listed and the others counted
 *   (`omittedIssues`).
 * @example
 * ```ts
 * explainRefusalGrounds({ applicationDate: "2026-09-16", failedTests: ["2026-09-14"], personalDataConsent: true }).formula
 * // "ground 1: 2026-09-14 → until 2026-09-17 ≥ 2026-09-16 → applies; free from 2026-09-18"
 * ```
 * @category Explanations
 */
export function explainRefusalGrounds(i: TestingRefusalInput, opts?: ExplainOptions): Explanation {
  const { lang } = readOptions(opts, "R-EL-3");
  const r = testingRefusal(i);
  const parts: string[] = [];
  const details = r.grounds.map((g) => {
    const because = g.because.join(", ");
    parts.push(
      g.until === undefined
        ? `ground ${g.ground}: applies (no end date)`
        : `ground ${g.ground}: ${because} → until ${g.until} ≥ ${r.applicationDate} → applies`,
    );
    const p: Record<string, string | number> = { ground: g.ground, because: because || "—", until: g.until ?? "—", applicationDate: r.applicationDate };
    return build(lang, "R-EL-3", `R-EL-3.ground-${g.ground}` as MessageCode, p);
  });
  const formula = parts.length === 0 ? `no ground applies on ${r.applicationDate}` : `${parts.join("; ")}${r.freeFrom ? `; free from ${r.freeFrom}` : ""}`;
  const p = { applicationDate: r.applicationDate, refused: r.refused, count: r.grounds.length, freeFrom: r.freeFrom ?? "—", counting: r.counting, grounds: r.grounds.map((g) => g.ground).join(",") };
  const code: MessageCode = !r.refused ? "R-EL-3.none" : r.freeFrom === null ? "R-EL-3.refused-no-end" : "R-EL-3.refused";
  return build(lang, "R-EL-3", code, p, { formula, details });
}
