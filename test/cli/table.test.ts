// src/cli/table.ts: the plain-text tables of every command (widths by code points, alignment,
// short rows, trimmed padding, 300,000 rows without a RangeError; R-PYR-3 national campaign sizes;
// cells escaped and cut, so a line break or an escape sequence in a name keeps one line per row).
import { describe, expect, it } from "vitest";
import { table } from "../../src/cli/table.js";
import { HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL } from "../support/cli.js";

describe("R-PYR-3 table — plain-text tables", () => {
  it("R-PYR-3 column widths by code points; right alignment; a dashed rule under the head", async () => {
    // widths: "id"/"Ә-1" → 3 code points; "score"/"7.5" → 5
    expect(table(["id", "score"], [["Ә-1", "7.5"]], ["l", "r"])).toBe("id   score\n---  -----\nӘ-1    7.5");
  });
  it("R-PYR-3 a table of 300,000 rows (a national campaign) is laid out, not a RangeError", async () => {
    // widths were taken with Math.max(...column), which overflows the call stack past ~150,000 rows
    const rows = Array.from({ length: 300_000 }, (_, i) => [`c${i}`, i]);
    const out = table(["id", "n"], rows);
    // the widest id is "c299999" (7), the widest n is "299999" (6)
    expect(out.split("\n")[1]).toBe("-------  ------");
    expect(out.split("\n")).toHaveLength(300_002);
  });
  it("CLI a row shorter than the head has empty cells; trailing padding is trimmed, leading kept", async () => {
    // widths: id = max(2, 1, 2) = 2; name = max(4, 2, 0) = 4; "1" right-aligned → " 1"
    expect(table(["id", "name"], [["1", "Ab"], ["22"]], ["r", "l"])).toBe("id  name\n--  ----\n 1  Ab\n22");
  });
});

describe("CLI table — cells from the input", () => {
  it("CLI a line break in a cell is shown as \\n: the table keeps one line per row, widths count the escape", async () => {
    const out = table(["id", "name"], [["A", "Айгерім\nН."], ["B", "Bob"]]);
    // "Айгерім\nН." is 11 code points as shown
    expect(out).toBe("id  name\n--  -----------\nA   Айгерім\\nН.\nB   Bob");
    expect(out.split("\n")).toHaveLength(4);
  });
  it("CLI the reviewer's id in a cell: escaped, no raw control in the table", async () => {
    const out = table(["id"], [[HOSTILE_ID]]);
    expect(out.split("\n")[2]).toBe(HOSTILE_ID_SHOWN);
    expect(out).not.toMatch(RAW_CONTROL);
  });
  it("CLI a cell longer than 80 characters is cut with its length: one long name does not widen every row", async () => {
    const out = table(["name", "n"], [["x".repeat(10_000), 1], ["y", 2]]);
    const cut = `${"x".repeat(80)}… (10,000 characters)`;
    expect(out.split("\n")[2]).toBe(`${cut}  1`);
    expect(out.split("\n")[3]).toBe(`${"y".padEnd(cut.length)}  2`);
  });
});
