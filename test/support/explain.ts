// Shared checks of the explanation tests (test/explain/): the shape every explanation has in the
// three languages, and the issue readOptions (src/explain/internal.ts) reports for a bad option.
import { expect } from "vitest";
import { EXPLAIN_LANGS, type Explanation } from "../../src/index.js";

/** Every language has a sentence (kk and ru differ from en, no placeholder left); the citation names the rule; details alike. */
export function allLanguages(e: Explanation) {
  for (const l of EXPLAIN_LANGS) expect(e.texts[l].length, l).toBeGreaterThan(10);
  expect(e.texts.kk).not.toBe(e.texts.en);
  expect(e.texts.ru).not.toBe(e.texts.en);
  expect(e.texts.kk).not.toMatch(/\{[A-Za-z]+\}/);
  expect(e.citation.text).toContain(e.citation.rule);
  for (const d of e.details ?? []) allLanguages(d);
}

/** The issue readOptions reports for an unknown `lang`, under the rule of the function called. */
export const badLang = (rule: string, value = "de") => ({
  field: "opts.lang",
  value,
  rule,
  message: "unknown language: expected one of kk, ru, en",
  code: "invalid-option",
  params: { allowed: "kk, ru, en" },
});

/** The issue readOptions reports for `decimals: 41` (a whole number 0–40 is expected), under the rule of the explanation. */
export const decimals41Issue = (rule: string) => ({
  field: "opts.decimals",
  value: 41,
  rule,
  message: "out of range: expected a whole number from 0 to 40",
  code: "out-of-range",
  params: { min: "0", max: "40" },
});

/** Keys of an explanation without formula, presumed or details (a detail). */
export const DETAIL_KEYS = ["rule", "code", "params", "citation", "lang", "text", "texts"];
