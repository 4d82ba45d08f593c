import type { PeriodLength } from "../../calendars/period-core.js";
import { SEEDS } from "../../sources/acts.js";

/**
 * Ids of the R-EL-8 deadlines.
 *
 * @category Time rules
 */
export type OtherDeadlineId =
  | "evaluation-documents-kept"
  | "calibration-protocol-placed"
  | "lost-id-card-blocked"
  | "functional-block-distribution-placed"
  | "quarterly-report"
  | "amendment-notice-law-enforcement";

/**
 * One R-EL-8 deadline, as cited data.
 *
 * @category Time rules
 */
export interface OtherDeadline {
  readonly id: OtherDeadlineId;
  readonly rule: "R-EL-8";
  /** What must happen, in English. */
  readonly what: string;
  /** The event the period runs from. */
  readonly from: string;
  /** The length: calendar `days`/`years`, or `workingDays`; the quarterly report is "the 25th of the next month". */
  readonly length: PeriodLength | { readonly workingDays: number } | { readonly dayOfNextMonth: number };
  /** Counting case of RULES.md §4: 2 (deadline for an act, moved off a day off) or 4 (a keeping period, not moved). */
  readonly case: 2 | 4;
  /** The sentence, in Kazakh. */
  readonly text: string;
  readonly act: "ASA-52-2026";
  /** The order amended and the point. */
  readonly locator: string;
  readonly seed: string;
  readonly lines: string;
  /** First day in force: every one of these paragraphs is listed in ASA-52-2026 point 4 as in force from 11.07.2026. */
  readonly inForceFrom: "2026-07-11";
}

/**
 * **R-EL-8** — the other deadlines of ASA-52-2026 (seed 001), found by reading it in full.
 *
 * @category Time rules
 */
export const OTHER_DEADLINES: Readonly<Record<OtherDeadlineId, OtherDeadline>> = /* @__PURE__ */ (() => Object.freeze({
  "evaluation-documents-kept": {
    id: "evaluation-documents-kept",
    rule: "R-EL-8",
    what: "documents of the evaluation of corps \"B\" servants are kept by the HR service and in the digital system for three years",
    from: "the day the evaluation ended",
    length: { years: 3 },
    case: 4,
    text: "«13. Бағалаумен байланысты құжаттар бағалау аяқталған күннен бастап үш жыл ішінде персоналды басқару қызметінде және цифрлық жүйеде сақталады.»",
    act: "ASA-52-2026",
    locator: "List point 6: model methodology of evaluating corps \"B\" servants (Order No. 13 of 16.01.2018), point 13",
    seed: SEEDS.asa52,
    lines: "1056",
    inForceFrom: "2026-07-11",
  },
  "calibration-protocol-placed": {
    id: "calibration-protocol-placed",
    rule: "R-EL-8",
    what: "the HR service places the calibration-session protocol in the digital system (where technically possible)",
    from: "the day the protocol was signed",
    length: { workingDays: 3 },
    case: 2,
    text: "«Персоналды басқару қызметі хаттамаға қол қойылған күннен бастап үш жұмыс күн ішінде оның цифрлық жүйеге (техникалық мүмкіндік болған жағдайда) орналастырылуын қамтамасыз етеді.»",
    act: "ASA-52-2026",
    locator: "List point 6: model methodology of evaluating corps \"B\" servants, point 23 fifth part",
    seed: SEEDS.asa52,
    lines: "1068",
    inForceFrom: "2026-07-11",
  },
  "lost-id-card-blocked": {
    id: "lost-id-card-blocked",
    rule: "R-EL-8",
    what: "the HR service blocks a lost identification card in the \"E-qyzmet\" system (or another departmental system)",
    from: "the day the notice of the loss was received",
    length: { workingDays: 1 },
    case: 2,
    text: "«18. Кадр қызметі немесе кадр қызметінің міндетін атқару жүктелген адам сәйкестендіру картасының жоғалғаны туралы хабарламаны алған күннен бастап бір жұмыс күні ішінде сәйкестендіру картасын … бұғаттайды.»",
    act: "ASA-52-2026",
    locator: "List point 7: rules on identification cards (Order No. 69 of 21.04.2020), point 18",
    seed: SEEDS.asa52,
    lines: "1150",
    inForceFrom: "2026-07-11",
  },
  "functional-block-distribution-placed": {
    id: "functional-block-distribution-placed",
    rule: "R-EL-8",
    what: "a state body places its approved distribution of positions by functional blocks in the HR digital system",
    from: "the day the distribution was approved",
    length: { workingDays: 5 },
    case: 2,
    text: "«16. Мемлекеттік органдар бөлу бекітілген күннен бастап 5 жұмыс күні ішінде оны уәкілетті орган мен оның аумақтық бөлімшелері қол жеткізе алатын персоналды басқару бойынша цифрлық жүйеде орналастыруды қамтамасыз етеді.»",
    act: "ASA-52-2026",
    locator: "List point 9: methodology of distributing corps \"B\" positions by functional blocks (Order No. 138 of 11.08.2021), point 16",
    seed: SEEDS.asa52,
    lines: "1170",
    inForceFrom: "2026-07-11",
  },
  "quarterly-report": {
    id: "quarterly-report",
    rule: "R-EL-8",
    what: "the authorised body for digitalisation submits the quarterly information on public services (report forms 1-мқ … 4-мқ with an analytical note) to the authorised body",
    from: "the last day of the quarter (the reporting period)",
    length: { dayOfNextMonth: 25 },
    case: 2,
    text: "«61. … тоқсан сайын есептік кезеңнен кейінгі айдың 25-інші күніне дейін талдамалық анықтаманы қоса отырып, цифрландыру саласындағы уәкiлеттi орган уәкілетті органға … ақпаратты ұсынады.» and «Есеп нысанын цифрландыру саласындағы уәкілетті орган тоқсан сайын есепті кезеңнен кейінгі айдың 25-күніне дейін талдамалық анықтамамен бірге толтырады және уәкілетті органға ұсынады.»",
    act: "ASA-52-2026",
    locator: "List point 4: rules of state control of the quality of public services (Order No. 78 of 08.12.2016), point 61 (paragraph 32 of point 4) and the explanations of the report forms (Apps. to the List)",
    seed: SEEDS.asa52,
    lines: "282, 842, 980, 1632",
    inForceFrom: "2026-07-11",
  },
  "amendment-notice-law-enforcement": {
    id: "amendment-notice-law-enforcement",
    rule: "R-EL-8",
    what: "the authorised body notifies the service provider, the \"digital government\" operator and the Unified contact centre of amendments to the law-enforcement testing rules",
    from: "the day the amendments were made",
    length: { days: 3 },
    case: 2,
    text: "«Мемлекеттік қызмет саласындағы уәкілетті органы көрсетілетін қызметті берушіні, \"цифрлық үкімет\" операторын, сондай-ақ Бірыңғай байланыс орталығын Қағидаларға өзгерістер мен (немесе) толықтырулар енгізілген күннен бастап ол туралы үш күн ішінде хабардар етеді.»",
    act: "ASA-52-2026",
    locator: "List point 1 (paragraph 8): ASA-1-2016 point 5-1, second part",
    seed: SEEDS.asa52,
    lines: "76",
    inForceFrom: "2026-07-11",
  },
} satisfies Record<OtherDeadlineId, OtherDeadline>))();
