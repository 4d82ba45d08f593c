/**
 * R-GC-8 — the practical tasks of the general competition (para 88 of the general competition
 * rules, new edition by ASA-52-2026; `sources/001_a64fa5ff937c345c.txt` lines 1360–1372), as data.
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/**
 * One practical task as the rules describe it.
 *
 * @category Eligibility
 */
export interface PracticalTask {
  /** Number of the task within its track (П1, П2 of the methodology). */
  readonly n: 1 | 2;
  /** The Kazakh text, verbatim. */
  readonly kk: string;
  /** English rendering. */
  readonly en: string;
  /** Line in the seed. */
  readonly line: number;
}

/**
 * R-GC-8 — what the practical tasks are, per track. Leadership positions have no practical stage
 * (they take the essay instead, R-GC-2). Each task is scored 0–5 (П1, П2; R-GC-3).
 *
 * > «88. Практикалық бағалау кезеңінде кандидаттар бос лауазымның функционалдық бағыттарынан
 * > туындайтын кәсіби қабілеттері анықталады. Практикалық тапсырмалар қысқа, анық, нақты және
 * > қабілеттерді бағалауға бағытталған болуы керек:» (lines 1360–1362)
 *
 * "At the practical stage the candidates' professional abilities arising from the functional areas
 * of the vacant position are determined. Practical tasks must be short, clear, specific and aimed at
 * assessing abilities:" — then the tasks per track, below. For lower positions the text describes
 * one sentence of two tasks, not each task separately: both tasks carry that sentence.
 *
 * @rule R-GC-8
 * @category Eligibility
 */
export const PRACTICAL_TASKS = /* @__PURE__ */ (() => ({
  source: {
    rule: "R-GC-8",
    act: "ASA-52-2026",
    locator: "List point 16 (paras 21–26, 29–42, 45–46 group): general competition rules para 88",
    seed: SEEDS.asa52,
    lines: "1360-1372",
    requirementKk: "Практикалық тапсырмалар қысқа, анық, нақты және қабілеттерді бағалауға бағытталған болуы керек",
    requirementEn: "Practical tasks must be short, clear, specific and aimed at assessing abilities.",
    confidentialityKk:
      "Осы тармақтың бірінші және екінші бөліктерінде көрсетілген адамдар практикалық тапсырмалар тізбесін жария етпеу және өзектендіру үшін дербес жауапты болады.",
    confidentialityEn:
      "The persons named in the first and second parts of this paragraph (para 89) are personally responsible for not disclosing and for updating the list of practical tasks (para 89, fourth part, line 1378).",
  },
  "non-leadership": {
    headingKk: "\"Б\" корпусының басшылық емес мемлекеттік әкімшілік лауазымдарға орналасу үшін:",
    tasks: [
      {
        n: 1,
        kk: "тапсырманың материалдары негізінде аналитикалық жазба дайындау бойынша;",
        en: "preparing an analytical note on the basis of the task's materials",
        line: 1366,
      },
      {
        n: 2,
        kk: "бос лауазымның функционалдық міндеттері шеңберінде мемлекеттік органдарға және өзге де ұйымдарға ресми сауалдар мен хаттар дайындау немесе жеке және заңды тұлғалардың өтініштерін қарап, заңнамаға сәйкес дәлелді жауаптар дайындау бойынша.",
        en: "within the functional duties of the vacant position, preparing official requests and letters to state bodies and other organisations, or reviewing applications of individuals and legal entities and preparing reasoned answers in accordance with the legislation",
        line: 1368,
      },
    ],
  },
  lower: {
    headingKk: "жұмыс өтілін талап етпейтін төменгі мемлекеттік әкімшілік лауазымдарға орналасу үшін:",
    tasks: [1, 2].map((n) => ({
      n: n as 1 | 2,
      kk: "жалпы ой-өрісін, мемлекеттік органның салалық ерекшелігін кандидаттың түсінуін айқындауға, ашықтықты, ойды анық, қисынды түрде білдіру қабілетін анықтауға бағытталған, сондай-ақ жеке құзыреттері тұрғысынан екі тапсырманы орындау бойынша.",
      en: "one of two tasks aimed at determining the candidate's general outlook and understanding of the state body's sectoral specifics, openness and the ability to express thoughts clearly and logically, and also from the standpoint of personal competencies",
      line: 1372,
    })),
  },
  leadership: { headingKk: null, tasks: [] },
} as const))();
