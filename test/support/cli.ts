import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
export function runCli(...args: string[]): CliResult {
  let out = "";
  let err = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = run(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) } });
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
export function explanationJson(args: string[]): ExplanationJson {
  const r = runCli(...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ExplanationJson;
}
