import { explainRefusalGrounds } from "../explain/explain-refusal-grounds.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, langOr, list, oneOf, parse } from "./args.js";
import { tr } from "./i18n/index.js";
import { atCell, UsageError } from "./errors.js";
import { quoted } from "./safe-text.js";

/** The help of `refusal` in `lang` (src/cli/i18n). */
export const refusalHelp = (lang: ExplainLang): string => tr(lang, "help.refusal");
/** The English help (the tests' reference). */
export const REFUSAL_HELP = refusalHelp("en");

export function refusal(argv: string[]): string {
  const { values, positionals } = parse(argv, {
    "application-date": { type: "string" },
    "failed-test": { type: "string", multiple: true },
    violation: { type: "string", multiple: true },
    "repeated-violation": { type: "string", multiple: true },
    "violation-act": { type: "string", multiple: true },
    "other-person-act": { type: "string", multiple: true },
    "no-consent": { type: "boolean" },
    certificate: { type: "string", multiple: true },
    "certificate-valid-until": { type: "string", multiple: true },
    presume: { type: "boolean" },
    "conclusion-valid-until": { type: "string", multiple: true },
    counting: { type: "string" },
  });
  if (values.help) return refusalHelp(langOr(values.lang));
  const lang = langOf(values.lang);
  const counting = oneOf("counting", values.counting, ["civil-code", "inclusive"] as const, lang);
  if (positionals.length > 0) {
    throw new UsageError(`${tr(lang, "usage.unexpectedArgument", { command: "refusal", value: quoted(positionals[0]!) })}\n\n${refusalHelp(lang)}`);
  }
  const applicationDate = values["application-date"];
  if (typeof applicationDate !== "string") throw new UsageError(`${tr(lang, "usage.applicationDate")}\n\n${refusalHelp(lang)}`);
  const certs = list(values.certificate);
  const certUntil = list(values["certificate-valid-until"]);
  if (certUntil.length > certs.length) throw new UsageError(tr(lang, "usage.certificateUntil"));
  const e = atCell(undefined, "", lang, () =>
    explainRefusalGrounds(
      {
        applicationDate,
        failedTests: list(values["failed-test"]),
        violations: [...list(values.violation).map((date) => ({ date })), ...list(values["repeated-violation"]).map((date) => ({ date, repeated: true }))],
        violationActs: list(values["violation-act"]),
        otherPersonActs: list(values["other-person-act"]),
        personalDataConsent: values["no-consent"] !== true,
        certificates: certs.map((testDate, k) => (certUntil[k] ? { testDate, validUntil: certUntil[k]! } : { testDate })),
        personalQualitiesConclusions: list(values["conclusion-valid-until"]).map((validUntil) => ({ validUntil })),
        ...(counting ? { counting } : {}),
        ...(values.presume ? { presume: true } : {}),
      },
      { lang },
    ),
  );
  if (values.json) return JSON.stringify(e, null, 2);
  return [e.text, ...(e.details ?? []).map((d) => `  - ${d.text}`), `  ${e.formula}`, `  ${e.citation.text}`].join("\n");
}
