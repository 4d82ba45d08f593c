// Kill tests from the mutation run of the CLI plumbing (src/cli/run.ts, args.ts, io.ts, errors.ts,
// csv.ts, table.ts, labels.ts, main.ts): exact stdout / stderr / exit codes of the dispatcher, the
// wording of the usage errors of bad option values, the CSV reader's errors and line numbers, the
// progress indicator, and the language of a rule error that reaches the dispatcher itself.
// Fixed texts (usage lines, error wording) are the source's string constants: that wording is the
// contract. Numbers are worked out by hand from the rules (comments).
import fs, { readFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { list } from "../../src/cli/args.js";
import { CsvSyntaxError, parseCsv } from "../../src/cli/csv.js";
import { atCell, InputError, UsageError } from "../../src/cli/errors.js";
import { Progress } from "../../src/cli/io.js";
import { retest } from "../../src/cli/retest.js";
import { run } from "../../src/cli/run.js";
import { score } from "../../src/cli/score.js";
import { table } from "../../src/cli/table.js";
import { fixture, runCli, tempFiles } from "../support/cli.js";

const write = tempFiles();
const P = "kz-civil-service-rules: ";
const FIRST_HELP_LINE = "Usage: kz-civil-service-rules <command> [options]\n";
const LAST_HELP_LINE = "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.\n";

/** Runs `f` with process.stderr.write captured; returns what was written. */
function stderrOf(f: () => void): string {
  let err = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    f();
  } finally {
    spy.mockRestore();
  }
  return err;
}

/** Runs `f`, expects it to throw, returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

/** The cells of one table line (columns are separated by two spaces or more). */
const cells = (line: string | undefined): string[] => (line ?? "").trim().split(/\s{2,}/);

describe("CLI dispatcher: help, unknown command, exit codes (run.ts)", () => {
  it("CLI no command: the usage text on stdout, ending with one newline, nothing on stderr, exit 2", () => {
    const r = runCli();
    expect(r.code).toBe(2);
    expect(r.err).toBe("");
    expect(r.out.startsWith(FIRST_HELP_LINE)).toBe(true);
    expect(r.out.endsWith("\n" + LAST_HELP_LINE)).toBe(true);
    expect(r.out.endsWith("\n\n")).toBe(false);
  });
  it.each(["--help", "-h", "help"])("CLI %s: the same usage text on stdout, exit 0", (h) => {
    const r = runCli(h);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toBe(runCli().out);
  });
  it("CLI an unknown command: stderr names it and repeats the usage text, nothing on stdout, exit 2", () => {
    const help = runCli("--help").out;
    const r = runCli("bogus");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${P}unknown command "bogus"\n\n${help}`);
  });
  it("R-CAL-1 a command's result is written to stdout with one final newline, exit 0", () => {
    // 5 working days after Fri 2026-03-20: 21–23.03 Nauryz (Sat–Mon), carried to Tue 24 and Wed 25;
    // Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 01.04 (5)
    expect(runCli("workdays", "--after", "2026-03-20", "--days", "5")).toEqual({ code: 0, out: "2026-04-01\n", err: "" });
  });
  it("CLI an exception that is none of the CLI's errors (a broken stdout) is an internal error with its stack, exit 3", () => {
    let err = "";
    const broken = {
      write(): never {
        throw new Error("stdout closed");
      },
    };
    const code = run(["--help"], { out: broken, err: { write: (t: string) => (err += t) } });
    expect(code).toBe(3);
    // the stack, not only the message: "Error: stdout closed\n    at …"
    expect(err.startsWith(`${P}internal error: Error: stdout closed\n    at `)).toBe(true);
    expect(err.endsWith("\n")).toBe(true);
  });
  it("CLI a thrown non-Error value is an internal error too, shown with String(value), exit 3", () => {
    let err = "";
    const code = run(["--help"], {
      out: {
        write(): never {
          throw "boom";
        },
      },
      err: { write: (t: string) => (err += t) },
    });
    expect(code).toBe(3);
    expect(err).toBe(`${P}internal error: boom\n`);
  });
});

describe("CLI option values: --lang, one-of options, whole numbers (args.ts)", () => {
  it("R-EL-1 --lang de is a usage error naming the three languages, exit 2", () => {
    expect(runCli("retest", "2026-12-30", "--lang", "de")).toEqual({ code: 2, out: "", err: `${P}--lang: expected one of kk, ru, en, got "de"\n` });
  });
  it("R-EL-2 --regime outside its two values is a usage error listing them, exit 2", () => {
    expect(runCli("retest", "2026-12-30", "--regime", "corps-c")).toEqual({
      code: 2,
      out: "",
      err: `${P}--regime: expected one of corps-b, law-enforcement, got "corps-c"\n`,
    });
  });
  it("CLI --decimals 1e1 is not a whole number written in digits: usage error, exit 2", () => {
    // only /^\d+$/ is a whole number; Number("1e1") would be 10
    expect(runCli("score", fixture("competition.csv"), "--decimals", "1e1")).toEqual({
      code: 2,
      out: "",
      err: `${P}--decimals: expected a whole number ≥ 0, got "1e1"\n`,
    });
  });
  it("CLI --questions-per-block 0 is below its minimum 1: usage error, exit 2", () => {
    expect(runCli("score", fixture("is-selection.csv"), "--questions-per-block", "0")).toEqual({
      code: 2,
      out: "",
      err: `${P}--questions-per-block: expected a whole number ≥ 1, got "0"\n`,
    });
  });
  it("R-GC-5 --decimals 0 (the minimum itself) is accepted: whole numbers, rounded half-up", () => {
    const r = runCli("score", fixture("competition.csv"), "--decimals", "0");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    // N-01: О = 28.5/7 = 4.0714… → 4, П = 4 + 5 = 9, И = 0.3·4.0714… + 0.7·9 = 7.5214… → 8
    expect(cells(lines.find((l) => l.includes("N-01")))).toEqual(["1", "N-01", "Аружан Д.", "4", "9", "8"]);
    // N-02: О = 24.5/7 = 3.5 → 4 (half-up), П = 5 + 4 = 9, И = 1.05 + 6.3 = 7.35 → 7
    expect(cells(lines.find((l) => l.includes("N-02")))).toEqual(["2", "N-02", "Бекзат Ш.", "4", "9", "7"]);
  });
  it("CLI list(): a single value (not an array) becomes a one-element list; undefined an empty one", () => {
    // unreachable through the commands (their repeatable options always give arrays)
    expect(list("2026-09-14")).toEqual(["2026-09-14"]);
    expect(list(undefined)).toEqual([]);
    expect(list(["a", "b"])).toEqual(["a", "b"]);
  });
});

describe("CLI errors: names, the cell wrapper, the field of a rule error (errors.ts)", () => {
  it("R-EL-1 a rule error of a whole-command input names the rule's own field, without a line", () => {
    // atCell(undefined, "", …): "" = the field the rule names (testDate); no CSV line
    expect(runCli("retest", "2026-02-30", "--lang", "ru")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: field testDate: R-EL-1: testDate = "2026-02-30": недопустимая дата: ожидается формат "YYYY-MM-DD"\n`,
    });
  });
  it("CLI the errors thrown by the commands are UsageError and InputError by name", () => {
    const u = thrown(() => retest(["2026-12-30", "--lang", "de"]));
    expect(u).toBeInstanceOf(UsageError);
    expect((u as Error).name).toBe("UsageError");
    const i = thrown(() => score([fixture("no-such-file.csv")]));
    expect(i).toBeInstanceOf(InputError);
    expect((i as Error).name).toBe("InputError");
  });
  it("CLI atCell re-throws an error that is not a RuleInputError unchanged", () => {
    const boom = new TypeError("boom");
    expect(
      thrown(() =>
        atCell(3, "S", "en", () => {
          throw boom;
        }),
      ),
    ).toBe(boom);
  });
  it("R-SEL-1 atCell turns a RuleInputError into an InputError naming the line and the given field", () => {
    const e = thrown(() =>
      atCell(4, "S", "en", () => {
        throw new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "out of range" }]);
      }),
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('line 4, field S: R-SEL-1: S = 120: out of range');
  });
});

describe("CLI a rule error raised outside a cell reaches the dispatcher: its language is --lang's (run.ts)", () => {
  // Two rows with the same id: the admission to the interview (R-SEL-5) rejects candidates[1].id.
  const dup = () => write("dup.csv", "id,S,S1,S2,essay\nA,80,20,20,4\nA,70,20,20,4\n");
  const msg = 'candidate "A": duplicate id (also at candidates[0])';
  it("R-SEL-5 no --lang: English, exit 1", () => {
    expect(runCli("score", dup())).toEqual({ code: 1, out: "", err: `${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n` });
  });
  it("R-SEL-5 --lang ru (two arguments): Russian", () => {
    expect(runCli("score", dup(), "--lang", "ru")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    });
  });
  it("R-SEL-5 --lang=kk (one argument): Kazakh", () => {
    expect(runCli("score", dup(), "--lang=kk")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: candidates[1].id мәні жарамсыз (R-SEL-5): ${msg}\n`,
    });
  });
  it("R-SEL-5 --lang given twice: the last one, as for the command's own output (--lang kk --lang en → English; --lang=en --lang ru → Russian)", () => {
    expect(runCli("score", dup(), "--lang", "kk", "--lang", "en").err).toBe(`${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n`);
    expect(runCli("score", dup(), "--lang=en", "--lang", "ru").err).toBe(
      `${P}invalid input: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    );
  });
  it("R-SEL-5 --lang=ru followed by other options: still Russian (only --lang and --lang= are read)", () => {
    expect(runCli("score", dup(), "--lang=ru", "--json", "--decimals", "2").err).toBe(
      `${P}invalid input: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    );
  });
  it("R-SEL-5 a first --lang that is no language (a later one wins for the command): English, no crash", () => {
    expect(runCli("score", dup(), "--lang", "xx", "--lang", "en")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n`,
    });
  });
});

describe("CLI reading files (io.ts)", () => {
  it("CLI a missing file: 'cannot read <path>: <reason>', exit 1", () => {
    const p = fixture("no-such-file.csv");
    const r = runCli("score", p);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${P}invalid input: cannot read ${p}: ENOENT: no such file or directory, open '${p}'\n`);
  });
  it("R-GC-5 score - reads standard input (file descriptor 0)", () => {
    const csv = readFileSync(fixture("competition.csv"), "utf8");
    const real = fs.readFileSync;
    // standard input of this process is replaced by the fixture's text (fd 0 only)
    const fake = ((p: fs.PathOrFileDescriptor, o?: unknown) => (p === 0 ? csv : real(p, o as BufferEncoding))) as typeof fs.readFileSync;
    fs.readFileSync = fake;
    syncBuiltinESMExports();
    let r;
    try {
      r = runCli("score", "-", "--json");
    } finally {
      fs.readFileSync = real;
      syncBuiltinESMExports();
    }
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { candidates: { id: string; I: string }[] };
    // N-02: О = 24.5/7 = 3.5, П = 9, И = 0.3·3.5 + 0.7·9 = 1.05 + 6.3 = 7.35
    expect(j.candidates.map((c) => c.id)).toEqual(["N-01", "N-02", "L-01"]);
    expect(j.candidates[1]!.I).toBe("7.35");
  });
  it("CLI an empty CSV file: no header row, exit 1", () => {
    const p = write("empty.csv", "");
    expect(runCli("score", p)).toEqual({ code: 1, out: "", err: `${P}invalid input: ${p}: empty file (a header row is expected)\n` });
  });
  it("CLI a CSV syntax error is an input error naming the file and the line, exit 1", () => {
    const p = write("open-quote.csv", 'id,S,S1,S2,essay\n"A,80,20,20,4\n');
    expect(runCli("score", p)).toEqual({ code: 1, out: "", err: `${P}invalid input: ${p}: line 2: unterminated quoted field\n` });
  });
  it("R-SEL-1 header names are trimmed (spaces around them); a small file writes nothing to stderr", () => {
    const p = write("spaced.csv", " id , name , S , S1 , S2 , essay \nA,Ann,80,20,20,4\n");
    const r = runCli("score", p, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const j = JSON.parse(r.out) as { candidates: Record<string, unknown>[] };
    // T = 0.02·80 = 1.6 (R-SEL-1); T = 0.1·20 + 0.1·20 = 4 (R-SEL-2); essay 4; total 9.6
    expect(j.candidates).toHaveLength(1);
    expect(j.candidates[0]).toMatchObject({ rank: 1, id: "A", name: "Ann", personalQualities: "1.6", information: "4", essayMean: "4", total: "9.6", interviewMean: null });
  });
});

describe("CLI progress indicator on stderr (io.ts Progress)", () => {
  it("R-PYR-3 more than 100,000 rows: a line every 50,000 rows, notes and a final line", () => {
    const err = stderrOf(() => {
      const p = new Progress(200_000, "reading");
      p.tick(0); // 0 since the last line: nothing
      p.tick(49_999); // nothing
      p.tick(50_000); // 50,000 since the start: a line
      p.tick(99_999); // 49,999 since 50,000: nothing
      p.tick(100_000); // a line
      p.note("running");
      p.done();
    });
    expect(err).toBe("\rreading: 50,000 / 200,000 rows" + "\rreading: 100,000 / 200,000 rows" + "\rrunning\n" + "\rreading: 200,000 / 200,000 rows, done\n");
  });
  it("R-PYR-3 exactly 100,000 rows: no progress at all", () => {
    const err = stderrOf(() => {
      const p = new Progress(100_000, "reading");
      p.tick(50_000);
      p.tick(100_000);
      p.note("running");
      p.done();
    });
    expect(err).toBe("");
  });
});

describe("CLI CSV parser: line numbers, blank lines, errors (csv.ts)", () => {
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

describe("CLI tables and headings (table.ts, labels.ts)", () => {
  it("CLI a row shorter than the head has empty cells; trailing padding is trimmed, leading kept", () => {
    // widths: id = max(2, 1, 2) = 2; name = max(4, 2, 0) = 4; "1" right-aligned → " 1"
    expect(table(["id", "name"], [["1", "Ab"], ["22"]], ["r", "l"])).toBe("id  name\n--  ----\n 1  Ab\n22");
  });
  it("R-CAL-1 workdays --year: the column headings in the language asked", () => {
    expect(cells(runCli("workdays", "--year", "2026").out.split("\n")[0])).toEqual(["date", "kind", "name"]);
    expect(cells(runCli("workdays", "--year", "2026", "--lang", "ru").out.split("\n")[0])).toEqual(["дата", "вид", "название"]);
  });
});

describe("CLI entry point (main.ts)", () => {
  it("R-CAL-1 main.ts runs the process's command line (without node and the script) on the process's streams", async () => {
    const argv = process.argv;
    const exitCode = process.exitCode;
    let out = "";
    let err = "";
    const so = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const se = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    let code: typeof process.exitCode;
    try {
      process.argv = [argv[0]!, "/usr/lib/node_modules/kz-civil-service-rules/dist/cli.js", "workdays", "--after", "2026-03-20", "--days", "5"];
      // a fresh instance of the module each time (the query), so that it runs again
      const spec = `../../src/cli/main.js?run=${Date.now()}-${Math.random()}`;
      await import(/* @vite-ignore */ spec);
      code = process.exitCode;
    } finally {
      so.mockRestore();
      se.mockRestore();
      process.argv = argv;
      process.exitCode = exitCode;
    }
    // as in the dispatcher test above: Wed 2026-04-01
    expect({ code, out, err }).toEqual({ code: 0, out: "2026-04-01\n", err: "" });
  });
});
