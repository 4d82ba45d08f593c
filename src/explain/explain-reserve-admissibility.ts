import { reserveAdmissibility, type ReserveAdmissibilityInput } from "../eligibility/reserve/admissibility.js";
import { normalizeLanguageLevel } from "../eligibility/reserve/normalize-language-level.js";
import { EN_MESSAGES, type MessageCode } from "./messages/en.js";
import { build, readOptions } from "./internal.js";
import type { ExplainOptions, Explanation } from "./types.js";

/**
 * **R-PYR-1, R-PYR-2** explained: whether a candidate may take part in the 2025 selection to the
 * Presidential Youth Reserve, with one detail per failed condition (and, when the input leaves some
 * conditions out, the list of what was not checked). Computed by {@link reserveAdmissibility}.
 *
 * @rule R-PYR-1
 * @rule R-PYR-2
 * @param p - as {@link reserveAdmissibility}.
 * @param opts - `lang`.
 * @returns the {@link Explanation}; `details` has one entry per reason (its `rule` is R-PYR-1 or R-PYR-2).
 * @throws A {@link RuleInputError} as {@link reserveAdmissibility}.
 * @example
 * ```ts
 * explainReserveAdmissibility({ corpsA: true, languageLevel: "А2" }, { lang: "kk" }).details!.map((d) => d.code)
 * // ["R-PYR.reason.corps-a", "R-PYR.reason.language-level-below-b1"]
 * ```
 * @category Explanations
 */
export function explainReserveAdmissibility(p: ReserveAdmissibilityInput, opts?: ExplainOptions): Explanation {
  const { lang } = readOptions(opts, "R-PYR-1..2");
  const r = reserveAdmissibility(p);
  const level = p.languageLevel ?? p.languageCertificate?.level;
  const values: Record<string, string> = {
    level: level === undefined ? "—" : normalizeLanguageLevel(level),
    validUntil: p.languageCertificate?.validUntil ?? "—",
    asOf: p.asOf ?? "—",
    mbps: p.equipment?.internetMbps === undefined ? "—" : String(p.equipment.internetMbps),
  };
  const details = r.reasons.map((x) => {
    const code = `R-PYR.reason.${x.code}` as MessageCode;
    if (!(code in EN_MESSAGES)) throw new Error(`explain: no message for reason ${x.code}`);
    const needed = Object.fromEntries(Object.entries(values).filter(([k]) => EN_MESSAGES[code].includes(`{${k}}`)));
    return build(lang, x.rule, code, { reason: x.code, ...needed });
  });
  const rule = r.reasons.some((x) => x.rule === "R-PYR-1") || r.reasons.length === 0 ? "R-PYR-1" : "R-PYR-2";
  const formula = r.admissible
    ? `no condition of R-PYR-1, R-PYR-2 fails${r.unchecked.length ? ` (not checked: ${r.unchecked.join(", ")})` : ""}`
    : `fails: ${r.reasons.map((x) => `${x.code} (${x.rule})`).join(", ")}`;
  const params = { admissible: r.admissible, count: r.reasons.length, unchecked: r.unchecked.join(", ") || "—", reasons: r.reasons.map((x) => x.code).join(", ") };
  const code: MessageCode = !r.admissible ? "R-PYR.not-admissible" : r.unchecked.length ? "R-PYR.admissible-unchecked" : "R-PYR.admissible";
  return build(lang, rule, code, params, { formula, details });
}
