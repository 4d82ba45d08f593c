// src/cli/csv.ts: the RFC 4180 CSV parser (parseCsv) — quotes, line breaks, BOM, line numbers of
// records and blank lines — and its CsvSyntaxError with the line and exact wording.
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../../src/cli/csv.js";
import { thrown } from "../support/cli.js";

describe("CLI parseCsv — RFC 4180", () => {
  it("quotes, doubled quotes, commas and line breaks inside quotes, CRLF, BOM; line numbers", () => {
    const r = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n\r\nlast,\n');
    expect(r.map((x) => x.fields)).toEqual([["a", "b"], ["x, y", 'say "hi"'], ["two\r\nlines", "z"], ["last", ""]]);
    expect(r.map((x) => x.line)).toEqual([1, 2, 3, 6]);
  });
  it("no final newline; lone CR", () => {
    expect(parseCsv("a\rb,c").map((x) => x.fields)).toEqual([["a"], ["b", "c"]]);
  });
  it("errors name the line", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"x"y')).toThrow(/line 2/);
    expect(() => parseCsv('a\nx"y')).toThrow(/line 2/);
  });
});

describe("CLI parseCsv — line numbers, blank lines, errors", () => {
  it("CLI a lone CR inside a quoted field is a line break (it counts for the next record's line)", () => {
    const r = parseCsv('a,b\n"x\ry",z\nlast,1');
    expect(r).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\ry", "z"] },
      { line: 4, fields: ["last", "1"] },
    ]);
  });
  it("CLI blank lines are skipped but counted: an LF after an LF is a line of its own", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 3, fields: ["b"] },
    ]);
  });
  it("CLI a closing quote may be followed by a comma, CR, LF or the end of the text", () => {
    expect(parseCsv('"a","b"\r"c"\n"d"').map((x) => x.fields)).toEqual([["a", "b"], ["c"], ["d"]]);
  });
  it("CLI syntax errors: CsvSyntaxError by name, with the line and the exact wording", () => {
    const open = thrown(() => parseCsv('a\n"open'));
    expect(open).toBeInstanceOf(CsvSyntaxError);
    expect((open as CsvSyntaxError).name).toBe("CsvSyntaxError");
    expect((open as CsvSyntaxError).line).toBe(2);
    expect((open as Error).message).toBe("line 2: unterminated quoted field");
    expect((thrown(() => parseCsv('a\n"x"y')) as Error).message).toBe("line 2: unexpected character after a closing quote");
    expect((thrown(() => parseCsv('a\nx"y')) as Error).message).toBe(
      "line 2: a quote inside an unquoted field (quote the whole field and double the quote)",
    );
  });
});
