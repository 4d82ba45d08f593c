import { explainRefusalGrounds } from "../explain/explain-refusal-grounds.js";
import { langOf, list, oneOf, parse } from "./args.js";
import { atCell, UsageError } from "./errors.js";
import { quoted } from "./safe-text.js";

export const REFUSAL_HELP = `Usage: kz-civil-service-rules refusal --application-date YYYY-MM-DD [flags]

The grounds on which the testing service is refused (R-EL-3, testing rules App. 5 row 9), evaluated
on the day the application is accepted; each with the last day it applies.

Flags (dates YYYY-MM-DD; the date flags may be repeated):
  --failed-test D              a test below the thresholds on D (ground 1, 3 days)
  --violation D                a violation of points 9 and 62 recorded on D (ground 2, 30 days)
  --repeated-violation D       a repeated violation on D (ground 2, six months)
  --violation-act D            a violation act (App. 9) drawn up on D (ground 3, six months)
  --other-person-act D         an act on another person's presence (App. 1) on D (ground 4, one year)
  --no-consent                 no consent to access to restricted personal data (ground 5)
  --certificate D              a certificate of the legislation test tested on D (ground 6, one year)
  --certificate-valid-until D  that certificate's own last valid day (certificates tested before 11.07.2026)
  --presume                    presume the one-year form for certificates tested before 11.07.2026
  --conclusion-valid-until D   a personal-qualities conclusion valid until D (ground 7)
  --counting civil-code|inclusive
  --json, --lang kk|ru|en, -h/--help
Exit codes: 0 ok (also when refused: read the output), 1 invalid input, 2 usage.`;

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
  if (values.help) return REFUSAL_HELP;
  const lang = langOf(values.lang);
  const counting = oneOf("counting", values.counting, ["civil-code", "inclusive"] as const);
  if (positionals.length > 0) throw new UsageError(`refusal: unexpected argument ${quoted(positionals[0]!)}\n\n${REFUSAL_HELP}`);
  const applicationDate = values["application-date"];
  if (typeof applicationDate !== "string") throw new UsageError("refusal: --application-date is required\n\n" + REFUSAL_HELP);
  const certs = list(values.certificate);
  const certUntil = list(values["certificate-valid-until"]);
  if (certUntil.length > certs.length) throw new UsageError("--certificate-valid-until: give one --certificate per validity date (in the same order)");
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
