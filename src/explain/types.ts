import type { MessageCode } from "./messages/en.js";

/**
 * A language of the explanations: Kazakh, Russian or English.
 *
 * @category Explanations
 */
export type ExplainLang = "kk" | "ru" | "en";

/**
 * The three languages, in the order the texts are given.
 *
 * @category Explanations
 */
export const EXPLAIN_LANGS: readonly ExplainLang[] = /* @__PURE__ */ (() => Object.freeze(["kk", "ru", "en"] as const))();

/**
 * Options of every `explain…` function.
 *
 * @category Explanations
 */
export interface ExplainOptions {
  /** Language of `text` (default `"en"`); `texts` always carries all three. */
  readonly lang?: ExplainLang;
  /**
   * Decimal places shown in `formula` and `text` (rounded half-up, trailing zeros dropped;
   * default 4). Display only: the values are computed exactly and `params` holds them unrounded.
   */
  readonly decimals?: number;
}

/**
 * Where the rule comes from: {@link ruleSource} of the rule, with a one-line rendering.
 *
 * @category Explanations
 */
export interface ExplanationCitation {
  readonly rule: string;
  readonly act: string;
  readonly locator: string;
  readonly seed: string;
  readonly lines?: string;
  /** One line: `"R-GC-5: ASA-52-2026, <locator>; sources/001_….txt lines 2044-2080"`. */
  readonly text: string;
}

/**
 * One explained score or decision: the same shape for every rule.
 *
 * @category Explanations
 */
export interface Explanation {
  /** Rule id, e.g. `"R-GC-5"`. */
  readonly rule: string;
  /** Reason code: the key of the message in the catalogues (e.g. `"R-GC-5.presumed"`). */
  readonly code: MessageCode;
  /**
   * The values the message is built from: exact numbers as decimal strings (`exact…` keys when the
   * text shows them rounded), dates as `YYYY-MM-DD`, ids, counts.
   */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** The formula or condition with the actual numbers and dates substituted, e.g. `"И = 0.3·4.0714 + 0.7·9 = 7.5214"`. */
  readonly formula?: string;
  /** The source of the rule (from `RULE_CITATIONS` / `ruleSource`). */
  readonly citation: ExplanationCitation;
  /** The language of `text`. */
  readonly lang: ExplainLang;
  /** The sentence in `lang`. */
  readonly text: string;
  /** The sentence in each of the three languages. */
  readonly texts: Readonly<Record<ExplainLang, string>>;
  /** `true` when the rule applied is a presumption of the library, not a sentence of the order (R-GC-5 lower track). */
  readonly presumed?: boolean;
  /** The single reasons behind a decision (failed conditions, grounds), each explained in the same shape. */
  readonly details?: readonly Explanation[];
}
