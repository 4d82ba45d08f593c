/**
 * The command-line tool's dispatcher (internal): runs one command line and returns its exit code.
 * `src/cli/main.ts` calls it with the process's own streams; the tests call it in-process with
 * string sinks (test/cli/main.test.ts under the mutation config), so that a change to any line of
 * src/cli is seen by a test.
 *
 * @module
 */
import { RuleInputError } from "../errors.js";
import type { ExplainLang } from "../explain/types.js";
import { EXIT, InputError, ruleErrorLines, UsageError } from "./errors.js";
import { quoted, safeLines, safeText } from "./safe-text.js";
import { score } from "./score.js";
import { funnel } from "./funnel.js";
import { retest } from "./retest.js";
import { refusal } from "./refusal.js";
import { workdays } from "./workdays.js";

const HELP = `Usage: kz-civil-service-rules <command> [options]

Commands:
  score     rank an IS selection or a general competition from a CSV or JSON file (R-SEL, R-GC)
  funnel    run the Presidential Youth Reserve funnel on a campaign CSV (R-PYR-3)
  retest    the earliest retest day after a failed test (R-EL-1, R-EL-2)
  refusal   the grounds for refusing the testing service (R-EL-3)
  workdays  the days off of a year; N working days after a date (R-CAL-1, R-CAL-2)

Every command takes --lang kk|ru|en, --json and --help.
Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.`;

const COMMANDS: Record<string, (argv: string[]) => string> = { score, funnel, retest, refusal, workdays };

/** Where a run writes: standard output and standard error. */
export interface CliStreams {
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
}

/** Most lines of one error message written to stderr (a file with a bad value on every row). */
export const ERROR_MAX_LINES = 100;
/** Longest line of an error message written whole (a backstop: values in messages are cut at 80). */
export const ERROR_MAX_LINE = 1_000;

/**
 * An error message as written to stderr: each line escaped and cut by {@link safeText} at
 * {@link ERROR_MAX_LINE}, at most {@link ERROR_MAX_LINES} lines and then the count of the others.
 * So whatever a command or the library put in a message, stderr stays bounded and inert.
 */
export function errorText(message: string): string {
  const lines = message.split("\n");
  const shown = lines.slice(0, ERROR_MAX_LINES).map((l) => safeText(l, ERROR_MAX_LINE));
  if (lines.length > ERROR_MAX_LINES) shown.push(`… ${(lines.length - ERROR_MAX_LINES).toLocaleString("en")} more lines`);
  return shown.join("\n");
}

/**
 * Runs one command line (`argv` without the node and script paths); returns the exit code. A
 * result is written through {@link safeLines} (the commands escape what they read; this is the last
 * net, and leaves `--json` output's values unchanged), an error through {@link errorText}.
 */
export function run(argv: string[], io: CliStreams): number {
  const [cmd, ...rest] = argv;
  const fail = (prefix: string, message: string) => io.err.write(`kz-civil-service-rules: ${errorText(prefix + message)}\n`);
  try {
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
      io.out.write(HELP + "\n");
      return cmd === undefined ? EXIT.usage : EXIT.ok;
    }
    const f = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (!f) throw new UsageError(`unknown command ${quoted(cmd)}\n\n${HELP}`);
    io.out.write(safeLines(f(rest)) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      fail("", e.message);
      return EXIT.usage;
    }
    if (e instanceof RuleInputError) {
      const v = lastLang(argv);
      const lang: ExplainLang = v === "kk" || v === "ru" ? v : "en";
      fail("invalid input: ", ruleErrorLines(e, lang).join("\n"));
      return EXIT.input;
    }
    if (e instanceof InputError) {
      fail("invalid input: ", e.message);
      return EXIT.input;
    }
    fail("internal error: ", e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.internal;
  }
}

/** The value of the last `--lang x` or `--lang=x` (the one the command itself used, as parseArgs keeps the last). */
function lastLang(argv: readonly string[]): string | undefined {
  let v: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") v = argv[++i];
    else if (a.startsWith("--lang=")) v = a.slice("--lang=".length);
  }
  return v;
}
