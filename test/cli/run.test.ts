// src/cli/run.ts, the dispatcher: help and unknown commands, exit codes 0–3, what goes to stdout and
// stderr, and the language of a rule error that reaches the dispatcher (--lang, the last one wins).
// Fixed texts (usage lines, error wording) are the source's string constants: that wording is the contract.
// Every error goes through errorText (escaped, at most 100 lines of at most 1,000 characters).
import { describe, expect, it } from "vitest";
import { ERROR_MAX_LINE, ERROR_MAX_LINES, errorText, run } from "../../src/cli/run.js";
import { expectInert, HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL, runCli, tempFiles } from "../support/cli.js";

const write = tempFiles();
const P = "kz-civil-service-rules: ";
const FIRST_HELP_LINE = "Usage: kz-civil-service-rules <command> [options]\n";
const LAST_HELP_LINE = "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.\n";

describe("CLI run — help, unknown command, exit codes", () => {
  it("CLI no command: the usage text on stdout, ending with one newline, nothing on stderr, exit 2", async () => {
    const r = await runCli();
    expect(r.code).toBe(2);
    expect(r.err).toBe("");
    expect(r.out.startsWith(FIRST_HELP_LINE)).toBe(true);
    expect(r.out.endsWith("\n" + LAST_HELP_LINE)).toBe(true);
    expect(r.out.endsWith("\n\n")).toBe(false);
  });
  it.each(["--help", "-h", "help"])("CLI %s: the same usage text on stdout, exit 0", async (h) => {
    const r = await runCli(h);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toBe((await runCli()).out);
  });
  it("CLI an unknown command: stderr names it and repeats the usage text, nothing on stdout, exit 2", async () => {
    const help = (await runCli("--help")).out;
    const r = await runCli("bogus");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${P}unknown command "bogus"\n\n${help}`);
  });
  it("R-CAL-1 a command's result is written to stdout with one final newline, exit 0", async () => {
    // 5 working days after Fri 2026-03-20: 21–23.03 Nauryz (Sat–Mon), carried to Tue 24 and Wed 25;
    // Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 01.04 (5)
    expect(await runCli("workdays", "--after", "2026-03-20", "--days", "5")).toEqual({ code: 0, out: "2026-04-01\n", err: "" });
  });
  it("CLI an exception that is none of the CLI's errors (a broken stdout) is an internal error with its stack, exit 3", async () => {
    let err = "";
    const broken = {
      write(): never {
        throw new Error("stdout closed");
      },
    };
    const code = await run(["--help"], { out: broken, err: { write: (t: string) => (err += t) } });
    expect(code).toBe(3);
    // the stack, not only the message: "Error: stdout closed\n    at …"
    expect(err.startsWith(`${P}internal error: Error: stdout closed\n    at `)).toBe(true);
    expect(err.endsWith("\n")).toBe(true);
  });
  it("CLI a thrown non-Error value is an internal error too, shown with String(value), exit 3", async () => {
    let err = "";
    const code = await run(["--help"], {
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

describe("R-SEL-5 run — a rule error raised outside a cell reaches the dispatcher: its language is --lang's", () => {
  // Two JSON candidates with the same id: the admission to the interview (R-SEL-5) rejects
  // candidates[1].id (a CSV file's repeated id is refused with its lines before, score-read.ts).
  const one = { id: "A", S: 80, S1: 20, S2: 20, essay: [4] };
  const dup = () => write("dup.json", JSON.stringify({ candidates: [one, { ...one, S: 70 }] }));
  const msg = 'candidate "A": duplicate id (also at candidates[0])';
  it("R-SEL-5 no --lang: English, exit 1", async () => {
    expect(await runCli("score", dup())).toEqual({ code: 1, out: "", err: `${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n` });
  });
  it("R-SEL-5 --lang ru (two arguments): Russian", async () => {
    expect(await runCli("score", dup(), "--lang", "ru")).toEqual({
      code: 1,
      out: "",
      err: `${P}неверные входные данные: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    });
  });
  it("R-SEL-5 --lang=kk (one argument): Kazakh", async () => {
    expect(await runCli("score", dup(), "--lang=kk")).toEqual({
      code: 1,
      out: "",
      err: `${P}кіріс деректері қате: candidates[1].id мәні жарамсыз (R-SEL-5): ${msg}\n`,
    });
  });
  it("R-SEL-5 --lang given twice: the last one, as for the command's own output (--lang kk --lang en → English; --lang=en --lang ru → Russian)", async () => {
    expect((await runCli("score", dup(), "--lang", "kk", "--lang", "en")).err).toBe(`${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n`);
    expect((await runCli("score", dup(), "--lang=en", "--lang", "ru")).err).toBe(
      `${P}неверные входные данные: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    );
  });
  it("R-SEL-5 --lang=ru followed by other options: still Russian (only --lang and --lang= are read)", async () => {
    expect((await runCli("score", dup(), "--lang=ru", "--json", "--decimals", "2")).err).toBe(
      `${P}неверные входные данные: недопустимое значение поля candidates[1].id (R-SEL-5): ${msg}\n`,
    );
  });
  it("R-SEL-5 a first --lang that is no language (a later one wins for the command): English, no crash", async () => {
    expect(await runCli("score", dup(), "--lang", "xx", "--lang", "en")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: R-SEL-5: candidates[1].id = "A": ${msg}\n`,
    });
  });
});

describe("R-SEL-5 run — a CSV file's repeated id names both lines of the file (issue 21)", () => {
  it("R-SEL-5 IS selection CSV: the second line, the first line, in --lang", async () => {
    const f = write("dup.csv", "id,S,S1,S2,essay\nA,80,20,20,4\n\nA,70,20,20,4\n");
    expect((await runCli("score", f)).err).toBe(`${P}invalid input: line 4, field id: duplicate id "A" (also at line 2)\n`);
    expect((await runCli("score", f, "--lang", "ru")).err).toBe(`${P}неверные входные данные: строка 4, поле id: повторный id "A" (также в строке 2)\n`);
  });
});

describe("CLI run — errors bounded and inert whatever their source (issue 23, item 7)", () => {
  it("CLI an unknown command holding the reviewer's escape sequences: quoted and escaped, exit 2", async () => {
    const r = await runCli(HOSTILE_ID);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`${P}unknown command "${HOSTILE_ID_SHOWN}"\n\n${FIRST_HELP_LINE}`)).toBe(true);
    expectInert(r);
  });
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("CLI the command %j (a member of every object) is an unknown command, exit 2 — not an internal error", async (cmd) => {
    const r = await runCli(cmd);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.startsWith(`${P}unknown command "${cmd}"\n`)).toBe(true);
  });
  it("CLI errorText: each line escaped (line feeds separate the lines), a line over 1,000 characters cut with its length", async () => {
    expect(ERROR_MAX_LINE).toBe(1000);
    expect(errorText(`a${HOSTILE_ID}\r\nb`)).toBe(`a${HOSTILE_ID_SHOWN}\\r\nb`);
    expect(errorText("x".repeat(1000))).toBe("x".repeat(1000));
    expect(errorText("x".repeat(5000))).toBe(`${"x".repeat(1000)}… (5,000 characters)`);
  });
  it("CLI errorText: at most 100 lines, then how many more", async () => {
    expect(ERROR_MAX_LINES).toBe(100);
    const lines = Array.from({ length: 250 }, (_, i) => `line ${i + 1}`);
    expect(errorText(lines.slice(0, 100).join("\n"))).toBe(lines.slice(0, 100).join("\n"));
    expect(errorText(lines.join("\n"))).toBe([...lines.slice(0, 100), "… 150 more lines"].join("\n"));
  });
  it("R-PYR-3 a campaign with a bad sector on each of 500 rows: stderr bounded (at most 101 lines), exit 1", async () => {
    const rows = ["id,sector,text", ...Array.from({ length: 500 }, (_, i) => `c${i},${HOSTILE_ID},10`)];
    const r = await runCli("funnel", write("bad-sectors.csv", rows.join("\n")));
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW_CONTROL);
    expect(r.err.split("\n").length).toBeLessThanOrEqual(ERROR_MAX_LINES + 2);
    expect(r.err.length).toBeLessThan(100 * ERROR_MAX_LINE);
  });
});
