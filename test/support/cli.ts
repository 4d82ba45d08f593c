import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, vi } from "vitest";
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
 * In-process, so a mutant of src/cli is seen (the spawned tests of cli.test.ts cover dist/cli.js).
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
