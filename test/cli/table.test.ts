// src/cli/table.ts: the plain-text tables of every command (widths by code points, alignment,
// short rows, trimmed padding, 300,000 rows without a RangeError; R-PYR-3 national campaign sizes).
import { describe, expect, it } from "vitest";
import { table } from "../../src/cli/table.js";

describe("R-PYR-3 table — plain-text tables", () => {
  it("R-PYR-3 column widths by code points; right alignment; a dashed rule under the head", () => {
    // widths: "id"/"Ә-1" → 3 code points; "score"/"7.5" → 5
    expect(table(["id", "score"], [["Ә-1", "7.5"]], ["l", "r"])).toBe("id   score\n---  -----\nӘ-1    7.5");
  });
  it("R-PYR-3 a table of 300,000 rows (a national campaign) is laid out, not a RangeError", () => {
    // widths were taken with Math.max(...column), which overflows the call stack past ~150,000 rows
    const rows = Array.from({ length: 300_000 }, (_, i) => [`c${i}`, i]);
    const out = table(["id", "n"], rows);
    // the widest id is "c299999" (7), the widest n is "299999" (6)
    expect(out.split("\n")[1]).toBe("-------  ------");
    expect(out.split("\n")).toHaveLength(300_002);
  });
  it("CLI a row shorter than the head has empty cells; trailing padding is trimmed, leading kept", () => {
    // widths: id = max(2, 1, 2) = 2; name = max(4, 2, 0) = 4; "1" right-aligned → " 1"
    expect(table(["id", "name"], [["1", "Ab"], ["22"]], ["r", "l"])).toBe("id  name\n--  ----\n 1  Ab\n22");
  });
});
