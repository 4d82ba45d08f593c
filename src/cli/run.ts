/**
 * The command-line tool's dispatcher (internal): runs one command line and returns its exit code.
 * `src/cli/main.ts` calls it with the process's own streams; the tests call it in-process with
 * string sinks (test/cli/main.test.ts under the mutation config), so that a change to any line of
 * src/cli is seen by a test.
 *
 * @module
 */
import { RuleInputError } from "../errors.js";
import { formatRuleInputError } from "../explain/format-rule-input-error.js";
import type { ExplainLang } from "../explain/types.js";
import { EXIT, InputError, UsageError } from "./errors.js";
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

/** Runs one command line (`argv` without the node and script paths); returns the exit code. */
export function run(argv: string[], io: CliStreams): number {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
      io.out.write(HELP + "\n");
      return cmd === undefined ? EXIT.usage : EXIT.ok;
    }
    const f = COMMANDS[cmd];
    if (!f) throw new UsageError(`unknown command "${cmd}"\n\n${HELP}`);
    io.out.write(f(rest) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`kz-civil-service-rules: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof RuleInputError) {
      const v = lastLang(argv);
      const lang: ExplainLang = v === "kk" || v === "ru" ? v : "en";
      io.err.write(`kz-civil-service-rules: invalid input: ${formatRuleInputError(e, { lang })}\n`);
      return EXIT.input;
    }
    if (e instanceof InputError) {
      io.err.write(`kz-civil-service-rules: invalid input: ${e.message}\n`);
      return EXIT.input;
    }
    io.err.write(`kz-civil-service-rules: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
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
