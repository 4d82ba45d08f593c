import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { ScoreGcCandidateJson, ScoreIsCandidateJson } from "../../src/cli/score-compute.js";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, vi } from "vitest";
import { run } from "../../src/cli/run.js";

/** What one in-process CLI run gave: exit code, standard output, standard error. */
export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs one CLI command line in this process (src/cli/run.ts), capturing stdout and stderr; the
 * progress indicator of large files writes to process.stderr itself, so that is captured too.
 * In-process, so a mutant of src/cli is seen (the spawned tests of test/cli/main.test.ts cover dist/cli.js).
 */
export async function runCli(...args: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await run(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) } });
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}

/** Path of a file in test/cli/fixtures. */
export const fixture = (f: string): string => join(dirname(fileURLToPath(import.meta.url)), "..", "cli", "fixtures", f);

/**
 * A temporary directory for the test file's own input files, removed after the file's tests.
 * Returns a function that writes `content` to `name` in it and gives the path.
 */
export function tempFiles(): (name: string, content: string) => string {
  const dir = mkdtempSync(join(tmpdir(), "kz-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
}

/** Runs `f`, expects it to throw, returns what it threw. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

/** The cells of one table line (columns are separated by two spaces or more). */
export const cells = (line: string | undefined): string[] => (line ?? "").trim().split(/\s{2,}/);

/** One detail (one ground) of a `refusal --json` explanation. */
export interface Detail {
  readonly code: string;
  readonly params: { readonly ground: number; readonly because: string; readonly until: string };
}

/** The `--json` output of `retest` and `refusal`: one explanation. */
export interface ExplanationJson {
  readonly rule: string;
  readonly code: string;
  readonly lang: string;
  readonly text: string;
  readonly formula: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly details?: readonly Detail[];
}

/** Runs a command with `--json` in-process, expects exit 0 and nothing on stderr, returns the parsed explanation. */
export async function explanationJson(args: string[]): Promise<ExplanationJson> {
  const r = await runCli(...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ExplanationJson;
}

/** The start of every invalid-input message (exit 1) on stderr. */
export const INVALID_INPUT = "kz-civil-service-rules: invalid input: ";

/** One candidate of `score --json` for an IS selection (the CLI's own type). */
export type ScoreIsOut = ScoreIsCandidateJson;
/** One candidate of `score --json` for a general competition (the CLI's own type). */
export type ScoreGcOut = ScoreGcCandidateJson;

/** Runs `score … --json` on an IS selection, expects exit 0 and nothing on stderr, returns the candidates. */
export async function scoreIsJson(...args: string[]): Promise<ScoreIsOut[]> {
  const r = await runCli("score", ...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { kind: string; candidates: ScoreIsOut[] }).candidates;
}
/** Runs `score … --json` on a general competition, expects exit 0, nothing on stderr and that kind, returns the candidates. */
export async function scoreGcJson(...args: string[]): Promise<ScoreGcOut[]> {
  const r = await runCli("score", ...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { kind: string; candidates: ScoreGcOut[] };
  expect(j.kind).toBe("general-competition");
  return j.candidates;
}
/** Runs `score` expecting exit 1 and returns stderr. */
export async function scoreInputError(...args: string[]): Promise<string> {
  const r = await runCli("score", ...args);
  expect(r.out).toBe("");
  expect(r.code).toBe(1);
  return r.err;
}

/** One IS candidate that scores cleanly: T = 0.02·100 = 2, T = 0, essay 5 → total 7. */
export const ONE_IS = { id: "X", S: 100, S1: 0, S2: 0, essay: [5] };
export const ONE_IS_TOTAL = "7";

/**
 * The reviewer's id (issue 23, item 7): `ESC [2J` clears the terminal, `ESC ]0;pwned BEL` sets its
 * window title. Printed raw, it did both and the tool exited 0.
 */
export const HOSTILE_ID = "X\u001b[2J\u001b]0;pwned\u0007";
/** {@link HOSTILE_ID} as the tool prints it (src/cli/safe-text.ts): every control a visible escape. */
export const HOSTILE_ID_SHOWN = "X\\u001b[2J\\u001b]0;pwned\\u0007";

/**
 * The characters a terminal interprets or that reorder what it shows (the list of
 * src/cli/safe-text.ts, written out again here), the line feed excepted: C0 controls, DEL, C1
 * controls (U+009B is a one-character CSI), the bidirectional controls, U+2028 and U+2029.
 */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Expects stdout and stderr of a run to hold no character of {@link RAW_CONTROL} (no raw ESC, BEL or CSI). */
export function expectInert(r: CliResult): void {
  expect(r.out).not.toMatch(RAW_CONTROL);
  expect(r.err).not.toMatch(RAW_CONTROL);
}
