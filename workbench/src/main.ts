// The workbench page: wires the calculators (calculators.ts) to the form, in the language chosen
// (remembered in localStorage). Runs from file:// and any static host; makes no request.
import { refusalAnswer, retestAnswer, workingDayAnswer, workingDaysAnswer, type Outcome } from "./calculators.js";
import { asLang, LANGS, t, type Lang, type UiKey } from "./i18n.js";
import { startRanking } from "./page.js";

const STORE = "kz-civil-service-rules.workbench.lang";

function storedLang(): Lang {
  try {
    return asLang(localStorage.getItem(STORE));
  } catch {
    return "kk"; // storage refused (a strict privacy setting): the default
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Writes an outcome into its output region (text only: nothing is parsed as HTML). */
function render(out: HTMLElement, o: Outcome, lang: Lang): void {
  out.replaceChildren();
  if (!o.ok) {
    out.className = "answer refused";
    out.append(el("p", { class: "title" }, o.title));
    const ul = el("ul");
    for (const l of o.lines) ul.append(el("li", {}, l));
    out.append(ul);
    return;
  }
  out.className = "answer";
  const dl = el("dl");
  for (const f of o.facts) dl.append(el("dt", {}, f.label), el("dd", {}, f.value));
  out.append(dl);
  for (const s of o.sentences) out.append(el("p", {}, s));
  if (o.formula) {
    const p = el("p", { class: "formula" });
    p.append(el("span", {}, `${t(lang, "common.formula")}: `), el("code", {}, o.formula));
    out.append(p);
  }
  for (const c of o.citations) {
    out.append(el("p", { class: "citation" }, `${t(lang, "common.rule")} ${c.rule} · ${t(lang, "common.source")}: ${c.act}, ${c.locator}; ${c.seed}${c.lines ? `, ${t(lang, "common.lines")} ${c.lines}` : ""}`));
  }
}

type Calculator = { form: string; compute: (f: HTMLFormElement, lang: Lang) => Outcome };

const value = (f: HTMLFormElement, name: string): string => (f.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
const checked = (f: HTMLFormElement, name: string): boolean => (f.elements.namedItem(name) as HTMLInputElement).checked;

const CALCULATORS: readonly Calculator[] = [
  { form: "retest", compute: (f, lang) => retestAnswer(value(f, "testDate"), lang) },
  { form: "working", compute: (f, lang) => workingDaysAnswer(value(f, "date"), value(f, "n"), lang) },
  { form: "day", compute: (f, lang) => workingDayAnswer(value(f, "date"), lang) },
  { form: "refusal", compute: (f, lang) => refusalAnswer(value(f, "applicationDate"), value(f, "failedTests"), checked(f, "consent"), lang) },
];

/** Puts the words of `lang` into every element marked `data-i18n`, and recomputes the answers shown. */
function applyLang(lang: Lang, ranking?: { applyLang: (l: Lang) => void }): void {
  document.documentElement.lang = lang;
  document.title = t(lang, "app.title");
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n]")) e.textContent = t(lang, e.dataset.i18n as UiKey);
  for (const c of CALCULATORS) {
    const form = document.getElementById(`form-${c.form}`) as HTMLFormElement;
    const out = document.getElementById(`out-${c.form}`)!;
    if (out.dataset.shown === "1") render(out, c.compute(form, lang), lang);
  }
  ranking?.applyLang(lang);
}

/**
 * Starts the page. `source` is this bundle's own text (the inline script's), from which the
 * ranking's Web Worker is created (a Blob URL: works from file://).
 */
export function startPage(source: string | undefined): void {
  let lang = storedLang();
  const ranking = startRanking(source, () => lang);
  const select = document.getElementById("lang") as HTMLSelectElement;
  for (const l of LANGS) select.append(el("option", { value: l }, { kk: "Қазақша", ru: "Русский", en: "English" }[l]));
  select.value = lang;
  select.addEventListener("change", () => {
    lang = asLang(select.value);
    try {
      localStorage.setItem(STORE, lang);
    } catch {
      // not remembered; still switched
    }
    applyLang(lang, ranking);
  });
  for (const c of CALCULATORS) {
    const form = document.getElementById(`form-${c.form}`) as HTMLFormElement;
    const out = document.getElementById(`out-${c.form}`)!;
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      out.dataset.shown = "1";
      render(out, c.compute(form, lang), lang);
    });
  }
  document.getElementById("print")!.addEventListener("click", () => window.print());
  applyLang(lang, ranking);
}
