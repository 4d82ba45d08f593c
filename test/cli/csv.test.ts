import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../../src/cli/csv.js";

describe("CLI CSV parser (RFC 4180)", () => {
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
