import { explainRetest } from "../explain/explain-retest.js";
import { langOf, oneOf, parse } from "./args.js";
import { atCell, UsageError } from "./errors.js";

export const RETEST_HELP = `Usage: kz-civil-service-rules retest <test-date> [options]

The earliest retest day after a test below the threshold (R-EL-1 corps "B", R-EL-2 law enforcement):
"not earlier than three calendar days after the day of testing" — a waiting period, not moved to a
working day; the first working day on or after it is given beside it.

Options:
  --regime corps-b|law-enforcement   (default corps-b)
  --appeal-satisfied                 law enforcement: the appeals commission satisfied the appeal (no wait)
  --appeal-decided-on YYYY-MM-DD     the day of that decision
  --counting civil-code|inclusive    reading of "three days after" (default civil-code: D + 4)
  --json, --lang kk|ru|en, -h/--help
Exit codes: 0 ok, 1 invalid input, 2 usage.`;

export function retest(argv: string[]): string {
  const { values, positionals } = parse(argv, {
    regime: { type: "string" },
    "appeal-satisfied": { type: "boolean" },
    "appeal-decided-on": { type: "string" },
    counting: { type: "string" },
  });
  if (values.help) return RETEST_HELP;
  const lang = langOf(values.lang);
  const regime = oneOf("regime", values.regime, ["corps-b", "law-enforcement"] as const);
  const counting = oneOf("counting", values.counting, ["civil-code", "inclusive"] as const);
  if (positionals.length !== 1) throw new UsageError("retest: give the test date (YYYY-MM-DD)\n\n" + RETEST_HELP);
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
