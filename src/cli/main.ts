#!/usr/bin/env node
/**
 * `kz-civil-service-rules` — the command-line tool (docs/cli.md). Subcommands: score, funnel,
 * retest, refusal, workdays. Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.
 *
 * @module
 */
import { run } from "./run.js";

void run(process.argv.slice(2), { out: process.stdout, err: process.stderr }).then((code) => {
  process.exitCode = code;
});
