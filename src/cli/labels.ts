import type { ExplainLang } from "../explain/types.js";

/**
 * Column headings and short words of the command-line tables, in the three languages. (The
 * sentences about rules come from the explanation catalogues, src/explain/messages.)
 */
const L = {
  rank: { kk: "орын", ru: "место", en: "rank" },
  id: { kk: "id", ru: "id", en: "id" },
  name: { kk: "кандидат", ru: "кандидат", en: "candidate" },
  total: { kk: "барлығы*", ru: "сумма*", en: "total*" },
  essayMean: { kk: "эссе*", ru: "эссе*", en: "essay*" },
  interview: { kk: "әңгімелесу", ru: "собеседование", en: "interview" },
  admitted: { kk: "жіберілді", ru: "допущен", en: "admitted" },
  tied: { kk: "тең балл: комиссия шешеді", ru: "равные баллы: решает комиссия", en: "tied: the commission decides" },
  max: { kk: "ең жоғары", ru: "максимум", en: "max" },
  track: { kk: "лауазым", ru: "должность", en: "track" },
  sector: { kk: "салалық бағыт", ru: "направление", en: "sector" },
  competed: { kk: "қатысты", ru: "участвовали", en: "competed" },
  left: { kk: "шықты", ru: "выбыли", en: "left" },
  quota: { kk: "квота", ru: "квота", en: "quota" },
  cutoff: { kk: "шекті балл", ru: "проходной балл", en: "cut-off" },
  date: { kk: "күні", ru: "дата", en: "date" },
  kind: { kk: "түрі", ru: "вид", en: "kind" },
  dayName: { kk: "атауы", ru: "название", en: "name" },
  reserve: { kk: "Резервке алынды", ru: "зачислены в Резерв", en: "entered the Reserve" },
  awaiting: { kk: "Ұлттық комиссияның шешімін күтуде", ru: "ожидают решения Национальной комиссии", en: "awaiting the National Commission" },
  coverage: { kk: "күнтізбе", ru: "календарь", en: "calendar coverage" },
  result: { kk: "нәтиже", ru: "результат", en: "result" },
  stage: { kk: "кезең", ru: "этап", en: "stage" },
  meanNote: {
    kk: "* Бірнеше мүшенің бағалары қалай біріктірілетінін бұйрық көрсетпейді: орташа мән мен кезеңдер сомасы – пайдаланушының таңдауы.",
    ru: "* Приказ не говорит, как объединяются оценки нескольких членов: среднее и сумма этапов — выбор пользователя.",
    en: "* The order does not say how several members' grades combine: the mean and the sum of the stages are the caller's choice.",
  },
  roundNote: {
    kk: "Балдар дәл есептеледі; көрсету үшін жартысынан жоғары қарай дөңгелектенеді.",
    ru: "Баллы вычисляются точно; для показа округлены (половина — вверх).",
    en: "Scores are exact; shown rounded half-up for display only.",
  },
} as const satisfies Record<string, Record<ExplainLang, string>>;

export type LabelKey = keyof typeof L;

export function t(key: LabelKey, lang: ExplainLang): string {
  return L[key][lang];
}
