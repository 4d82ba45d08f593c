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
import { tr } from "./i18n/index.js";
import { argvLang } from "./args.js";
// esbuild inlines the JSON into dist/cli.js (the version only is used)
import pkg from "../../package.json" with { type: "json" };

/** The package's version, printed by `--version`. */
export const VERSION: string = pkg.version;

/** The tool's help in `lang` (src/cli/i18n). */
const helpText = (lang: ExplainLang): string => tr(lang, "help.main");
/** The English help (the tests' reference). */
export const HELP = helpText("en");

const COMMANDS: Record<string, (argv: string[]) => string | Promise<string>> = { score, funnel, retest, refusal, workdays };

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
export function errorText(message: string, lang: ExplainLang = "en"): string {
  const lines = message.split("\n");
  const shown = lines.slice(0, ERROR_MAX_LINES).map((l) => safeText(l, ERROR_MAX_LINE));
  if (lines.length > ERROR_MAX_LINES) shown.push(tr(lang, "run.moreLines", { count: lines.length - ERROR_MAX_LINES }));
  return shown.join("\n");
}

/**
 * Runs one command line (`argv` without the node and script paths); returns the exit code. A
 * result is written through {@link safeLines} (the commands escape what they read; this is the last
 * net, and leaves `--json` output's values unchanged), an error through {@link errorText}.
 */
export async function run(argv: string[], io: CliStreams): Promise<number> {
  const [cmd, ...rest] = argv;
  // the language of the command line: its last valid --lang, else the environment's
  const runLang: ExplainLang = argvLang(argv);
  const HELP = helpText(runLang);
  const fail = (prefix: string, message: string) => io.err.write(`kz-civil-service-rules: ${errorText(prefix + message, runLang)}\n`);
  try {
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
      io.out.write(HELP + "\n");
      return cmd === undefined ? EXIT.usage : EXIT.ok;
    }
    if (cmd === "--version" || cmd === "-V" || cmd === "version") {
      io.out.write(`kz-civil-service-rules ${VERSION}\n`);
      return EXIT.ok;
    }
    const f = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (!f) throw new UsageError(`${tr(runLang, "run.unknownCommand", { command: quoted(cmd) })}\n\n${HELP}`);
    io.out.write(safeLines(await f(rest)) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      fail("", e.message);
      return EXIT.usage;
    }
    // the language of the command line (--lang, else the environment's): the prefix and a rule's message
    const lang = runLang;
    if (e instanceof RuleInputError) {
      fail(`${tr(lang, "run.invalidInput")}: `, ruleErrorLines(e, lang).join("\n"));
      return EXIT.input;
    }
    if (e instanceof InputError) {
      fail(`${tr(lang, "run.invalidInput")}: `, e.message);
      return EXIT.input;
    }
    fail(`${tr(lang, "run.internal")}: `, e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.internal;
  }
}
