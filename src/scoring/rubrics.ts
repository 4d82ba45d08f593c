import * as z from "zod";
import { num, parse, type Num } from "../internal/validate.js";

/**
 * Identifier of a scoring rubric of the orders:
 * - `"selection-essay"` — IS selection essay (R-SEL-3), 0–5;
 * - `"selection-interview"` — IS selection interview (R-SEL-4), 0–3, one descriptor per point;
 * - `"competition-essay"` — general competition essay Э (R-GC-2), 0–5, the same bands as R-SEL-3;
 * - `"competition-practical-non-leadership"`, `"competition-practical-lower"` — practical tasks
 *   П1, П2 (R-GC-3), 0–5, bands 0; 1–2; 2–3; 4–5 (worded differently for the two tracks);
 * - `"competition-interview"` — general competition interview answers С1, С2 (R-GC-4), 0–5,
 *   bands 0; 1–2; 2–3; 4–5.
 *
 * @category Scoring
 */
export type RubricId =
  | "selection-essay"
  | "selection-interview"
  | "competition-essay"
  | "competition-practical-non-leadership"
  | "competition-practical-lower"
  | "competition-interview";

/**
 * One band of a rubric: the points it covers, the descriptor as printed (Kazakh) and an English
 * rendering.
 *
 * @category Scoring
 */
export interface RubricBand {
  /** Lowest point of the band (whole). */
  readonly min: number;
  /** Highest point of the band (whole). */
  readonly max: number;
  /** The band's points as printed, e.g. `"1–2"`. */
  readonly label: string;
  /** The band exactly as printed in the source line, points included. */
  readonly printed: string;
  /** The Kazakh descriptor (the printed band without its points and final punctuation). */
  readonly kk: string;
  /** English rendering of the descriptor (the library's translation). */
  readonly en: string;
  /** Line of the seed file where the band is printed. */
  readonly line: number;
}

/**
 * A rubric: its rule, scale, source and bands.
 *
 * @category Scoring
 */
export interface Rubric {
  readonly id: RubricId;
  readonly rule: "R-SEL-3" | "R-SEL-4" | "R-GC-2" | "R-GC-3" | "R-GC-4";
  readonly title: string;
  /** Highest point of the scale (the lowest is 0). */
  readonly maxPoints: number;
  /** `true` where printed bands share a point (2 lies in «1-2 балл» and «2-3 балл»). */
  readonly overlapping: boolean;
  readonly seed: string;
  readonly lines: string;
  readonly bands: readonly RubricBand[];
  /** Remarks on the printed text. */
  readonly notes?: readonly string[];
}

const ASA52 = "sources/001_a64fa5ff937c345c.txt";
const OVERLAP_NOTE =
  "The printed bands «1-2 балл» and «2-3 балл» overlap at 2: the library keeps the text's bands as printed and reports every band a grade falls in.";

function freeze(r: Rubric): Rubric {
  return Object.freeze({ ...r, bands: Object.freeze(r.bands.map((b) => Object.freeze({ ...b }))), ...(r.notes ? { notes: Object.freeze([...r.notes]) } : {}) });
}

/**
 * The rubric bands of the orders as typed data, each descriptor in Kazakh as printed (checked
 * against the seed lines by the tests) with an English rendering:
 * - essay (R-SEL-3 and R-GC-2): 0 / 1–2 / 3–4 / 5;
 * - IS interview (R-SEL-4): one descriptor per point, 0 / 1 / 2 / 3;
 * - practical tasks (R-GC-3, non-leadership and lower worded differently) and general-competition
 *   interview (R-GC-4): 0 / 1–2 / 2–3 / 4–5 — the printed bands overlap at 2.
 *
 * Sources (ASA-52-2026): IS selection rules App. 1 (seed 001 lines 2285, 2287); general
 * competition rules App. 2 (seed 001 lines 1986–1992, 2004–2022, 2034–2040). The earlier IS edition
 * (ASA-184-2024, seed 000 line 247) has the same bands with «үміткер» for «кандидат» and the
 * misprint «аспаған» for «ашпаған».
 *
 * @rule R-SEL-3 R-SEL-4 R-GC-2 R-GC-3 R-GC-4
 * @category Scoring
 */
export const RUBRICS: Readonly<Record<RubricId, Rubric>> = /* @__PURE__ */ (() => Object.freeze({
  "selection-essay": freeze({
    id: "selection-essay",
    rule: "R-SEL-3",
    title: "IS selection: essay (one member's grade)",
    maxPoints: 5,
    overlapping: false,
    seed: ASA52,
    lines: "2285",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл -кандидат эссе тақырыбын жазбаған немесе ашпаған (сұрақты білмегендігін көрсетеді);", kk: "кандидат эссе тақырыбын жазбаған немесе ашпаған (сұрақты білмегендігін көрсетеді)", en: "the candidate did not write or did not reveal the essay topic (shows no knowledge of the question)", line: 2285 },
    { min: 1, max: 2, label: "1–2", printed: "1 – 2 балл- кандидат эссе тақырыбын ішінара ашты (тиісті сала туралы жалпы білімі мен түсінігі бар);", kk: "кандидат эссе тақырыбын ішінара ашты (тиісті сала туралы жалпы білімі мен түсінігі бар)", en: "the candidate revealed the essay topic partly (has general knowledge and understanding of the field)", line: 2285 },
    { min: 3, max: 4, label: "3–4", printed: "3 – 4 балл - кандидат эссе тақырыбын жақсы ашты (тиісті сала туралы кең білімі мен түсінігі, тәуелсіз және сыни талдаудың өте жақсы деңгейі бар);", kk: "кандидат эссе тақырыбын жақсы ашты (тиісті сала туралы кең білімі мен түсінігі, тәуелсіз және сыни талдаудың өте жақсы деңгейі бар)", en: "the candidate revealed the essay topic well (broad knowledge and understanding of the field, a very good level of independent and critical analysis)", line: 2285 },
    { min: 5, max: 5, label: "5", printed: "5 балл – кандидат эссе тақырыбын толық ашты (тиісті сала туралы терең білімі мен түсінігі, тәуелсіз және сыни талдаудың жоғары деңгейі бар, саланы жетілдіру бойынша шараларды ұсынады).", kk: "кандидат эссе тақырыбын толық ашты (тиісті сала туралы терең білімі мен түсінігі, тәуелсіз және сыни талдаудың жоғары деңгейі бар, саланы жетілдіру бойынша шараларды ұсынады)", en: "the candidate revealed the essay topic fully (deep knowledge and understanding of the field, a high level of independent and critical analysis, proposes measures to improve the field)", line: 2285 },
    ],
  }),
  "selection-interview": freeze({
    id: "selection-interview",
    rule: "R-SEL-4",
    title: "IS selection: interview",
    maxPoints: 3,
    overlapping: false,
    seed: ASA52,
    lines: "2287",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл - кандидат әңгімелесу қабілетін көрсетпеді, немесе әңгімелесуді қысылып жүргізеді, сұрақтарға толық жауап бермейді", kk: "кандидат әңгімелесу қабілетін көрсетпеді, немесе әңгімелесуді қысылып жүргізеді, сұрақтарға толық жауап бермейді", en: "the candidate showed no ability to converse, or converses constrainedly and does not answer the questions fully", line: 2287 },
    { min: 1, max: 1, label: "1", printed: "1 балл-кандидат әңгімені қысылып жүргізеді, жетекші сұрақтарға нашар жауап береді, бірақ кейбір сұрақтарға толық жауап береді;", kk: "кандидат әңгімені қысылып жүргізеді, жетекші сұрақтарға нашар жауап береді, бірақ кейбір сұрақтарға толық жауап береді", en: "the candidate converses constrainedly, answers leading questions poorly, but answers some questions fully", line: 2287 },
    { min: 2, max: 2, label: "2", printed: "2 балл – кандидат жақсы әңгімелеседі, көптеген сұрақтарға толық жауап береді, жетекші сұрақтарға жауап береді;", kk: "кандидат жақсы әңгімелеседі, көптеген сұрақтарға толық жауап береді, жетекші сұрақтарға жауап береді", en: "the candidate converses well, answers many questions fully and answers leading questions", line: 2287 },
    { min: 3, max: 3, label: "3", printed: "3 балл - кандидат еркін әңгімелеседі, кез келген тақырыптағы сұрақтарға оңай жауап береді, ой-өрісінің кеңдігін көрсетеді, кәсіби тәжірибеден мысалдар келтіреді, сенімді дәлелдер мен негіздемелер береді.", kk: "кандидат еркін әңгімелеседі, кез келген тақырыптағы сұрақтарға оңай жауап береді, ой-өрісінің кеңдігін көрсетеді, кәсіби тәжірибеден мысалдар келтіреді, сенімді дәлелдер мен негіздемелер береді", en: "the candidate converses freely, answers questions on any topic easily, shows a broad outlook, gives examples from professional experience, gives convincing arguments and justifications", line: 2287 },
    ],
    notes: ["In the seed the descriptors of 0 and 1 point run together with no separator («…толық жауап бермейді 1 балл-кандидат…»)."],
  }),
  "competition-essay": freeze({
    id: "competition-essay",
    rule: "R-GC-2",
    title: "General competition: essay Э (leadership positions; one member's grade)",
    maxPoints: 5,
    overlapping: false,
    seed: ASA52,
    lines: "1986-1992",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл – кандидат эссе тақырыбын жазбаған немесе ашпаған (сұрақты білмейтінін көрсетеді);", kk: "кандидат эссе тақырыбын жазбаған немесе ашпаған (сұрақты білмейтінін көрсетеді)", en: "the candidate did not write or did not reveal the essay topic (shows no knowledge of the question)", line: 1986 },
    { min: 1, max: 2, label: "1–2", printed: "1 – 2 балл – кандидат эссе тақырыбын ішінара ашты (тиісті сала туралы жалпы білімі мен түсінігі бар);", kk: "кандидат эссе тақырыбын ішінара ашты (тиісті сала туралы жалпы білімі мен түсінігі бар)", en: "the candidate revealed the essay topic partly (has general knowledge and understanding of the field)", line: 1988 },
    { min: 3, max: 4, label: "3–4", printed: "3 – 4 балл – кандидат эссе тақырыбын жақсы ашты (тиісті сала туралы кең білімі мен түсінігі, тәуелсіз және сыни талдаудың өте жақсы деңгейі бар);", kk: "кандидат эссе тақырыбын жақсы ашты (тиісті сала туралы кең білімі мен түсінігі, тәуелсіз және сыни талдаудың өте жақсы деңгейі бар)", en: "the candidate revealed the essay topic well (broad knowledge and understanding of the field, a very good level of independent and critical analysis)", line: 1990 },
    { min: 5, max: 5, label: "5", printed: "5 балл – кандидат эссе тақырыбын толық ашты (тиісті сала туралы терең білімі мен түсінігі, тәуелсіз және сыни талдаудың жоғары деңгейі бар, саланы жетілдіру шараларын ұсынады).", kk: "кандидат эссе тақырыбын толық ашты (тиісті сала туралы терең білімі мен түсінігі, тәуелсіз және сыни талдаудың жоғары деңгейі бар, саланы жетілдіру шараларын ұсынады)", en: "the candidate revealed the essay topic fully (deep knowledge and understanding of the field, a high level of independent and critical analysis, proposes measures to improve the field)", line: 1992 },
    ],
    notes: ["Same bands as the IS essay (R-SEL-3); the wording differs slightly («білмейтінін» for «білмегендігін», «саланы жетілдіру шараларын» for «саланы жетілдіру бойынша шараларды»)."],
  }),
  "competition-practical-non-leadership": freeze({
    id: "competition-practical-non-leadership",
    rule: "R-GC-3",
    title: "General competition: practical task П1/П2, non-leadership positions («Басшылық емес лауазымдар үшін»)",
    maxPoints: 5,
    overlapping: true,
    seed: ASA52,
    lines: "2004-2012",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл – тапсырма іс жүзінде орындалмады, нәтижесі тапсырмаға сәйкес келмейді, өрескел қателер;", kk: "тапсырма іс жүзінде орындалмады, нәтижесі тапсырмаға сәйкес келмейді, өрескел қателер", en: "the task was practically not done, the result does not match the task, gross errors", line: 2006 },
    { min: 1, max: 2, label: "1–2", printed: "1-2 балл – тапсырма толық орындалмады, үлкен қателіктер жіберілді, логика мен құрылым жеткіліксіз;", kk: "тапсырма толық орындалмады, үлкен қателіктер жіберілді, логика мен құрылым жеткіліксіз", en: "the task was not done fully, major mistakes were made, logic and structure are insufficient", line: 2008 },
    { min: 2, max: 3, label: "2–3", printed: "2-3 балл –тапсырма толығымен дерлік орындалды, жалпы нәтижеге, құрылымға және рәсімдеуге жақсы деңгейде әсер ететін шамалы дәлсіздіктер болуы мүмкін;", kk: "тапсырма толығымен дерлік орындалды, жалпы нәтижеге, құрылымға және рәсімдеуге жақсы деңгейде әсер ететін шамалы дәлсіздіктер болуы мүмкін", en: "the task was almost fully done; there may be minor inaccuracies, with the overall result, structure and formatting at a good level (the Kazakh literally reads “minor inaccuracies that affect the overall result, structure and formatting at a good level”)", line: 2010 },
    { min: 4, max: 5, label: "4–5", printed: "4-5 балл –тапсырма толығымен орындалды, нәтиже дәлдік пен практикалық құндылықты көрсетеді.", kk: "тапсырма толығымен орындалды, нәтиже дәлдік пен практикалық құндылықты көрсетеді", en: "the task was fully done, the result shows accuracy and practical value", line: 2012 },
    ],
    notes: [OVERLAP_NOTE],
  }),
  "competition-practical-lower": freeze({
    id: "competition-practical-lower",
    rule: "R-GC-3",
    title: "General competition: practical task П1/П2, lower positions («Төменгі лауазымдар үшін»)",
    maxPoints: 5,
    overlapping: true,
    seed: ASA52,
    lines: "2014-2022",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл – тапсырма іс жүзінде орындалмады, нәтижесі тапсырмаға сәйкес келмейді, өрескел қателер.", kk: "тапсырма іс жүзінде орындалмады, нәтижесі тапсырмаға сәйкес келмейді, өрескел қателер", en: "the task was practically not done, the result does not match the task, gross errors", line: 2016 },
    { min: 1, max: 2, label: "1–2", printed: "1-2 балл – тапсырма толық орындалмады, үлкен қателіктер жіберілді, логика мен құрылым жеткіліксіз;", kk: "тапсырма толық орындалмады, үлкен қателіктер жіберілді, логика мен құрылым жеткіліксіз", en: "the task was not done fully, major mistakes were made, logic and structure are insufficient", line: 2018 },
    { min: 2, max: 3, label: "2–3", printed: "2-3 балл –тапсырма толығымен дерлік орындалды, құрылымы мен логикасы жақсы деңгейде, кандидат толық жауап береді;", kk: "тапсырма толығымен дерлік орындалды, құрылымы мен логикасы жақсы деңгейде, кандидат толық жауап береді", en: "the task was almost fully done, structure and logic are at a good level, the candidate answers fully", line: 2020 },
    { min: 4, max: 5, label: "4–5", printed: "4-5 балл – тапсырма толығымен орындалды, құрылымы мен логикасы жоғары деңгейде, кандидат ой-өрісінің кеңдігін көрсетеді, сенімді дәлелдер мен негіздемелер береді.", kk: "тапсырма толығымен орындалды, құрылымы мен логикасы жоғары деңгейде, кандидат ой-өрісінің кеңдігін көрсетеді, сенімді дәлелдер мен негіздемелер береді", en: "the task was fully done, structure and logic are at a high level, the candidate shows a broad outlook and gives convincing arguments and justifications", line: 2022 },
    ],
    notes: [OVERLAP_NOTE],
  }),
  "competition-interview": freeze({
    id: "competition-interview",
    rule: "R-GC-4",
    title: "General competition: interview answer С1/С2",
    maxPoints: 5,
    overlapping: true,
    seed: ASA52,
    lines: "2034-2040",
    bands: [
    { min: 0, max: 0, label: "0", printed: "0 балл – кандидат сұраққа жауап берген жоқ;", kk: "кандидат сұраққа жауап берген жоқ", en: "the candidate did not answer the question", line: 2034 },
    { min: 1, max: 2, label: "1–2", printed: "1-2 балл – кандидат қойылған сұрақтың тақырыбы туралы жалпы түсінікке ие;", kk: "кандидат қойылған сұрақтың тақырыбы туралы жалпы түсінікке ие", en: "the candidate has a general understanding of the topic of the question asked", line: 2036 },
    { min: 2, max: 3, label: "2–3", printed: "2-3 балл – кандидат қойылған сұрақтың тақырыбын жақсы біледі;", kk: "кандидат қойылған сұрақтың тақырыбын жақсы біледі", en: "the candidate knows the topic of the question asked well", line: 2038 },
    { min: 4, max: 5, label: "4–5", printed: "4-5 балл – кандидат қойылған сұрақтың тақырыбын толық меңгерген.", kk: "кандидат қойылған сұрақтың тақырыбын толық меңгерген", en: "the candidate has fully mastered the topic of the question asked", line: 2040 },
    ],
    notes: [OVERLAP_NOTE],
  }),
}))();

const RUBRIC_IDS = /* @__PURE__ */ (() => Object.keys(RUBRICS) as [RubricId, ...RubricId[]])();
const rubricSchema = /* @__PURE__ */ (() => z.enum(RUBRIC_IDS, {
  error: (iss) =>
    iss.input === undefined
      ? "missing: a rubric id is required"
      : `unknown rubric: expected one of ${RUBRIC_IDS.map((r) => `"${r}"`).join(", ")}`,
}))();

/**
 * **R-SEL-3, R-SEL-4, R-GC-2, R-GC-3, R-GC-4** — every band of a rubric that a grade falls in — one band, or two where the printed bands
 * overlap (a grade of 2 on the practical-task and general-competition interview rubrics lies in
 * both «1-2 балл» and «2-3 балл»; the text is kept as printed, not "corrected").
 *
 * > «1-2 балл – кандидат қойылған сұрақтың тақырыбы туралы жалпы түсінікке ие;
 * > 2-3 балл – кандидат қойылған сұрақтың тақырыбын жақсы біледі;»
 *
 * "1–2 points — the candidate has a general understanding of the topic of the question asked;
 * 2–3 points — the candidate knows the topic of the question asked well." (general competition
 * interview, R-GC-4: a grade of 2 is described by both bands.)
 *
 * The grade is one evaluator's point on the rubric's scale: a whole number from 0 to the rubric's
 * maximum (3 for `"selection-interview"`, 5 otherwise), since the bands are printed in whole
 * points. See {@link RUBRICS} for the data and its sources.
 *
 * @rule R-SEL-3 R-SEL-4 R-GC-2 R-GC-3 R-GC-4
 * @param rubric - a {@link RubricId}.
 * @param score - a whole number of points, 0 to the rubric's maximum.
 * @returns the bands containing the grade, in the order printed (never empty for a valid grade);
 *   a new array of frozen bands.
 * @throws A {@link RuleInputError} for an unknown rubric, or a grade that is not a whole number in
 *   the rubric's range (NaN, Infinity, wrong type included); the issue carries the rubric's rule id.
 *
 * @example
 * ```ts
 * rubricBands("selection-essay", 4).map((b) => b.label)        // ["3–4"]
 * rubricBands("competition-interview", 2).map((b) => b.label)  // ["1–2", "2–3"]
 * rubricBands("selection-interview", 3)[0].kk                  // "кандидат еркін әңгімелеседі, …"
 * ```
 * @category Scoring
 */
export function rubricBands(rubric: RubricId, score: Num): readonly RubricBand[] {
  const known = typeof rubric === "string" && Object.prototype.hasOwnProperty.call(RUBRICS, rubric) ? RUBRICS[rubric] : undefined;
  const rule = known?.rule ?? "R-SEL-3/R-SEL-4/R-GC-2/R-GC-3/R-GC-4";
  const schema = z.object({
    rubric: rubricSchema,
    score: num({ min: 0, max: known?.maxPoints, whole: true, unit: "points" }),
  });
  const input = parse(schema, { rubric, score }, rule);
  return RUBRICS[input.rubric].bands.filter((b) => input.score.gte(b.min) && input.score.lte(b.max));
}
