// Invisible characters (issue 23, item 2): the characters a reviewer measured making text lookups
// answer a silent `false` — text copied from Word or a PDF carries them — and the checks every
// text-taking public function is put through. The policy they test is src/internal/text.ts:
// removed characters change nothing, ZERO WIDTH SPACE is a space, control characters and stray
// combining marks are a RuleInputError with code "invalid-character", never a different answer.
import { expect } from "vitest";
import { fc } from "@fast-check/vitest";
import { RuleInputError } from "../../src/index.js";

/** Every character the policy removes (point 2 of src/internal/text.ts). */
export const REMOVED_CHARACTERS: readonly string[] = [
  "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e",
  "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
];

/** The whitespace the policy keeps as whitespace (point 4), and ZERO WIDTH SPACE (point 3, a space). */
export const SPACE_CHARACTERS: readonly string[] = [
  "\u200b", " ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
  "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\u2028", "\u2029",
];

/** One invisible character put into a clean input, and what the policy says must come of it. */
export interface InvisibleCase {
  /** What was done, for the failure message. */
  readonly name: string;
  /** The input with the character in it. */
  readonly text: string;
  /** `"same"`: the same answer as the clean input; `"invalid-character"`: a RuleInputError with that code. */
  readonly expect: "same" | "invalid-character";
}

const hex = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
const insert = (s: string, i: number, ch: string): string => s.slice(0, i) + ch + s.slice(i);

/**
 * The reviewer's characters — U+200B, U+200D, U+0000, U+0301, U+202E, BOM U+FEFF, soft hyphen
 * U+00AD, NBSP U+00A0 — put into `clean` (a known-matching input, at least 3 characters long):
 * - the removed ones (U+200D, U+202E, U+FEFF, U+00AD) at the start, inside the first word, before
 *   and after the first space and at the end: the same answer;
 * - the spaces (U+200B, U+00A0) replacing the first space, next to it, at the start and at the end
 *   (word boundaries — a space inside a word would split it, as an ordinary space does): the same;
 * - NUL at the start, inside and at the end; U+0301 alone at the start, on a space, doubled on a
 *   letter (the second one composes with nothing) and on «б» (no precomposed form): an error.
 */
export function reviewerCases(clean: string): InvisibleCase[] {
  const sp = clean.indexOf(" ");
  const cases: InvisibleCase[] = [];
  const at = (ch: string, i: number, expect: InvisibleCase["expect"], how: string): void => {
    cases.push({ name: `${hex(ch)} ${how} (index ${i})`, text: insert(clean, i, ch), expect });
  };
  for (const ch of ["\u200d", "\u202e", "\ufeff", "\u00ad"]) {
    at(ch, 0, "same", "at the start");
    at(ch, 2, "same", "inside the first word");
    at(ch, clean.length, "same", "at the end");
    if (sp >= 0) {
      at(ch, sp, "same", "before the first space");
      at(ch, sp + 1, "same", "after the first space");
    }
  }
  for (const ch of ["\u200b", "\u00a0"]) {
    at(ch, 0, "same", "at the start");
    at(ch, clean.length, "same", "at the end");
    if (sp >= 0) {
      at(ch, sp, "same", "before the first space");
      cases.push({ name: `${hex(ch)} replacing the first space`, text: clean.slice(0, sp) + ch + clean.slice(sp + 1), expect: "same" });
    }
  }
  at("\u0000", 0, "invalid-character", "at the start");
  at("\u0000", 2, "invalid-character", "inside");
  at("\u0000", clean.length, "invalid-character", "at the end");
  at("\u0301", 0, "invalid-character", "alone at the start");
  at("\u0301\u0301", 2, "invalid-character", "doubled after a letter");
  at("б\u0301", 2, "invalid-character", "on «б», which has no precomposed form with it");
  if (sp >= 0) at("\u0301", sp + 1, "invalid-character", "on a space");
  return cases;
}

/**
 * Checks one case against `f`: for `"same"` the answer equals `f(clean)`; for
 * `"invalid-character"` a RuleInputError whose first issue has that code, a `params.codePoint`,
 * the given rule and field, and the dirty text as its value.
 */
export function checkCase(f: (text: string) => unknown, clean: string, c: InvisibleCase, site: { rule: string; field: string }): void {
  const expected = f(clean);
  if (c.expect === "same") {
    expect(f(c.text), c.name).toEqual(expected);
    return;
  }
  let thrown: unknown;
  try {
    f(c.text);
  } catch (e) {
    thrown = e;
  }
  expect(thrown, c.name).toBeInstanceOf(RuleInputError);
  const issue = (thrown as RuleInputError).issues[0]!;
  expect(issue, c.name).toMatchObject({ rule: site.rule, field: site.field, value: c.text, code: "invalid-character" });
  expect(String(issue.params?.codePoint), c.name).toMatch(/^U\+[0-9A-F]{4,6}$/);
}

/** Runs every {@link reviewerCases} case of `clean` through {@link checkCase}. */
export function checkReviewerCases(f: (text: string) => unknown, clean: string, site: { rule: string; field: string }): void {
  const answer = f(clean);
  expect(answer).not.toBeInstanceOf(Error);
  for (const c of reviewerCases(clean)) checkCase(f, clean, c, site);
}

/** Inserts each `[position, character]` pair into `s` (positions taken modulo the length + 1). */
export function insertAll(s: string, insertions: readonly (readonly [number, string])[]): string {
  let out = s;
  for (const [i, ch] of insertions) out = insert(out, i % (out.length + 1), ch);
  return out;
}

/** Up to 6 removed characters, each at any position: the arbitrary of the "never changes the answer" properties. */
export const removedInsertions = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...REMOVED_CHARACTERS)), { minLength: 1, maxLength: 6 });
