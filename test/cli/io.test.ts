// src/cli/io.ts: reading files and standard input (readText: the size limit, checked before reading
// a regular file and while reading a pipe or a device), the CSV table reader (textTable: empty
// file, syntax errors naming the file, trimmed header names, the row limit) and the progress
// indicator (Progress).
import fs, { readFileSync, truncateSync, existsSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { describe, expect, it, vi } from "vitest";
import { InputError } from "../../src/cli/errors.js";
import { MAX_INPUT_BYTES, Progress, readText, textTable } from "../../src/cli/io.js";
import { expectInert, fixture, HOSTILE_ID, HOSTILE_ID_SHOWN, runCli, tempFiles, thrown } from "../support/cli.js";

const write = tempFiles();
const P = "kz-civil-service-rules: ";

/**
 * Runs `f` with standard input (file descriptor 0 only) replaced by a pipe that gives `bytes`, in
 * reads of at most 1,000 bytes, then its end: fstatSync(0) says "not a regular file" and
 * readSync(0, …) copies the bytes. Other descriptors are the real ones.
 */
function withStdin<T>(bytes: Uint8Array, f: () => T): T {
  const realStat = fs.fstatSync;
  const realRead = fs.readSync;
  let at = 0;
  const fakeStat = ((fd: number, o?: unknown) => (fd === 0 ? { isFile: () => false, size: 0 } : realStat(fd, o as fs.StatSyncOptions))) as typeof fs.fstatSync;
  const fakeRead = ((fd: number, buf: NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    if (fd !== 0) return (realRead as (...a: unknown[]) => number)(fd, buf, ...rest);
    const [offset, length] = rest as [number, number];
    const n = Math.min(length, 1000, bytes.length - at);
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).set(bytes.subarray(at, at + n), offset);
    at += n;
    return n;
  }) as typeof fs.readSync;
  fs.fstatSync = fakeStat;
  fs.readSync = fakeRead;
  syncBuiltinESMExports();
  try {
    return f();
  } finally {
    fs.fstatSync = realStat;
    fs.readSync = realRead;
    syncBuiltinESMExports();
  }
}

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
  it("CLI a missing file: 'cannot read <path>: <reason>', exit 1", async () => {
    const p = fixture("no-such-file.csv");
    const r = await runCli("score", p);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${P}invalid input: cannot read ${p}: ENOENT: no such file or directory, open '${p}'\n`);
  });
  it("R-GC-5 score - reads standard input (file descriptor 0) until its end, in pieces", async () => {
    const csv = new Uint8Array(readFileSync(fixture("competition.csv")));
    const r = await withStdin(csv, () => runCli("score", "-", "--json"));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { candidates: { id: string; I: string }[] };
    // N-02: О = 24.5/7 = 3.5, П = 9, И = 0.3·3.5 + 0.7·9 = 1.05 + 6.3 = 7.35
    expect(j.candidates.map((c) => c.id)).toEqual(["N-01", "N-02", "L-01"]);
    expect(j.candidates[1]!.I).toBe("7.35");
  });
  it("CLI an empty CSV file: no header row, exit 1", async () => {
    const p = write("empty.csv", "");
    expect(await runCli("score", p)).toEqual({ code: 1, out: "", err: `${P}invalid input: ${p}: empty file (a header row is expected)\n` });
  });
  it("CLI a CSV syntax error is an input error naming the file and the line, exit 1", async () => {
    const p = write("open-quote.csv", 'id,S,S1,S2,essay\n"A,80,20,20,4\n');
    expect(await runCli("score", p)).toEqual({ code: 1, out: "", err: `${P}invalid input: ${p}: line 2: unterminated quoted field\n` });
  });
  it("R-SEL-1 header names are trimmed (spaces around them); a small file writes nothing to stderr", async () => {
    const p = write("spaced.csv", " id , name , S , S1 , S2 , essay \nA,Ann,80,20,20,4\n");
    const r = await runCli("score", p, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const j = JSON.parse(r.out) as { candidates: Record<string, unknown>[] };
    // T = 0.02·80 = 1.6 (R-SEL-1); T = 0.1·20 + 0.1·20 = 4 (R-SEL-2); essay 4; total 9.6
    expect(j.candidates).toHaveLength(1);
    expect(j.candidates[0]).toMatchObject({ rank: 1, id: "A", name: "Ann", personalQualities: "1.6", information: "4", essayMean: "4", total: "9.6", interviewMean: null });
  });
});

describe("CLI io — input limits and hostile paths", () => {
  it("CLI the input limit is 256 MiB", async () => {
    expect(MAX_INPUT_BYTES).toBe(268_435_456);
  });
  it("CLI a regular file over the limit is refused at once (a sparse file: its size, not its bytes), naming both sizes, exit 1", async () => {
    const p = write("huge.csv", "");
    truncateSync(p, MAX_INPUT_BYTES + 1);
    expect(await runCli("score", p)).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: ${p}: a file of 268,435,457 bytes (256 MiB), more than the limit of an input, 268,435,456 bytes (256 MiB)\n`,
    });
  });
  it("CLI a file of exactly the limit is read (a smaller limit given to readText)", async () => {
    const p = write("ten.csv", "id\n1234567");
    expect(readText(p, 10)).toBe("id\n1234567");
    expect((thrown(() => readText(p, 9)) as Error).message).toBe(`${p}: a file of 10 bytes, more than the limit of an input, 9 bytes`);
  });
  it("CLI standard input over the limit: refused once the limit is passed, before its end", async () => {
    const bytes = new Uint8Array(5000).fill(0x61);
    expect(withStdin(bytes.subarray(0, 2500), () => readText("-", 2500))).toBe("a".repeat(2500));
    const e = withStdin(bytes, () => thrown(() => readText("-", 2500)));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe("-: more than 2,500 bytes (the limit of an input)");
  });
  it.skipIf(!existsSync("/dev/zero"))("CLI a device without an end (/dev/zero) is read up to the limit and refused, not read until the memory runs out", async () => {
    expect((thrown(() => readText("/dev/zero", 2 * 1024 * 1024)) as Error).message).toBe("/dev/zero: more than 2,097,152 bytes (2 MiB) (the limit of an input)");
  });
  it("CLI a directory cannot be read: an input error, exit 1", async () => {
    const r = await runCli("score", tmpdir());
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${P}invalid input: cannot read ${tmpdir()}: EISDIR: illegal operation on a directory, read\n`);
  });
  it("CLI a path holding the reviewer's escape sequences is escaped in the message, and so is the system's message quoting it", async () => {
    const r = await runCli("score", HOSTILE_ID);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${P}invalid input: cannot read ${HOSTILE_ID_SHOWN}: ENOENT: no such file or directory, open '${HOSTILE_ID_SHOWN}'\n`);
    expectInert(r);
  });
  it("CLI textTable: at most maxRows rows after the header, the error names the file and the first row too many", async () => {
    expect(textTable("h\n1\n2", "utf-8", "f.csv", { maxRows: 2 }, "en").rows).toHaveLength(2);
    expect((thrown(() => textTable("h\n1\n2\n3", "utf-8", "f.csv", { maxRows: 2 }, "en")) as Error).message).toBe("f.csv: line 4: more than 2 rows after the header (the limit of a CSV file)");
  });
});

describe("R-PYR-3 io — Progress on stderr", () => {
  it("R-PYR-3 more than 100,000 rows: a line every 50,000 rows, notes and a final line", async () => {
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
    // stderr is not a terminal under the tests: a line per report, no carriage return
    expect(err).toBe("reading: 50,000 / 200,000 rows\n" + "reading: 100,000 / 200,000 rows\n" + "running\n" + "reading: 200,000 / 200,000 rows, done\n");
  });
  it("R-PYR-3 on a terminal one line is rewritten (\\r), and the words are in the run's language", async () => {
    const tty = process.stderr.isTTY;
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    try {
      const err = stderrOf(() => {
        const p = new Progress(200_000, "чтение", undefined, "ru");
        p.tick(50_000);
        p.done();
      });
      expect(err).toBe("\rчтение: 50,000 / 200,000 строк" + "\rчтение: 200,000 / 200,000 строк, готово\n");
    } finally {
      Object.defineProperty(process.stderr, "isTTY", { value: tty, configurable: true });
    }
  });
  it("R-PYR-3 exactly 100,000 rows: no progress at all", async () => {
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
