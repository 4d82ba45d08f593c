import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXPLAIN_LANGS, type ExplainLang } from "../explain/types.js";
import { UsageError } from "./errors.js";
import { envLang, tr } from "./i18n/index.js";
import { quoted, shown } from "./safe-text.js";

/** Options every subcommand has. */
export const COMMON = {
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** The value of the last `--lang x` or `--lang=x` (the one the command itself uses, as parseArgs keeps the last). */
export function lastLang(argv: readonly string[]): string | undefined {
  let v: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") v = argv[++i];
    else if (a.startsWith("--lang=")) v = a.slice("--lang=".length);
  }
  return v;
}

/** `v` when it names a language, else the environment's ({@link envLang}): the language of the help and of the errors found before `--lang` is checked. */
export function langOr(v: unknown): ExplainLang {
  return typeof v === "string" && (EXPLAIN_LANGS as readonly string[]).includes(v) ? (v as ExplainLang) : envLang();
}

/** The language of a command line before its options are read: its last `--lang` when valid, else the environment's. */
export const argvLang = (argv: readonly string[]): ExplainLang => langOr(lastLang(argv));

/**
 * node:util parseArgs, with its errors turned into UsageError (exit code 2): in English Node's own
 * message, in kk and ru the catalogue's (unknown option, missing value, value not taken).
 */
export function parse(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseErrorText(e as Error & { code?: string }, argvLang(argv)));
  }
}

/** A parseArgs error in `lang` (Node's message for en, or for an error the catalogue does not name). */
function parseErrorText(e: Error & { code?: string }, lang: ExplainLang): string {
  if (lang === "en") return e.message;
  const option = /'([^']*)'/.exec(e.message)?.[1]?.replace(/ <value>$/, "");
  if (option === undefined) return e.message;
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return tr(lang, "usage.unknownOption", { option: quoted(option) });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return tr(lang, /argument missing/.test(e.message) ? "usage.missingValue" : "usage.noValue", { option: quoted(option) });
  }
  return e.message;
}

/** The `--lang` value (default: the environment's, `LC_ALL` / `LC_MESSAGES` / `LANG` when it names ru or kk, else `en`); a bad one is a usage error in the environment's language. */
export function langOf(v: unknown): ExplainLang {
  if (v === undefined) return envLang();
  if (typeof v === "string" && (EXPLAIN_LANGS as readonly string[]).includes(v)) return v as ExplainLang;
  throw new UsageError(tr(envLang(), "usage.lang", { allowed: EXPLAIN_LANGS.join(", "), value: shown(v) }));
}

/** One of the allowed values, or a UsageError in `lang`. */
export function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[], lang: ExplainLang = "en"): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(tr(lang, "usage.oneOf", { option: name, allowed: allowed.join(", "), value: shown(v) }));
}

/** A whole number option, or a UsageError in `lang`. */
export function wholeOf(name: string, v: unknown, min = 0, lang: ExplainLang = "en"): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(tr(lang, "usage.whole", { option: name, min: String(min), value: shown(v) }));
  return n;
}

/** Mutually exclusive `--lang` etc. readers return a list for repeatable options. */
export function list(v: unknown): string[] {
  return v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [String(v)];
}
