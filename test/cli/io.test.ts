// src/cli/io.ts: reading files and standard input (readText), the CSV table reader (readCsvTable:
// empty file, syntax errors naming the file, trimmed header names) and the progress indicator (Progress).
import fs, { readFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { Progress } from "../../src/cli/io.js";
import { fixture, runCli, tempFiles } from "../support/cli.js";

const write = tempFiles();
const P = "kz-civil-service-rules: ";

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

describe("CLI io — readText and readCsvTable", () => {
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

describe("R-PYR-3 io — Progress on stderr", () => {
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
