// src/internal/text.ts: cleanText, the one cleaning of text inputs before any lookup (issue 23,
// item 2) — NFC first; invisible formatting characters removed; ZERO WIDTH SPACE a space; other
// whitespace kept; control characters, lone surrogates, left-over combining marks and other
// format characters rejected with code "invalid-character", the character and its position named.
// The rule ids are those of the lookups built on it (R-GC-6, R-TD-1, R-TH-4, R-PYR-2, R-SEL-8).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { cleanText, codePointLabel } from "../../src/internal/text.js";
import { RuleInputError, formatRuleInputError } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";
import { REMOVED_CHARACTERS, SPACE_CHARACTERS, insertAll, removedInsertions } from "../support/invisible-characters.js";

const SITE = { rule: "R-GC-6", field: "title" } as const;
const clean = (s: string): string => cleanText(s, SITE);
const TITLE = "басқарма басшысы";

/** The first issue of cleaning `s`, with the position its message names. */
function rejection(s: string): { codePoint: string; position: number; message: string } {
  const i = firstIssue(() => clean(s));
  expect(i).toMatchObject({ rule: SITE.rule, field: SITE.field, value: s, code: "invalid-character" });
  const m = /^invalid character (U\+[0-9A-F]{4,6}) at position (\d+) \((.+)\): remove it$/.exec(i.message);
  expect(m, i.message).not.toBeNull();
  expect(i.params).toEqual({ codePoint: m![1] });
  return { codePoint: m![1]!, position: Number(m![2]), message: i.message };
}

describe("R-GC-6 R-TD-1 R-TH-4 R-PYR-2 R-SEL-8 cleanText — the policy, character by character", () => {
  it("R-GC-6 clean text comes back as it is (NFC), whitespace and case untouched", () => {
    expect(clean(TITLE)).toBe(TITLE);
    expect(clean("  Басқарма\tбасшысы\n")).toBe("  Басқарма\tбасшысы\n");
    expect(clean("")).toBe("");
  });

  it("R-GC-6 NFC first: decomposed letters are composed («е» + U+0308 → «ё», «и» + U+0306 → «й»)", () => {
    expect(clean("е\u0308")).toBe("ё");
    expect(clean("и\u0306")).toBe("й");
    const decomposed = "Ёлка йод".normalize("NFD");
    expect(decomposed).toHaveLength(10);
    expect(clean(decomposed)).toBe("Ёлка йод");
  });

  it("R-GC-6 every removed character (ZWNJ, ZWJ, WORD JOINER, BOM, SOFT HYPHEN, U+180E, the bidi controls) disappears", () => {
    expect(REMOVED_CHARACTERS).toHaveLength(18);
    for (const ch of REMOVED_CHARACTERS) {
      expect(clean(`басқарма${ch} басшысы`), codePointLabel(ch.codePointAt(0)!)).toBe(TITLE);
      expect(clean(`басқ${ch}арма`)).toBe("басқарма"); // inside a word: joins, never splits
      expect(clean(ch)).toBe("");
    }
  });

  it("R-GC-6 ZERO WIDTH SPACE is a word boundary: it becomes a space (the reviewer's «басқарма\\u200bбасшысы»)", () => {
    expect(clean("басқарма\u200bбасшысы")).toBe(TITLE);
    expect(clean("\u200b\u200b")).toBe("  ");
  });

  it("R-GC-6 other whitespace stays whitespace (NBSP, U+2000–U+200A, U+202F, U+205F, U+3000, tab, newline …)", () => {
    for (const ch of SPACE_CHARACTERS.filter((c) => c !== "\u200b")) {
      // kept (U+2000 and U+2001 become U+2002 and U+2003: NFC, canonical equivalents)
      expect(clean(`а${ch}б`), codePointLabel(ch.codePointAt(0)!)).toBe(`а${ch}б`.normalize("NFC"));
      expect(/^\s$/u.test(ch)).toBe(true); // so every lookup's \s collapses it like a space
    }
  });

  it("R-GC-6 a removed joiner between two characters that compose leaves NFC text (the result is normalised again)", () => {
    // Hangul L + V jamo compose; a ZWJ between them blocks it until it is removed
    expect(clean("\u1100\u200d\u1161")).toBe("\uac00");
    expect(clean("\u1100\u200d\u1161").normalize("NFC")).toBe(clean("\u1100\u200d\u1161"));
  });

  it("R-GC-6 the reviewer's NUL: rejected, naming the character and its position", () => {
    const i = firstIssue(() => clean("басқарма\u0000басшысы"));
    expect(i).toEqual({
      field: "title",
      value: "басқарма\u0000басшысы",
      rule: "R-GC-6",
      message: "invalid character U+0000 at position 8 (a control character): remove it",
      code: "invalid-character",
      params: { codePoint: "U+0000" },
    });
    // the issue is translated like every coded issue (src/explain: kk, ru, en)
    const err = new RuleInputError([i]);
    for (const lang of ["en", "ru", "kk"] as const) expect(formatRuleInputError(err, { lang })).toContain("U+0000");
  });

  it("R-GC-6 every C0 control but the five whitespace ones, DEL and every C1 control is rejected", () => {
    const controls = [...Array.from({ length: 0x20 }, (_, i) => i).filter((cp) => cp < 0x09 || cp > 0x0d), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)];
    expect(controls).toHaveLength(27 + 1 + 32);
    for (const cp of controls) {
      const r = rejection(`ab${String.fromCodePoint(cp)}c`);
      expect(r).toMatchObject({ codePoint: codePointLabel(cp), position: 2 });
      expect(r.message).toContain("(a control character)");
    }
    expect(rejection("a\u0085b").codePoint).toBe("U+0085"); // NEXT LINE: a C1 control, not a space here
  });

  it("R-GC-6 a lone surrogate (high or low) is rejected; a pair is one character and kept", () => {
    expect(rejection("ab\ud800c")).toMatchObject({ codePoint: "U+D800", position: 2 });
    expect(rejection("\udc00")).toMatchObject({ codePoint: "U+DC00", position: 0 });
    expect(rejection("a\ud83d")).toMatchObject({ codePoint: "U+D83D", position: 1 });
    expect(rejection("ab\ud800c").message).toContain("lone surrogate");
    expect(clean("a\ud83d\ude00b")).toBe("a😀b");
  });

  it("R-GC-6 a combining mark left after NFC is rejected: alone, on a space, doubled, on a letter with no precomposed form", () => {
    expect(rejection("\u0301басқарма")).toMatchObject({ codePoint: "U+0301", position: 0 });
    expect(rejection("басқарма \u0301басшысы")).toMatchObject({ codePoint: "U+0301", position: 9 });
    expect(rejection("б\u0301")).toMatchObject({ codePoint: "U+0301", position: 1 });
    expect(rejection("а\u0301")).toMatchObject({ codePoint: "U+0301", position: 1 }); // Cyrillic а: no precomposed а́
    expect(rejection("a\u0301\u0301")).toMatchObject({ codePoint: "U+0301", position: 2 }); // Latin á, then a stray one
    expect(rejection("е\u200d\u0308")).toMatchObject({ codePoint: "U+0308", position: 2 }); // NFC first: the ZWJ blocks
    expect(rejection("б\u0301").message).toContain("(a combining mark that composes with no letter before it)");
    expect(rejection("x\u034f")).toMatchObject({ codePoint: "U+034F" }); // COMBINING GRAPHEME JOINER is a mark
  });

  it("R-GC-6 the position counts the text as given, even when NFC shortened what comes before it", () => {
    // «е» + U+0308 is one character after NFC, two as given
    expect(rejection("е\u0308басқарма\u0000")).toMatchObject({ codePoint: "U+0000", position: 10 });
    expect(rejection("е\u0308б\u0301")).toMatchObject({ codePoint: "U+0301", position: 3 });
    expect(rejection("е\u0308\u0000\u0000")).toMatchObject({ codePoint: "U+0000", position: 2 }); // the first of two
    expect(rejection("\u200d\u0000")).toMatchObject({ codePoint: "U+0000", position: 1 });
  });

  it("R-GC-6 any other invisible format character is rejected (invisible operators, tags, annotation characters)", () => {
    expect(rejection("a\u2061b")).toMatchObject({ codePoint: "U+2061", position: 1 });
    expect(rejection("a\u{e0041}b")).toMatchObject({ codePoint: "U+E0041", position: 1 });
    expect(rejection("a\ufff9b").message).toContain("(an invisible format character)");
  });

  it("R-GC-6 only the first offending character is reported", () => {
    expect(firstIssue(() => clean("a\u0001b\u0000")).message).toContain("U+0001 at position 1");
    expect(() => clean("a\u0001")).toThrow(RuleInputError);
  });

  it("R-GC-6 100,000 invisible characters are cleaned in one pass (linear; timed in bench/text-fold.bench.ts, not here)", () => {
    const n = 100_000;
    expect(clean("басқарма" + "\u200d".repeat(n) + " басшысы")).toBe(TITLE);
    expect(clean(REMOVED_CHARACTERS.join("").repeat(n / 10) + TITLE)).toBe(TITLE);
    expect(clean("\u200b".repeat(n))).toBe(" ".repeat(n));
    expect(rejection("е\u0308".repeat(n / 2) + "\u200d".repeat(n) + "\u0000")).toMatchObject({ position: 2 * n });
    expect(rejection("е\u0308".repeat(n / 2) + "б" + "\u0301".repeat(n))).toMatchObject({ position: n + 1 });
  });
});

describe("R-GC-6 cleanText — properties", () => {
  const unit = fc.constantFrom(
    "а", "б", "қ", "е", "и", "a", "A", " ", "-",
    ...REMOVED_CHARACTERS, ...SPACE_CHARACTERS,
    "\u0308", "\u0306", "\u0301", "\u1100", "\u1161", "\u0000", "\u0085", "\ud800",
  );

  test.prop([fc.string({ unit, maxLength: 30 })])("R-GC-6 property: cleaning is idempotent, and its result is NFC with nothing left to clean", (s) => {
    let once: string;
    try {
      once = clean(s);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      return;
    }
    expect(clean(once)).toBe(once);
    expect(once.normalize("NFC")).toBe(once);
    expect(/[\p{M}\p{Cf}\p{Cs}]/u.test(once)).toBe(false);
  });

  test.prop([fc.string({ unit: "binary", maxLength: 20 })], { numRuns: 1000 })(
    "R-GC-6 property: on any text, either a clean result or an invalid-character error whose position holds the character named",
    (s) => {
      let once: string;
      try {
        once = clean(s);
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
        const issue = (e as RuleInputError).issues[0]!;
        expect(issue.code).toBe("invalid-character");
        const m = /at position (\d+)/.exec(issue.message)!;
        const p = Number(m[1]);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(s.length);
        const named = String.fromCodePoint(parseInt(String(issue.params!.codePoint).slice(2), 16));
        // the character at the position is the one named — or, for a mark NFC itself makes out of a
        // precomposed character excluded from composition (U+0958 → क + U+093C), that character
        const at = String.fromCodePoint(s.codePointAt(p)!);
        expect(at === named || at.normalize("NFC").includes(named)).toBe(true);
        return;
      }
      expect(clean(once)).toBe(once);
    },
  );

  test.prop([fc.constantFrom(TITLE, "Ақмола облысы", "С-О-4", "Қазақстан Республикасының Қаржы министрлігі"), removedInsertions])(
    "R-GC-6 property: inserting removed characters anywhere into clean text gives the clean text back",
    (text, insertions) => {
      expect(clean(insertAll(text, insertions))).toBe(text);
    },
  );
});
