/**
 * Grounds on which a candidate is excluded from the selection to the Presidential Youth Reserve
 * at any stage (R-PYR-1), as typed data with the sentences they come from
 * (`sources/004_3eb6df1ff2b8ef3d.txt`).
 *
 * @module
 */

/**
 * The exclusion grounds of the procedure:
 *
 * - `"civil-service-law-art-16"` — does not meet paras 3 and 3-1 of art. 16 of the Law "On civil
 *   service" (lines 94–104; the verification checks art. 16, lines 258–264);
 * - `"false-information"` — gave unreliable information or documents (lines 94–96, 294–296);
 * - `"procedure-breach"` — did not keep to the procedure of forming the Reserve (lines 94, 294);
 * - `"others-did-tasks"` — had other persons do the tasks (lines 100–104);
 * - `"failed-verification"` — did not pass the verification of candidates and documents
 *   (lines 272–274);
 * - `"proctoring-violation"` — a violation found by proctoring; the results are annulled
 *   (lines 327–331 for the test blocks, 452–458 for the situational tasks).
 *
 * @category Presidential Youth Reserve
 */
export const RESERVE_EXCLUSION_GROUNDS = [
  "civil-service-law-art-16",
  "false-information",
  "procedure-breach",
  "others-did-tasks",
  "failed-verification",
  "proctoring-violation",
] as const;

/**
 * A ground of {@link RESERVE_EXCLUSION_GROUNDS}.
 *
 * @category Presidential Youth Reserve
 */
export type ReserveExclusionGround = (typeof RESERVE_EXCLUSION_GROUNDS)[number];

/**
 * One exclusion ground: the sentence of the procedure (Kazakh), an English rendering, the lines.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveExclusionGroundInfo {
  readonly ground: ReserveExclusionGround;
  readonly kk: string;
  readonly en: string;
  readonly lines: string;
}

/**
 * The exclusion grounds with their sentences.
 *
 * > «Резервті қалыптастыру тәртібін сақтамаған, дәйексіз ақпарат пен құжаттар ұсынған кандидаттар
 * > «Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 16-бабы
 * > 3 және 3-1-тармақтарының талаптарына сәйкес келмеген жағдайларда, сондай-ақ тапсырмаларды
 * > орындауға өзге де тұлғаларды тарту фактілері анықталған жағдайда іріктеудің кез келген
 * > кезеңінде шығарылып тастауға келісімі» (lines 94–104)
 *
 * "[the candidate's] consent to be excluded at any stage of the selection where candidates did not
 * keep to the procedure of forming the Reserve, gave unreliable information and documents, did not
 * meet the requirements of paras 3 and 3-1 of art. 16 of the Law "On the civil service of the
 * Republic of Kazakhstan", or where the involvement of other persons in doing the tasks is found."
 *
 * @rule R-PYR-1
 * @category Presidential Youth Reserve
 */
export const RESERVE_EXCLUSION_GROUND_INFO: Readonly<Record<ReserveExclusionGround, ReserveExclusionGroundInfo>> = /* @__PURE__ */ (() => Object.freeze({
  "civil-service-law-art-16": {
    ground: "civil-service-law-art-16",
    kk: "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 16-бабы 3 және 3-1-тармақтарының талаптарына сәйкес келмеген жағдайларда",
    en: "does not meet the requirements of paras 3 and 3-1 of art. 16 of the Law \"On the civil service of the Republic of Kazakhstan\"",
    lines: "94-104",
  },
  "false-information": {
    ground: "false-information",
    kk: "дәйексіз ақпарат пен құжаттар ұсынған",
    en: "gave unreliable information and documents",
    lines: "94-96 (also 294-296: «анық емес мәліметтер мен құжаттар ұсынылған»)",
  },
  "procedure-breach": {
    ground: "procedure-breach",
    kk: "Резервті қалыптастыру тәртібін сақтамаған",
    en: "did not keep to the procedure of forming the Reserve",
    lines: "94 (also 294: «Резервті қалыптастыру тәртібі бұзылған»)",
  },
  "others-did-tasks": {
    ground: "others-did-tasks",
    kk: "тапсырмаларды орындауға өзге де тұлғаларды тарту фактілері анықталған жағдайда",
    en: "the involvement of other persons in doing the tasks is found",
    lines: "100-104",
  },
  "failed-verification": {
    ground: "failed-verification",
    kk: "Егер кандидат тексеруден өтпесе, ол іріктеудің кез келген кезеңінде Резервке іріктеуге қатысудан шығарылады.",
    en: "If a candidate does not pass the verification, they are excluded from the selection to the Reserve at any stage of it.",
    lines: "272-274",
  },
  "proctoring-violation": {
    ground: "proctoring-violation",
    kk: "Прокторинг жүргізу барысында кандидат тарапынан бұзушылықтар анықталған жағдайда бұл кандидат Резервке іріктеуден шығарылуға жатады, ал оның нәтижелері жойылады.",
    en: "Where proctoring finds violations by the candidate, the candidate is to be excluded from the selection to the Reserve and their results are annulled.",
    lines: "327-331 (test blocks); 452-458 (situational tasks)",
  },
}))();
