// The workbench's calculators as pure functions: form values in, what the page shows out — every
// answer with its rule id, its explanation in the chosen language and its citation. No DOM here,
// so test/workbench/ checks them against the library in Node.
import {
  addWorkingDays,
  explainRefusalGrounds,
  explainRetest,
  formatRuleInputError,
  isRuleInputError,
  ruleSource,
  type RuleId,
  workingDayInfo,
  type Explanation,
} from "../../src/index.js";
import { t, type Lang } from "./i18n.js";

/** One line of the answer: a label and its value. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** The source of a rule, as the page shows it. */
export interface Citation {
  readonly rule: string;
  readonly act: string;
  readonly locator: string;
  readonly seed: string;
  readonly lines?: string;
}

/** What a calculator shows: facts, the explanation's sentences, the computation, the sources. */
export interface Answer {
  readonly ok: true;
  readonly facts: readonly Fact[];
  readonly sentences: readonly string[];
  readonly formula?: string;
  readonly citations: readonly Citation[];
}

/** What a calculator shows for input the rules cannot use: the library's issues, in the language. */
export interface Refusal {
  readonly ok: false;
  readonly title: string;
  readonly lines: readonly string[];
}

export type Outcome = Answer | Refusal;

function citation(rule: string): Citation {
  const s = ruleSource(rule as RuleId); // the calculators' own rule ids
  return { rule, act: s.act, locator: s.locator, seed: s.seed, ...(s.lines ? { lines: s.lines } : {}) };
}

function fromExplanation(e: Explanation): Pick<Answer, "sentences" | "formula" | "citations"> {
  const details = e.details ?? [];
  return {
    sentences: [e.text, ...details.map((d) => d.text)],
    ...(e.formula ? { formula: e.formula } : {}),
    citations: [{ rule: e.citation.rule, act: e.citation.act, locator: e.citation.locator, seed: e.citation.seed, ...(e.citation.lines ? { lines: e.citation.lines } : {}) }],
  };
}

/** Runs `f`; a RuleInputError becomes a {@link Refusal} in `lang`; anything else is a bug and is thrown. */
function guarded(lang: Lang, f: () => Answer): Outcome {
  try {
    return f();
  } catch (e) {
    if (!isRuleInputError(e)) throw e;
    return { ok: false, title: t(lang, "common.error"), lines: formatRuleInputError(e, { lang }).split("\n") };
  }
}

/** R-EL-1: the earliest day of a retest after a test on `testDate` (corps "B", Civil Code counting). */
export function retestAnswer(testDate: string, lang: Lang): Outcome {
  return guarded(lang, () => {
    const e = explainRetest(testDate.trim(), { lang });
    return {
      ok: true,
      facts: [
        { label: t(lang, "calc.retest.earliest"), value: String(e.params.earliest) },
        { label: t(lang, "calc.retest.firstWorking"), value: String(e.params.firstWorkingDay) },
      ],
      ...fromExplanation(e),
    };
  });
}

/** R-CAL-1: the date `n` working days after `date`. */
export function workingDaysAnswer(date: string, n: string, lang: Lang): Outcome {
  return guarded(lang, () => {
    const count = n.trim() === "" ? Number.NaN : Number(n);
    const result = addWorkingDays(date.trim(), count);
    return {
      ok: true,
      facts: [{ label: t(lang, "calc.working.result"), value: result }],
      sentences: [],
      formula: `${date.trim()} + ${count} → ${result}`,
      citations: [citation("R-CAL-1")],
    };
  });
}

/** R-CAL-1, R-CAL-2: whether `date` is a working day, why, and whether the year is confirmed. */
export function workingDayAnswer(date: string, lang: Lang): Outcome {
  return guarded(lang, () => {
    const info = workingDayInfo(date.trim());
    const name = info.dayOff ? (lang === "kk" ? info.dayOff.name : lang === "ru" ? info.dayOff.nameRu : info.dayOff.nameEn) : undefined;
    return {
      ok: true,
      facts: [
        { label: t(lang, "calc.day.date"), value: info.date },
        { label: t(lang, info.working ? "calc.day.working" : "calc.day.notWorking"), value: t(lang, `reason.${info.reason}`) + (name ? ` — ${name}` : "") },
      ],
      sentences: [t(lang, `coverage.${info.coverage}`)],
      citations: [citation("R-CAL-1"), citation("R-CAL-2")],
    };
  });
}

/** One date per line; blank lines skipped. */
export function dateLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** R-EL-3: the grounds to refuse the testing service on `applicationDate`. */
export function refusalAnswer(applicationDate: string, failedTests: string, consent: boolean, lang: Lang): Outcome {
  return guarded(lang, () => {
    const e = explainRefusalGrounds({ applicationDate: applicationDate.trim(), failedTests: dateLines(failedTests), personalDataConsent: consent }, { lang });
    const count = Number(e.params.count ?? 0);
    return {
      ok: true,
      facts: [{ label: t(lang, count === 0 ? "calc.refusal.none" : "calc.refusal.grounds"), value: count === 0 ? "—" : String(e.params.grounds) }],
      ...fromExplanation(e),
    };
  });
}
