import { testingRefusal, type TestingRefusalGround, type TestingRefusalInput } from "./testing-refusal.js";

/**
 * **R-EL-3** — the grounds on which the testing service is refused, evaluated on the day the
 * application is accepted (ASA-52-2026, testing rules App. 5 row 9, seed 001 lines 1548–1562):
 *
 * > «1) кандидаттың соңғы үш күнтізбелік күн ішінде шекті мәндерден төмен нәтижелермен тестілеуден өтуі;
 * > 2) … 9 және 62-тармақтарын бұзу фактілерінің соңғы отыз күнтізбелік күн ішінде тіркелуі, ал
 * > қайталанған жағдайда – соңғы алты ай ішінде тіркелуі;
 * > 3) … 9-қосымшасына сәйкес, қызмет көрсетуші алты ай ішінде ресімдеген бұзушылық туралы актінің болуы;
 * > 4) … 1-қосымшасына сәйкес, оператор соңғы бір жыл ішінде ресімдеген тестілеу кезінде басқа тұлғаның
 * > қатысуы туралы актінің болуы;
 * > 5) … "Дербес деректер және оларды қорғау туралы" Заңының 8-бабына сәйкес, қызмет алушының келісімінің болмауы;
 * > 6) … қолданыстағы сертификаттың болуы;
 * > 7) … 7 және 8-қосымшаларына сәйкес, жеке қасиеттерді бағалау бойынша … қолданыстағы қорытындының болуы.»
 *
 * 1) tested below the thresholds within the last three calendar days; 2) violations of points 9
 * and 62 recorded within the last thirty calendar days, or, repeated, within the last six months;
 * 3) a violation act (App. 9) drawn up within six months; 4) an act on another person's presence
 * (App. 1) within the last year; 5) no consent to access to restricted personal data (Law on
 * personal data, art. 8); 6) a valid state-language-and-legislation certificate; 7) a valid
 * personal-qualities conclusion.
 *
 * Windows (grounds 1–4) are **counting case 5** (look-back, RULES.md §4): an event on E counts on
 * the acceptance day A while E ≤ A ≤ E + n (calendar days; for months and years the corresponding
 * day, case 1); `until` is E + n, and the ground stops the day after. A failure on D blocks
 * D … D + 3; D + 4 is free — the day {@link earliestRetestDate} gives. An event after A is not "in
 * the last n days" and is ignored. Grounds 6–7 hold while A is inside the validity (case 4):
 * the certificate's from its test day through {@link certificateValidUntil}; the conclusion's
 * through the `validUntil` the caller gives (the sources state no period for it). Ground 5 has no
 * end date. Whether a violation is "repeated" is the caller's finding (`repeated: true`); the text
 * does not say against which earlier violation it is measured.
 *
 * `counting: "inclusive"` counts the event day as day 1 (every window one day shorter).
 *
 * @rule R-EL-3
 * @param i - the acceptance day and the candidate's history; see {@link TestingRefusalInput}.
 * @returns every ground that applies, in ground order; `[]` = the service may be given.
 * @throws A {@link RuleInputError} for a bad date or field, an unknown field, a certificate tested
 *   before 11.07.2026 without `validUntil` or `presume`. Lists of any length are read in linear
 *   time: the first 100 problems are listed, the others counted (`omittedIssues`).
 *
 * @example
 * ```ts
 * testingRefusalGrounds({ applicationDate: "2026-09-17", failedTests: ["2026-09-14"], personalDataConsent: true })
 * // [{ ground: 1, rule: "R-EL-3", until: "2026-09-17", case: 5, … }]
 * testingRefusalGrounds({ applicationDate: "2026-09-18", failedTests: ["2026-09-14"], personalDataConsent: true })
 * // []
 * ```
 * @category Time rules
 */
export function testingRefusalGrounds(i: TestingRefusalInput): readonly TestingRefusalGround[] {
  return testingRefusal(i).grounds;
}
