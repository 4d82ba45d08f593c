import { explainRetest } from "../explain/explain-retest.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, langOr, oneOf, parse } from "./args.js";
import { tr } from "./i18n/index.js";
import { atCell, UsageError } from "./errors.js";

/** The help of `retest` in `lang` (src/cli/i18n). */
export const retestHelp = (lang: ExplainLang): string => tr(lang, "help.retest");
/** The English help (the tests' reference). */
export const RETEST_HELP = retestHelp("en");

export function retest(argv: string[]): string {
  const { values, positionals } = parse(argv, {
    regime: { type: "string" },
    "appeal-satisfied": { type: "boolean" },
    "appeal-decided-on": { type: "string" },
    counting: { type: "string" },
  });
  if (values.help) return retestHelp(langOr(values.lang));
  const lang = langOf(values.lang);
  const regime = oneOf("regime", values.regime, ["corps-b", "law-enforcement"] as const, lang);
  const counting = oneOf("counting", values.counting, ["civil-code", "inclusive"] as const, lang);
  if (positionals.length !== 1) throw new UsageError(`${tr(lang, "usage.retestDate")}\n\n${retestHelp(lang)}`);
  const e = atCell(undefined, "", lang, () =>
    explainRetest(positionals[0]!, {
      lang,
      ...(regime ? { regime } : {}),
      ...(counting ? { counting } : {}),
      ...(values["appeal-satisfied"] ? { appealSatisfied: true } : {}),
      ...(typeof values["appeal-decided-on"] === "string" ? { appealDecidedOn: values["appeal-decided-on"] } : {}),
    }),
  );
  if (values.json) return JSON.stringify(e, null, 2);
  return [e.text, `  ${e.formula}`, `  ${e.citation.text}`].join("\n");
}
