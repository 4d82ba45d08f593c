import * as z from "zod";
import { ANY_MAX_YEAR, ANY_MIN_YEAR, isoFromDay, readDate } from "../calendars/civil-date.js";
import { fail, parse } from "../internal/validate.js";
import { cleanText, type TextSite } from "../internal/text.js";
import { SEEDS } from "./acts.js";

const RULE = "R-SEL-8";
const BODY: TextSite = { rule: RULE, field: "body" };

/**
 * One list of App. 4 of the temporary IS selection rules (App. 2 to ASA-184-2024): the state
 * bodies that select and hold competitions for corps "B" positions through the integrated
 * information system in a period.
 *
 * @category Sources
 */
export interface IntegratedSelectionList {
  /** `"<from>/<to>"`. */
  readonly id: string;
  /** First day (inclusive). */
  readonly from: string;
  /** Last day (inclusive). */
  readonly to: string;
  /** The list's heading, in Kazakh, as in the source. */
  readonly heading: string;
  /** Lines in seed 000. */
  readonly lines: string;
  /** The bodies, in Kazakh, as in the source (numbering and final `;`/`.` removed). */
  readonly bodies: readonly string[];
}

/**
 * **R-SEL-8** — App. 4 of the temporary IS selection rules in the edition of ASA-184-2024
 * (its App. 2), seed 000 lines 254–407: five lists of state bodies with their periods.
 *
 * Completeness: seed 000 holds all five lists in full — the fifth ends with item 26
 * («Түркістан облысы бойынша тексеру комиссиясы.», line 407, the file's last line, which has no
 * final newline, so `wc -l` counts 406 lines and line-based tools may stop at item 25).
 * The first list's last item (6) ends with «;» where the other lists end with «.»; nothing follows
 * it but the next list's heading, so the library ships the six items as printed.
 * Every body of the first list (2024 only) is also in the second list (2024–2025).
 *
 * @category Sources
 */
export const INTEGRATED_SELECTION_LISTS: readonly IntegratedSelectionList[] = /* @__PURE__ */ (() => Object.freeze([
  {
    id: "2024-02-01/2024-12-31",
    from: "2024-02-01",
    to: "2024-12-31",
    heading: "2024 жылғы 1 ақпанынан 2024 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық жүйеде \"Б\" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар:",
    lines: "266-273",
    bodies: Object.freeze([
      "Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
      "Қазақстан Республикасының Көлік министрлігі",
      "Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі",
      "Қазақстан Республикасының Сауда және интеграция министрлігі",
      "Ақмола облысының жергілікті атқарушы органдары",
      "Шымкент қаласының жергілікті атқарушы органдары",
    ]),
  },
  {
    id: "2024-02-01/2025-12-31",
    from: "2024-02-01",
    to: "2025-12-31",
    heading: "2024 жылғы 1 ақпанынан 2025 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық жүйеде \"Б\" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар:",
    lines: "275-299",
    bodies: Object.freeze([
      "Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
      "Қазақстан Республикасының Бәсекелестікті қорғау және дамыту агенттігі",
      "Қазақстан Республикасының Көлік министрлігі",
      "Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі",
      "Қазақстан Республикасының Сауда және интеграция министрлігі",
      "Қазақстан Республикасының Туризм және спорт министрлігі",
      "Қазақстан Республикасының Экология және табиғи ресурстар министрлігі",
      "Ақмола облысының жергілікті атқарушы органдары",
      "Ақмола облысының жергілікті өкілді органдары",
      "Ақмола облысы бойынша тексеру комиссиясы",
      "Шымкент қаласының жергілікті атқарушы органдары",
      "Шымкент қаласының жергілікті өкілді органы",
      "Шымкент қаласы бойынша тексеру комиссиясы",
      "Астана қаласының жергілікті атқарушы органдары",
      "Астана қаласының жергілікті өкілді органы",
      "Астана қаласы бойынша тексеру комиссиясы",
      "Қарағанды облысының жергілікті атқарушы органдары",
      "Қарағанды облысының жергілікті өкілді органдары",
      "Қарағанды облысы бойынша тексеру комиссиясы",
      "Павлодар облысының жергілікті атқарушы органдары",
      "Павлодар облысының жергілікті өкілді органдары",
      "Павлодар облысы бойынша тексеру комиссиясы",
    ]),
  },
  {
    id: "2024-07-01/2025-12-31",
    from: "2024-07-01",
    to: "2025-12-31",
    heading: "2024 жылғы 1 шілдесінен 2025 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық жүйеде \"Б\" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар:",
    lines: "301-324",
    bodies: Object.freeze([
      "Қазақстан Республикасының Стратегиялық жоспарлау және реформалар агенттігі",
      "Қазақстан Республикасының Су ресурстары және ирригация министрлігі",
      "Қазақстан Республикасының Денсаулық сақтау министрлігі",
      "Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
      "Қазақстан Республикасының Әділет министрлігі",
      "Қазақстан Республикасының Оқу-ағарту министрлігі",
      "Қазақстан Республикасының Энергетика министрлігі",
      "Ақтөбе облысының жергілікті атқарушы органдары",
      "Ақтөбе облысының жергілікті өкілді органдары",
      "Ақтөбе облысы бойынша тексеру комиссиясы",
      "Шығыс Қазақстан облысының жергілікті атқарушы органдары",
      "Шығыс Қазақстан облысының жергілікті өкілді органдары",
      "Шығыс Қазақстан облысы бойынша тексеру комиссиясы",
      "Батыс Қазақстан облысының жергілікті атқарушы органдары",
      "Батыс Қазақстан облысының жергілікті өкілді органдары",
      "Батыс Қазақстан облысы бойынша тексеру комиссиясы",
      "Солтүстік Қазақстан облысының жергілікті атқарушы органдары",
      "Солтүстік Қазақстан облысының жергілікті өкілді органдары",
      "Солтүстік Қазақстан облысы бойынша тексеру комиссиясы",
      "Маңғыстау облысының жергілікті атқарушы органдары",
      "Маңғыстау облысының жергілікті өкілді органдары",
      "Маңғыстау облысы бойынша тексеру комиссиясы",
    ]),
  },
  {
    id: "2025-01-01/2025-12-31",
    from: "2025-01-01",
    to: "2025-12-31",
    heading: "2025 жылғы 1 қаңтардан 2025 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық жүйеде \"Б\" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар:",
    lines: "326-374",
    bodies: Object.freeze([
      "Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
      "Адам құқықтары жөніндегі орталық",
      "Қазақстан Республикасының Ұлттық экономика министрлігі",
      "Қазақстан Республикасының Ғылым және жоғары білім министрлігі",
      "Қазақстан Республикасының Қорғаныс министрлігі",
      "Қазақстан Республикасының Ауыл шаруашылығы министрлігі",
      "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі",
      "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
      "Қазақстан Республикасының Сыртқы істер министрлігі",
      "Алматы облысының жергілікті атқарушы органдары",
      "Алматы облысының жергілікті өкілді органдары",
      "Алматы облысы бойынша тексеру комиссиясы",
      "Атырау облысының жергілікті атқарушы органдары",
      "Атырау облысының жергілікті өкілді органдары",
      "Атырау облысы бойынша тексеру комиссиясы",
      "Жамбыл облысының жергілікті атқарушы органдары",
      "Жамбыл облысының жергілікті өкілді органдары",
      "Жамбыл облысы бойынша тексеру комиссиясы",
      "Жетісу облысының жергілікті атқарушы органдары",
      "Жетісу облысының жергілікті өкілді органдары",
      "Жетісу облысы бойынша тексеру комиссиясы",
      "Қостанай облысының жергілікті атқарушы органдары",
      "Қостанай облысының жергілікті өкілді органдары",
      "Қостанай облысы бойынша тексеру комиссиясы",
    ]),
  },
  {
    id: "2025-07-01/2025-12-31",
    from: "2025-07-01",
    to: "2025-12-31",
    heading: "2025 жылғы 1 шілдесінен 2025 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық жүйеде \"Б\" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар:",
    lines: "376-407",
    bodies: Object.freeze([
      "Қазақстан Республикасының Қаржылық мониторинг агенттігі",
      "Қазақстан Республикасының Жоғары Сот Кеңесінің Аппараты",
      "Қазақстан Республикасының Бас прокуратурасы",
      "Қазақстан Республикасының Конституциялық Сотының Аппараты",
      "Қазақстан Республикасының Сот әкімшілігі",
      "Қазақстан Республикасы Президентінің Іс басқармасы",
      "Қазақстан Республикасының Жоғары аудиторлық палатасы",
      "Қазақстан Республикасының Орталық сайлау комиссиясы",
      "Қазақстан Республикасының Қаржы министрлігі",
      "Қазақстан Республикасының Ішкі істер министрлігі",
      "Қазақстан Республикасының Төтенше жағдайлар министрлігі",
      "Абай облысының жергілікті атқарушы органдары",
      "Абай облысының жергілікті өкілді органдары",
      "Абай облысы бойынша тексеру комиссиясы",
      "Алматы қаласының жергілікті атқарушы органдары",
      "Алматы қаласының жергілікті өкілді органы",
      "Алматы қаласы бойынша тексеру комиссиясы",
      "Ұлытау облысының жергілікті атқарушы органдары",
      "Ұлытау облысының жергілікті өкілді органдары",
      "Ұлытау облысы бойынша тексеру комиссиясы",
      "Қызылорда облысының жергілікті атқарушы органдары",
      "Қызылорда облысының жергілікті өкілді органдары",
      "Қызылорда облысы бойынша тексеру комиссиясы",
      "Түркістан облысының жергілікті атқарушы органдары",
      "Түркістан облысының жергілікті өкілді органдары",
      "Түркістан облысы бойынша тексеру комиссиясы",
    ]),
  },
] satisfies IntegratedSelectionList[]))();

/** First and last day of the temporary IS selection rules (their point 1, seed 000 line 31). */
export const TEMPORARY_IS_RULES_PERIOD = /* @__PURE__ */ (() => Object.freeze({
  from: "2024-01-01",
  to: "2025-12-31",
  act: "ASA-184-2024",
  locator: "temporary IS selection rules point 1 (ASA-184-2024 point 1, paragraph 8)",
  seed: SEEDS.asa184,
  lines: "31",
} as const))();

const QUOTES = /["'«»“”„‟‘’‚`´]/g;
const DASHES = /[‐‑‒–—―−]/g;
// Latin letters that look like Cyrillic ones (as typed by mistake in Kazakh names).
const LOOKALIKE: Record<string, string> = { a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", h: "һ", i: "і", b: "в", t: "т" };

/**
 * Normalises a body name for matching: cleaned of invisible characters, lower case, quotes
 * removed, dashes unified, whitespace collapsed, a leading list number («12.») and a final «;» or
 * «.» removed, Latin look-alike letters turned into Cyrillic ones, and the prefix «Қазақстан
 * Республикасының» / «Қазақстан Республикасы» dropped (so «Көлік министрлігі» matches).
 *
 * The cleaning (issue 23) is that of every text lookup of the library: Unicode NFC first; zero
 * width non-joiner and joiner, word joiner, byte order mark, soft hyphen, Mongolian vowel
 * separator and the bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069)
 * removed; ZERO WIDTH SPACE U+200B made a space; other whitespace (no-break space, thin spaces,
 * tab, newline …) is whitespace. A control character (NUL, U+0001…U+0008, U+000E…U+001F, DEL, the
 * C1 controls), a lone surrogate, a combining mark left over after NFC or another invisible format
 * character is rejected: a {@link RuleInputError} with code `invalid-character`, `params.codePoint`
 * (e.g. `"U+0000"`) and the character's position in the message.
 *
 * @param name - a state body's name.
 * @returns the normalised name (the key the lookup of {@link usesIntegratedSelection} compares).
 * @throws A {@link RuleInputError} for a non-string name or a rejected character.
 *
 * @example
 * ```ts
 * normalizeBodyName("12. Қазақстан Республикасының Көлік министрлігі;") // "көлік министрлігі"
 * normalizeBodyName("Көлік\u200bминистрлігі")                          // "көлік министрлігі"
 * normalizeBodyName("Көлік\u0000министрлігі")                          // throws: invalid character U+0000 at position 5
 * ```
 * @category Sources
 */
export function normalizeBodyName(name: string): string {
  return foldBodyName(name, { rule: RULE, field: "name" });
}

/**
 * The final run of «;», «.» and «,» removed — by a loop from the end, in time linear in the
 * length (issue 23: the pattern `/[;.,]+$/` tried every start inside a long run of such
 * characters not at the end, quadratic: 30,000 «;» before a letter took about 0.7 s).
 */
function dropFinalPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ";" || s[end - 1] === "." || s[end - 1] === ",")) end--;
  return s.slice(0, end);
}

/** {@link normalizeBodyName}, with the rule id and field name of the caller for the errors. */
function foldBodyName(name: string, site: TextSite): string {
  if (typeof name !== "string") fail(site.rule, site.field, name, "wrong type: expected a state body's name (a string)");
  let s = cleanText(name, site).toLowerCase().replace(QUOTES, "").replace(DASHES, "-");
  s = s.replace(/\s+/g, " ").trim();
  s = dropFinalPunctuation(s.replace(/^\d+\s*[.)]\s*/, "")).trim();
  if (/[а-яәғқңөұүһі]/.test(s)) s = s.replace(/[a-z]/g, (ch) => LOOKALIKE[ch] ?? ch);
  s = s.replace(/^қазақстан республикасы(ның)? /, "");
  return s;
}

const INDEX: ReadonlyMap<string, { name: string; lists: IntegratedSelectionList[] }> = /* @__PURE__ */ (() => {
  const m = new Map<string, { name: string; lists: IntegratedSelectionList[] }>();
  for (const l of INTEGRATED_SELECTION_LISTS) {
    for (const b of l.bodies) {
      const k = foldBodyName(b, { rule: RULE, field: "INTEGRATED_SELECTION_LISTS" });
      const e = m.get(k) ?? { name: b, lists: [] };
      e.lists.push(l);
      m.set(k, e);
    }
  }
  return m;
})();

/**
 * Answer of {@link usesIntegratedSelection}.
 *
 * @category Sources
 */
export interface IntegratedSelectionAnswer {
  /** Whether the body selected through the IS on the date. */
  readonly uses: boolean;
  /** Whether the name is in any of the five lists; `false` means the sources do not name it. */
  readonly known: boolean;
  /** The body's name as printed in the source (when known). */
  readonly body?: string;
  /** The list in force on the date (the first, when two overlap). */
  readonly list?: string;
  /** Its period. */
  readonly period?: { readonly from: string; readonly to: string };
  /** Every list naming the body, with its period. */
  readonly lists: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly rule: "R-SEL-8";
  readonly note?: string;
}

/**
 * Options of {@link usesIntegratedSelection}.
 *
 * @category Sources
 */
export interface IntegratedSelectionOptions {
  /** For a name the lists do not contain: `"report"` (default: `uses: false, known: false` with a note) or `"throw"`. */
  readonly unknown?: "report" | "throw";
}

const optionsSchema = /* @__PURE__ */ (() => z.object({ unknown: z.enum(["report", "throw"]).optional() }).strict().optional())();

/**
 * **R-SEL-8** — whether a state body selected corps "B" candidates through the integrated
 * information system (IS) on a date, by the lists of App. 4 of the temporary IS selection rules
 * (edition of ASA-184-2024, App. 2).
 *
 * > «2025 жылғы 1 шілдесінен 2025 жылғы 31 желтоқсан аралығында ықпалдастырылған ақпараттық
 * > жүйеде "Б" корпусының мемлекеттік әкімшілік лауазымына іріктеу мен орналасуға конкурс
 * > өткізудің уақытша тәртібі енгізілетін мемлекеттік органдар: …»
 *
 * "State bodies in which the temporary procedure of selection and competition for corps "B"
 * positions in the integrated information system is introduced from 1 July 2025 to 31 December
 * 2025: …" — five such lists, from 01.02.2024–31.12.2024, 01.02.2024–31.12.2025,
 * 01.07.2024–31.12.2025, 01.01.2025–31.12.2025 and 01.07.2025–31.12.2025 (both ends inclusive).
 *
 * Names are matched after {@link normalizeBodyName}, which first deals with the invisible
 * characters of text copied from Word or a PDF (zero-width joiners, word joiners, byte order
 * marks, soft hyphens and bidirectional controls removed; a ZERO WIDTH SPACE counts as a space)
 * and rejects control characters, lone surrogates and left-over combining marks with a
 * {@link RuleInputError} (code `invalid-character`) — such a name is never silently "not in the
 * lists". A name the lists do not contain is **not**
 * silently "no": the answer says `known: false` with a note (or, with `unknown: "throw"`, a
 * {@link RuleInputError}). The lists are those of ASA-184-2024's edition (in force from the day
 * after its first publication, not before 05.11.2024); for earlier dates they state what that
 * edition says about those dates — the earlier edition of the appendix is not in the sources.
 *
 * @rule R-SEL-8
 * @param body - name of a state body, in Kazakh as in the lists.
 * @param date - civil date `YYYY-MM-DD` within the temporary rules' period 01.01.2024–31.12.2025.
 * @param opts - `unknown`: `"report"` (default) or `"throw"`.
 * @returns whether the body used the IS on the date, the list and period, and every list naming it.
 * @throws A {@link RuleInputError} for a date outside 01.01.2024–31.12.2025 (the temporary rules do
 *   not apply), a malformed date or name (blank once cleaned, or with a rejected character), or an
 *   unknown name with `unknown: "throw"`.
 *
 * @example
 * ```ts
 * usesIntegratedSelection("Қазақстан Республикасының Қаржы министрлігі", "2025-07-01")
 * // { uses: true, known: true, list: "2025-07-01/2025-12-31", period: { from: "2025-07-01", to: "2025-12-31" }, … }
 * usesIntegratedSelection("Қаржы министрлігі", "2025-06-30").uses   // false (its list starts 01.07.2025)
 * usesIntegratedSelection("Ұлттық банк", "2025-01-10").known         // false
 * ```
 * @category Sources
 */
export function usesIntegratedSelection(body: string, date: string, opts?: IntegratedSelectionOptions): IntegratedSelectionAnswer {
  const clean = typeof body === "string" ? cleanText(body, BODY) : "";
  if (clean.trim() === "") fail(RULE, "body", body, "expected the name of a state body (a non-empty string)");
  const d = readDate(date, "date", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  const o = parse(optionsSchema, opts, RULE, "opts");
  const from = readDate(TEMPORARY_IS_RULES_PERIOD.from, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  const to = readDate(TEMPORARY_IS_RULES_PERIOD.to, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  if (d < from || d > to) {
    fail(RULE, "date", date, `outside the period of the temporary IS selection rules (${TEMPORARY_IS_RULES_PERIOD.from} – ${TEMPORARY_IS_RULES_PERIOD.to}, their point 1): the lists do not apply`);
  }
  const hit = INDEX.get(foldBodyName(clean, BODY));
  if (!hit) {
    if (o?.unknown === "throw") fail(RULE, "body", body, "not named in any of the five lists of App. 4 of the temporary IS selection rules");
    return Object.freeze({
      uses: false,
      known: false,
      lists: Object.freeze([]),
      rule: RULE,
      note: "This name is not in any of the five lists of App. 4 (ASA-184-2024 edition), even after normalising case, spaces and quotes: the sources do not say that this body selected through the IS. Check the spelling against INTEGRATED_SELECTION_LISTS.",
    });
  }
  const lists = Object.freeze(hit.lists.map((l) => Object.freeze({ id: l.id, from: l.from, to: l.to })));
  const inForce = hit.lists.find((l) => readDate(l.from, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR) <= d && d <= readDate(l.to, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR));
  if (!inForce) {
    return Object.freeze({
      uses: false,
      known: true,
      body: hit.name,
      lists,
      rule: RULE,
      note: `On ${isoFromDay(d)} none of the lists naming this body is in force (${lists.map((l) => `${l.from} – ${l.to}`).join("; ")}).`,
    });
  }
  return Object.freeze({
    uses: true,
    known: true,
    body: hit.name,
    list: inForce.id,
    period: Object.freeze({ from: inForce.from, to: inForce.to }),
    lists,
    rule: RULE,
  });
}
