import type { PeriodLength } from "../../calendars/period-core.js";

/**
 * One ground of R-EL-3, as data.
 *
 * @category Time rules
 */
export interface TestingRefusalGroundInfo {
  readonly ground: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** The look-back window (counting case 5), where the ground has one. */
  readonly window?: PeriodLength;
  /** Ground 2: the window of a repeated violation. */
  readonly repeatedWindow?: PeriodLength;
  /** The sub-point as printed (Kazakh). */
  readonly text: string;
  /** English rendering. */
  readonly en: string;
  /** Place: testing rules App. 5 row 9, sub-point n; seed 001 line. */
  readonly locator: string;
  readonly line: number;
}

/**
 * **R-EL-3** — the seven grounds for refusing the testing service (ASA-52-2026, testing rules
 * App. 5 row 9 «Қазақстан Республикасының заңнамасында белгіленген көрсетілетін қызметті беруден бас
 * тарту негіздері», seed 001 lines 1548–1562), each with its window.
 *
 * @category Time rules
 */
export const TESTING_REFUSAL_GROUNDS: readonly TestingRefusalGroundInfo[] = /* @__PURE__ */ (() => Object.freeze([
  {
    ground: 1,
    window: { days: 3 },
    text: "1) кандидаттың соңғы үш күнтізбелік күн ішінде шекті мәндерден төмен нәтижелермен тестілеуден өтуі;",
    en: "the candidate was tested with results below the thresholds within the last three calendar days",
    locator: "testing rules App. 5 row 9, sub-point 1)",
    line: 1550,
  },
  {
    ground: 2,
    window: { days: 30 },
    repeatedWindow: { months: 6 },
    text: "2) … тестiлеуді ұйымдастыру, бағдарламалары мен қағидаларының 9 және 62-тармақтарын бұзу фактілерінің соңғы отыз күнтізбелік күн ішінде тіркелуі, ал қайталанған жағдайда – соңғы алты ай ішінде тіркелуі;",
    en: "violations of points 9 and 62 of the testing rules were recorded within the last thirty calendar days, or, for a repeated violation, within the last six months",
    locator: "testing rules App. 5 row 9, sub-point 2)",
    line: 1552,
  },
  {
    ground: 3,
    window: { months: 6 },
    text: "3) … тестілеу қағидаларының, бағдарламалары мен ұйымдастырылуының 9-қосымшасына сәйкес, қызмет көрсетуші алты ай ішінде ресімдеген бұзушылық туралы актінің болуы;",
    en: "an act on a violation (App. 9 of the testing rules) drawn up by the service provider within six months",
    locator: "testing rules App. 5 row 9, sub-point 3)",
    line: 1554,
  },
  {
    ground: 4,
    window: { years: 1 },
    text: "4) … тестілеу қағидаларының, бағдарламалары мен ұйымдастырылуының 1-қосымшасына сәйкес, оператор соңғы бір жыл ішінде ресімдеген тестілеу кезінде басқа тұлғаның қатысуы туралы актінің болуы;",
    en: "an act on another person's presence during testing (App. 1) drawn up by the operator within the last year",
    locator: "testing rules App. 5 row 9, sub-point 4)",
    line: 1556,
  },
  {
    ground: 5,
    text: "5) мемлекеттік қызмет көрсету үшін талап етілетін шектеулі қолжетімді дербес деректерге қол жеткізуге, Қазақстан Республикасының \"Дербес деректер және оларды қорғау туралы\" Заңының 8-бабына сәйкес, қызмет алушының келісімінің болмауы;",
    en: "no consent of the service recipient to access to the restricted personal data the service needs (Law \"On personal data and their protection\", art. 8)",
    locator: "testing rules App. 5 row 9, sub-point 5)",
    line: 1558,
  },
  {
    ground: 6,
    text: "6) мемлекеттік тілді және Қазақстан Республикасының заңнамасын білуге арналған тестілеу бағдарламасы бойынша қолданыстағы сертификаттың болуы;",
    en: "a valid certificate of the test of knowledge of the state language and the legislation",
    locator: "testing rules App. 5 row 9, sub-point 6)",
    line: 1560,
  },
  {
    ground: 7,
    text: "7) … тестiлеуді ұйымдастыру, бағдарламалары мен қағидаларына 7 және 8-қосымшаларына сәйкес, жеке қасиеттерді бағалау бойынша тестілеу бағдарламаларына қолданыстағы қорытындының болуы.",
    en: "a valid conclusion on the personal-qualities test programs (forms of Apps. 7 and 8)",
    locator: "testing rules App. 5 row 9, sub-point 7)",
    line: 1562,
  },
] satisfies TestingRefusalGroundInfo[]))();
