import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXPLAIN_LANGS, type ExplainLang } from "../explain/types.js";
import { UsageError } from "./errors.js";
import { envLang } from "./i18n/index.js";
import { shown } from "./safe-text.js";

/** Options every subcommand has. */
export const COMMON = {
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** node:util parseArgs, with its errors turned into UsageError (exit code 2). */
export function parse(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The `--lang` value (default: the environment's, `LC_ALL` / `LC_MESSAGES` / `LANG` when it names ru or kk, else `en`). */
export function langOf(v: unknown): ExplainLang {
  if (v === undefined) return envLang();
  if (typeof v === "string" && (EXPLAIN_LANGS as readonly string[]).includes(v)) return v as ExplainLang;
  throw new UsageError(`--lang: expected one of ${EXPLAIN_LANGS.join(", ")}, got ${shown(v)}`);
}

/** One of the allowed values, or a UsageError. */
export function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name}: expected one of ${allowed.join(", ")}, got ${shown(v)}`);
}

/** A whole number option, or a UsageError. */
export function wholeOf(name: string, v: unknown, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name}: expected a whole number ≥ ${min}, got ${shown(v)}`);
  return n;
}

/** Mutually exclusive `--lang` etc. readers return a list for repeatable options. */
export function list(v: unknown): string[] {
  return v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [String(v)];
}
