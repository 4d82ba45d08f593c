import { Decimal } from "decimal.js";
import { RuleInputError } from "../errors.js";
import { ruleSource } from "../sources/rule-source.js";
import type { RuleId } from "../sources/rule-ids.js";
import { EN_MESSAGES, type MessageCode } from "./messages/en.js";
import { KK_MESSAGES } from "./messages/kk.js";
import { RU_MESSAGES } from "./messages/ru.js";
import { EXPLAIN_LANGS, type ExplainLang, type ExplainOptions, type Explanation, type ExplanationCitation } from "./types.js";

/** The three catalogues. */
export const CATALOGUES: Readonly<Record<ExplainLang, Readonly<Record<MessageCode, string>>>> = { kk: KK_MESSAGES, ru: RU_MESSAGES, en: EN_MESSAGES };

export type Params = Record<string, string | number | boolean>;
/** Placeholders whose value is itself a message (a label), rendered in each language. */
export type Labels = Record<string, MessageCode>;

/**
 * Replaces `{name}` in `template` by `values[name]`.
 *
 * A placeholder without a value throws a plain `Error`: an **internal invariant**, never a caller's
 * error. Every public `explain…` function validates its input (and `explainReserveOutcome`
 * the funnel result, against the index sealed for it) before it renders, and gives each message
 * code the values its template names (the same placeholders in the three catalogues); so this
 * throw is unreachable from the public functions — test/explain/internal.test.ts and the tests of
 * each explanation render every code, in every language, from valid and from altered inputs.
 */
export function fill(template: string, values: Readonly<Record<string, string | number | boolean>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`explain: no value for placeholder {${name}}`);
    return String(v);
  });
}

/** The message `code` in `lang` with `params` and the labels filled in. */
export function message(lang: ExplainLang, code: MessageCode, params: Params = {}, labels: Labels = {}): string {
  const cat = CATALOGUES[lang];
  const values: Record<string, string | number | boolean> = { ...params };
  for (const [k, label] of Object.entries(labels)) values[k] = cat[label];
  return fill(cat[code], values);
}

/** Reads and checks the options (a bad option is a RuleInputError, like every other input). */
export function readOptions(opts: ExplainOptions | undefined, rule: string): { lang: ExplainLang; decimals: number } {
  if (opts !== undefined && (typeof opts !== "object" || opts === null)) {
    throw new RuleInputError([{ field: "opts", value: opts, rule, message: "wrong type: expected { lang?, decimals? }", code: "wrong-type" }]);
  }
  const lang = opts?.lang ?? "en";
  if (!(EXPLAIN_LANGS as readonly string[]).includes(lang)) {
    throw new RuleInputError([
      { field: "opts.lang", value: lang, rule, message: `unknown language: expected one of ${EXPLAIN_LANGS.join(", ")}`, code: "invalid-option", params: { allowed: EXPLAIN_LANGS.join(", ") } },
    ]);
  }
  const decimals = opts?.decimals ?? 4;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 40) {
    throw new RuleInputError([
      { field: "opts.decimals", value: decimals, rule, message: "out of range: expected a whole number from 0 to 40", code: "out-of-range", params: { min: "0", max: "40" } },
    ]);
  }
  return { lang, decimals };
}

/** A Decimal for display: rounded half-up to `decimals` places, trailing zeros dropped, never in exponent form. */
export function show(d: Decimal, decimals: number): string {
  // decimal.js's toFixed() prints a negative zero (also one rounded to zero) as "0"
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed();
}

/** The exact value as a plain decimal string. */
export function exact(d: Decimal): string {
  return d.toFixed();
}

/** The citation of a rule, from the registry. */
export function citation(rule: string): ExplanationCitation {
  const s = ruleSource(rule as RuleId); // every explanation's rule is a catalogue id (checked at run time too)
  const text = `${rule}: ${s.act}, ${s.locator}; ${s.seed}${s.lines ? ` lines ${s.lines}` : ""}`;
  return Object.freeze({ rule, act: s.act, locator: s.locator, seed: s.seed, ...(s.lines ? { lines: s.lines } : {}), text });
}

/** Builds one explanation: the message in every language, the citation, the formula. */
export function build(
  lang: ExplainLang,
  rule: string,
  code: MessageCode,
  params: Params,
  extra: { labels?: Labels; formula?: string; presumed?: boolean; details?: readonly Explanation[]; citeRule?: string } = {},
): Explanation {
  const texts = Object.freeze({
    kk: message("kk", code, params, extra.labels),
    ru: message("ru", code, params, extra.labels),
    en: message("en", code, params, extra.labels),
  });
  return Object.freeze({
    rule,
    code,
    params: Object.freeze({ ...params }),
    ...(extra.formula !== undefined ? { formula: extra.formula } : {}),
    citation: citation(extra.citeRule ?? rule),
    lang,
    text: texts[lang],
    texts,
    ...(extra.presumed !== undefined ? { presumed: extra.presumed } : {}),
    ...(extra.details !== undefined ? { details: Object.freeze([...extra.details]) } : {}),
  });
}
