// src/cli/safe-text.ts: what the tool escapes before printing (C0, DEL, C1, bidirectional controls,
// U+2028/U+2029, lone surrogates) and what it leaves alone, the cut of long values with their length,
// the quoting of values in messages, JSON values described without serialising them, and safeLines
// (the last net of every output), which keeps line feeds and never changes the value of JSON text.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cutText, MESSAGE_VALUE_MAX, quoted, safeLines, safeText, shown } from "../../src/cli/safe-text.js";
import { HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL } from "../support/cli.js";

/** `\uXXXX` of a code unit, four lower-case hex digits (written out here, not taken from the source). */
const u = (code: number): string => "\\u" + code.toString(16).padStart(4, "0");

/** Every code unit the tool escapes, by its list: C0, DEL, C1, ALM, LRM, RLM, LS, PS, LRE…RLO, LRI…PDI. */
const ESCAPED_CODES = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c,
  0x200e,
  0x200f,
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];

describe("CLI safeText — what is escaped", () => {
  it("CLI the reviewer's id: ESC and BEL become visible escapes, the rest is kept", async () => {
    expect(safeText(HOSTILE_ID)).toBe(HOSTILE_ID_SHOWN);
    expect(safeText(HOSTILE_ID)).not.toMatch(RAW_CONTROL);
  });
  it("CLI line feed, carriage return and tab: \\n, \\r, \\t (as JSON writes them)", async () => {
    expect(safeText("Айгерім\nН.")).toBe("Айгерім\\nН.");
    expect(safeText("a\r\nb\tc")).toBe("a\\r\\nb\\tc");
  });
  it("CLI every other code unit of the list is written as \\uXXXX (e.g. \\u001b, \\u0085, \\u202e), between letters", async () => {
    for (const code of ESCAPED_CODES.filter((c) => c !== 0x0a && c !== 0x0d && c !== 0x09)) {
      expect(safeText(`a${String.fromCharCode(code)}b`)).toBe(`a${u(code)}b`);
    }
  });
  it("CLI 79 code units are escaped in all (32 C0, DEL, 32 C1, 12 bidirectional controls, 2 separators); their neighbours are not", async () => {
    expect(ESCAPED_CODES).toHaveLength(32 + 1 + 32 + 12 + 2);
    // the code units on either side of each range are printed as they are
    for (const c of [0x20, 0x7e, 0xa0, 0x061b, 0x061d, 0x200d, 0x2010, 0x2027, 0x202f, 0x2065, 0x206a]) {
      expect(safeText(String.fromCharCode(c))).toBe(String.fromCharCode(c));
    }
  });
  it("CLI lone surrogates are escaped; a surrogate pair (an emoji) is kept", async () => {
    expect(safeText("a\ud800")).toBe("a\\ud800");
    expect(safeText("\ud800x")).toBe("\\ud800x");
    expect(safeText("\udc00x")).toBe("\\udc00x");
    expect(safeText("x\udfff")).toBe("x\\udfff");
    expect(safeText("\udc00\ud800")).toBe("\\udc00\\ud800");
    expect(safeText("a😀b")).toBe("a😀b");
  });
  it("CLI letters of every script, spaces, backslashes and invisible characters that move nothing are kept; nothing to escape → the same string", async () => {
    const s = "Әсем Ғ. Дамир\u00a0К. x\u200by soft\u00adhyphen C:\\data\\a.csv \\u001b 😀";
    expect(safeText(s)).toBe(s);
    expect(safeLines(s)).toBe(s);
  });
});

describe("CLI safeText and cutText — the cut of long values", () => {
  it("CLI past max: the first max code units, then '… (N characters)' with N the whole length", async () => {
    expect(safeText("x".repeat(100), 5)).toBe("xxxxx… (100 characters)");
    expect(cutText("x".repeat(100), 5)).toBe("xxxxx… (100 characters)");
    expect(safeText("x".repeat(10_000_000), MESSAGE_VALUE_MAX)).toBe(`${"x".repeat(80)}… (10,000,000 characters)`);
  });
  it("CLI a text of exactly max is kept whole; no max, no cut", async () => {
    expect(safeText("xxxxx", 5)).toBe("xxxxx");
    expect(cutText("xxxxx", 5)).toBe("xxxxx");
    expect(safeText("x".repeat(1000))).toBe("x".repeat(1000));
    expect(MESSAGE_VALUE_MAX).toBe(80);
  });
  it("CLI the kept part is escaped (its escapes may make it longer than max); the count is of the text as read", async () => {
    expect(safeText("\u001b".repeat(10), 3)).toBe("\\u001b\\u001b\\u001b… (10 characters)");
    // cutText does not escape: the value is quoted later by the library
    expect(cutText("\u001b".repeat(10), 3)).toBe("\u001b\u001b\u001b… (10 characters)");
  });
  it("CLI a surrogate pair is never cut in half: one code unit fewer is kept", async () => {
    // "a😀b" is 4 code units: a, the pair, b; a cut after 2 would split the pair
    expect(safeText("a😀b", 2)).toBe("a… (4 characters)");
    expect(safeText("a😀b", 3)).toBe("a😀… (4 characters)");
    expect(safeText("ab", 0)).toBe("… (2 characters)");
  });
});

describe("CLI quoted and shown — values in messages", () => {
  it("CLI quoted: JSON's quoting, then the escapes JSON leaves (bidi controls, DEL, C1, separators)", async () => {
    expect(quoted('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoted("a\\b")).toBe('"a\\\\b"');
    expect(quoted(HOSTILE_ID)).toBe(`"${HOSTILE_ID_SHOWN}"`);
    expect(quoted("\u202eexe.txt\u007f\u0085\u2028")).toBe('"\\u202eexe.txt\\u007f\\u0085\\u2028"');
  });
  it("CLI quoted: a long value is cut inside the quotes, its length after them", async () => {
    expect(quoted("x".repeat(81))).toBe(`"${"x".repeat(80)}…" (81 characters)`);
    expect(quoted("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
    expect(quoted("\u001b".repeat(5), 2)).toBe('"\\u001b\\u001b…" (5 characters)');
  });
  it("CLI shown: strings quoted, numbers, booleans and null as JSON writes them, arrays and objects by their kind", async () => {
    expect(shown("a\u001b")).toBe('"a\\u001b"');
    expect(shown(2.5)).toBe("2.5");
    expect(shown(false)).toBe("false");
    expect(shown(null)).toBe("null");
    expect(shown(undefined)).toBe("undefined");
    expect(shown([])).toBe("an array of 0 items");
    expect(shown([[]])).toBe("an array of 1 item");
    expect(shown(new Array(1234))).toBe("an array of 1,234 items");
    expect(shown({ a: 1 })).toBe("an object");
  });
  it("CLI shown: an array nested 100,000 deep is described, not serialised (JSON.stringify would overflow the stack)", async () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000)) as unknown;
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    expect(shown(deep)).toBe("an array of 1 item");
  });
});

describe("CLI safeLines — the last net of every output", () => {
  it("CLI line feeds are kept; every other character of the list is escaped", async () => {
    expect(safeLines(`a\nb\r\n${HOSTILE_ID}\t\u202e`)).toBe(`a\nb\\r\n${HOSTILE_ID_SHOWN}\\t\\u202e`);
  });
  it("CLI JSON output: U+2028, U+2029, bidi controls, DEL and C1 (left raw by JSON.stringify) become JSON escapes of the same characters", async () => {
    const v = { id: HOSTILE_ID, name: "a\u2028b\u2029c\u202ed\u2066e\u007ff\u0085g\u009bh" };
    const json = JSON.stringify(v, null, 2);
    expect(json).toMatch(/[\u2028\u2029\u202e\u2066\u007f\u0085\u009b]/); // JSON.stringify leaves them raw
    const safe = safeLines(json);
    expect(safe).not.toMatch(RAW_CONTROL);
    expect(safe).toContain('"name": "a\\u2028b\\u2029c\\u202ed\\u2066e\\u007ff\\u0085g\\u009bh"');
    expect(JSON.parse(safe)).toEqual(v);
  });
  fcTest.prop([fc.array(fc.string({ unit: "binary" })), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })])(
    "CLI for any strings (lone surrogates too), JSON text through safeLines parses to the same value and holds no raw control",
    (strings, units) => {
      const v = { strings, units };
      const safe = safeLines(JSON.stringify(v, null, 2));
      expect(safe).not.toMatch(RAW_CONTROL);
      expect(JSON.parse(safe)).toEqual(v);
    },
  );
});
