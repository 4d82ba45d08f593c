// src/cli/csv.ts: the RFC 4180 CSV parser (parseCsv) — quotes, line breaks, BOM, line numbers of
// records and blank lines — its CsvSyntaxError with the line and exact wording, and its limits
// (CSV_LIMITS: characters of a field and of a record, rows after the header).
import { describe, expect, it } from "vitest";
import { CSV_LIMITS, CsvSyntaxError, parseCsv } from "../../src/cli/csv.js";
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

describe("CLI parseCsv — limits", () => {
  const small = { fieldChars: 5, recordChars: 20, rows: 2 };
  it("CLI the defaults: 10,000 characters a field, 100,000 a record, 2,000,000 rows after the header", () => {
    expect(CSV_LIMITS).toEqual({ fieldChars: 10_000, recordChars: 100_000, rows: 2_000_000 });
  });
  it("CLI a field of exactly fieldChars is read; one more, unquoted or quoted, is an error naming the line and column, never the text", () => {
    expect(parseCsv("a,b\nxxxxx,1", small)[1]!.fields).toEqual(["xxxxx", "1"]);
    expect(parseCsv('a,b\n"x,""y",1', small)[1]!.fields).toEqual(['x,"y', "1"]);
    const e = thrown(() => parseCsv("a,b\n1,xxxxxx", small));
    expect(e).toBeInstanceOf(CsvSyntaxError);
    expect((e as CsvSyntaxError).line).toBe(2);
    expect((e as Error).message).toBe("line 2: column 2: a field longer than 5 characters (the limit of a CSV field)");
    expect((thrown(() => parseCsv('a\n"xxxxxx"', small)) as Error).message).toBe("line 2: column 1: a field longer than 5 characters (the limit of a CSV field)");
    // doubled quotes count as one character each, and are counted
    expect((thrown(() => parseCsv('a\n""""""""""""""', small)) as Error).message).toMatch(/^line 2: column 1: a field longer than 5/);
  });
  it("CLI a quoted field spanning lines: the error names the line the field starts on", () => {
    expect((thrown(() => parseCsv('a,b\n1,"x\ny\nzzzz"', small)) as Error).message).toBe("line 2: column 2: a field longer than 5 characters (the limit of a CSV field)");
  });
  it("CLI a record longer than recordChars (short fields, many commas) is an error naming its line", () => {
    expect(parseCsv("a\n" + "1,".repeat(10), small)[1]!.fields).toHaveLength(11); // 20 characters: read
    const e = thrown(() => parseCsv("a\nb\n" + "1,".repeat(11), small));
    expect((e as Error).message).toBe("line 3: a record longer than 20 characters (the limit of a CSV row)");
  });
  it("CLI more rows after the header than the limit is an error naming the first row too many; blank lines do not count", () => {
    expect(parseCsv("h\n1\n\n2\n\n\n", small)).toHaveLength(3);
    const e = thrown(() => parseCsv("h\n1\n2\n\n3\n", small));
    expect((e as CsvSyntaxError).line).toBe(5);
    expect((e as Error).message).toBe("line 5: more than 2 rows after the header (the limit of a CSV file)");
  });
  it("CLI a 10,000,001-character line is refused after the limit with the default limits", () => {
    const e = thrown(() => parseCsv("x".repeat(10_000_001)));
    expect((e as Error).message).toBe("line 1: column 1: a field longer than 10,000 characters (the limit of a CSV field)");
  });
});
