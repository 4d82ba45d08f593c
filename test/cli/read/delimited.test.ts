// src/cli/read/delimited.ts: delimited text by csv-parse (parseDelimited) — quotes, line breaks,
// line numbers of records and blank lines — its ReadError with the line and exact wording, and its
// limits (CSV_LIMITS: characters of a field and of a record, rows after the header). The vectors of
// the hand-written parser it replaced (src/cli/csv.ts), kept as they were.
import { describe, expect, it } from "vitest";
import { CSV_LIMITS, detectDelimiter, parseDelimited, type CsvLimits } from "../../../src/cli/read/delimited.js";
import { ReadError } from "../../../src/cli/read/read-error.js";
import { thrown } from "../../support/cli.js";

/** The comma reader, a byte-order mark dropped first (as read/decode.ts does). */
const parseCsv = (text: string, limits?: CsvLimits) => parseDelimited(text.replace(/^\uFEFF/, ""), ",", limits);
const CsvSyntaxError = ReadError;
type CsvSyntaxError = ReadError;

describe("CLI parseCsv — RFC 4180", () => {
  it("quotes, doubled quotes, commas and line breaks inside quotes, CRLF, BOM; line numbers", async () => {
    const r = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n\r\nlast,\n');
    expect(r.map((x) => x.fields)).toEqual([["a", "b"], ["x, y", 'say "hi"'], ["two\r\nlines", "z"], ["last", ""]]);
    expect(r.map((x) => x.line)).toEqual([1, 2, 3, 6]);
  });
  it("no final newline; lone CR", async () => {
    expect(parseCsv("a\rb,c").map((x) => x.fields)).toEqual([["a"], ["b", "c"]]);
  });
  it("errors name the line", async () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"x"y')).toThrow(/line 2/);
    expect(() => parseCsv('a\nx"y')).toThrow(/line 2/);
  });
});

describe("CLI parseCsv — line numbers, blank lines, errors", () => {
  it("CLI a lone CR inside a quoted field is a line break (it counts for the next record's line)", async () => {
    const r = parseCsv('a,b\n"x\ry",z\nlast,1');
    expect(r).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\ry", "z"] },
      { line: 4, fields: ["last", "1"] },
    ]);
  });
  it("CLI blank lines are skipped but counted: an LF after an LF is a line of its own", async () => {
    expect(parseCsv("a\n\nb\n")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 3, fields: ["b"] },
    ]);
  });
  it("CLI a closing quote may be followed by a comma, CR, LF or the end of the text", async () => {
    expect(parseCsv('"a","b"\r"c"\n"d"').map((x) => x.fields)).toEqual([["a", "b"], ["c"], ["d"]]);
  });
  it("CLI syntax errors: CsvSyntaxError by name, with the line and the exact wording", async () => {
    const open = thrown(() => parseCsv('a\n"open'));
    expect(open).toBeInstanceOf(CsvSyntaxError);
    expect((open as CsvSyntaxError).name).toBe("ReadError");
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
  it("CLI the defaults: 10,000 characters a field, 100,000 a record, 2,000,000 rows after the header", async () => {
    expect(CSV_LIMITS).toEqual({ fieldChars: 10_000, recordChars: 100_000, rows: 2_000_000 });
  });
  it("CLI a field of exactly fieldChars is read; one more, unquoted or quoted, is an error naming the line and column, never the text", async () => {
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
  it("CLI a quoted field spanning lines: the error names the line the field starts on", async () => {
    expect((thrown(() => parseCsv('a,b\n1,"x\ny\nzzzz"', small)) as Error).message).toBe("line 2: column 2: a field longer than 5 characters (the limit of a CSV field)");
  });
  it("CLI a record longer than recordChars (short fields, many commas) is an error naming its line", async () => {
    expect(parseCsv("a\n" + "1,".repeat(10), small)[1]!.fields).toHaveLength(11); // 20 characters: read
    const e = thrown(() => parseCsv("a\nb\n" + "1,".repeat(11), small));
    expect((e as Error).message).toBe("line 3: a record longer than 20 characters (the limit of a CSV row)");
  });
  it("CLI more rows after the header than the limit is an error naming the first row too many; blank lines do not count", async () => {
    expect(parseCsv("h\n1\n\n2\n\n\n", small)).toHaveLength(3);
    const e = thrown(() => parseCsv("h\n1\n2\n\n3\n", small));
    expect((e as CsvSyntaxError).line).toBe(5);
    expect((e as Error).message).toBe("line 5: more than 2 rows after the header (the limit of a CSV file)");
  });
  it("CLI a 10,000,001-character line is refused after the limit with the default limits", async () => {
    const e = thrown(() => parseCsv("x".repeat(10_000_001)));
    expect((e as Error).message).toBe("line 1: column 1: a field longer than 10,000 characters (the limit of a CSV field)");
  });
});

describe("CLI parseDelimited — separators and the rows spreadsheets write", () => {
  it("CLI the separator of the header line: the most frequent of , ; tab; a comma on a tie or when none", async () => {
    expect(detectDelimiter("id;name;S\r\n1;a,b;2")).toBe(";");
    expect(detectDelimiter("id\tname\tS\n")).toBe("\t");
    expect(detectDelimiter("\n\nid,name\n")).toBe(",");
    expect(detectDelimiter("id\n1")).toBe(",");
    expect(detectDelimiter("a;b,c")).toBe(",");
  });
  it("CLI rows of separators only (Excel's ;;;;) and empty rows are skipped, their lines counted", async () => {
    expect(parseDelimited("id;S\r\n1;2\r\n;;\r\n ; \r\n3;4\r\n;\r\n", ";")).toEqual([
      { line: 1, fields: ["id", "S"] },
      { line: 2, fields: ["1", "2"] },
      { line: 5, fields: ["3", "4"] },
    ]);
  });
  it("CLI a tab-separated row with a quoted multi-line name: the next row's line counts both lines", async () => {
    expect(parseDelimited('id\tname\n1\t"Айгерім\nН."\n2\tb\n', "\t").map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
