/**
 * The command-line tool's own words in kk, ru and en ({@link tr}) and the language of a run
 * ({@link envLang}: `--lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG` when it names ru or kk, else en).
 * The sentences about rules come from the library's catalogues (src/explain/messages).
 *
 * @module
 */
import type { ExplainLang } from "../../explain/types.js";
import { en, type CliMessageKey } from "./en.js";
import { kk } from "./kk.js";
import { ru } from "./ru.js";

export type { CliMessageKey } from "./en.js";

const CATALOGUES: Readonly<Record<ExplainLang, Readonly<Record<CliMessageKey, string>>>> = { en, kk, ru };

/** Parameters of a message: each replaces `{name}` as it is (quote and escape values before). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Parameters written as they are even when numbers: line numbers. */
const PLAIN = new Set(["line", "other", "column"]);

/** A message of the CLI's catalogue in `lang`, its `{name}`s replaced (numbers but line numbers written with thousands separators). */
export function tr(lang: ExplainLang, key: CliMessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return v === undefined ? all : typeof v === "number" && !PLAIN.has(name) ? v.toLocaleString("en") : String(v);
  });
}

/**
 * The language named by the environment, as POSIX reads it: the first of `LC_ALL`, `LC_MESSAGES`,
 * `LANG` that is set and not empty; `ru…` → ru, `kk…` → kk, anything else (`C.UTF-8`, `en_US`) → en.
 */
export function envLang(env: Readonly<Record<string, string | undefined>> = process.env): ExplainLang {
  const v = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((x) => x !== undefined && x !== "") ?? "";
  return /^ru(?:[_.@-]|$)/i.test(v) ? "ru" : /^kk(?:[_.@-]|$)/i.test(v) ? "kk" : "en";
}
