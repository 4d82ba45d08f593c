// src/cli/i18n: the CLI's own words in kk, ru and en — every key in the three catalogues (with the
// same parameters), the help of every command in Kazakh and Russian (by --lang and by LANG), and
// the usage, JSON-reading and value errors that were English only, now in the run's language.
import { afterEach, describe, expect, it, vi } from "vitest";
import { en } from "../../src/cli/i18n/en.js";
import { kk } from "../../src/cli/i18n/kk.js";
import { ru } from "../../src/cli/i18n/ru.js";
import { tr, type CliMessageKey } from "../../src/cli/i18n/index.js";
import { readBytes } from "../../src/cli/io.js";
import { errorText } from "../../src/cli/run.js";
import { fixture, runCli, tempFiles, thrown } from "../support/cli.js";

const P = "kz-civil-service-rules: ";
const params = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const KEYS = Object.keys(en) as CliMessageKey[];

describe("CLI i18n — the three catalogues", () => {
  it("every key of en is in kk and ru, and kk and ru hold no other key", () => {
    expect(Object.keys(kk).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(ru).sort()).toEqual([...KEYS].sort());
  });
  it.each(KEYS)("%s: not empty, the same {parameters} in en, kk and ru", (key) => {
    for (const cat of [en, kk, ru]) expect(cat[key].trim()).not.toBe("");
    expect(params(kk[key])).toEqual(params(en[key]));
    expect(params(ru[key])).toEqual(params(en[key]));
  });
  it("no kk or ru text is left as the English one", () => {
    expect(KEYS.filter((k) => kk[k] === en[k] || ru[k] === en[k])).toEqual([]);
  });
});

const HELP: Record<string, { args: string[]; kk: string; ru: string; en: string }> = {
  score: { args: ["score"], kk: "кандидаттарының балдарын", ru: "Вычисляет баллы и ранжирует кандидатов", en: "Scores and ranks the candidates" },
  funnel: {
    args: ["funnel"],
    kk: "Президенттік жастар кадр резервіне 2025 жылғы іріктеуді",
    ru: "Проводит отбор в Президентский молодёжный кадровый резерв 2025 года",
    en: "Runs the Presidential Youth Reserve 2025 funnel",
  },
  retest: { args: ["retest"], kk: "қайта тестілеудің ең ерте күні", ru: "Самый ранний день повторного тестирования", en: "The earliest retest day" },
  refusal: {
    args: ["refusal"],
    kk: "Тестілеу қызметін көрсетуден бас тарту негіздері",
    ru: "Основания для отказа в оказании услуги тестирования",
    en: "The grounds on which the testing service is refused",
  },
  workdays: { args: ["workdays"], kk: "жылдың демалыс күндері", ru: "выходные дни года", en: "the days off of a year" },
};

describe("CLI i18n — the help of every command in kk, ru and en", () => {
  afterEach(() => vi.unstubAllEnvs());
  it.each(Object.keys(HELP))("%s --help --lang kk / ru / en: the help in that language, exit 0", async (cmd) => {
    const h = HELP[cmd]!;
    const kkRun = await runCli(...h.args, "--help", "--lang", "kk");
    expect(kkRun.code).toBe(0);
    expect(kkRun.out).toContain(h.kk);
    expect(kkRun.out).toContain("Шығу кодтары: 0 — сәтті");
    expect(kkRun.out).not.toContain("Usage:");
    const ruRun = await runCli(...h.args, "--lang=ru", "-h");
    expect(ruRun.code).toBe(0);
    expect(ruRun.out).toContain(h.ru);
    expect(ruRun.out).toContain("Коды выхода: 0 — успешно");
    expect(ruRun.out).not.toContain("Usage:");
    const enRun = await runCli(...h.args, "--help", "--lang", "en");
    expect(enRun.out).toContain(h.en);
    expect(enRun.out.startsWith("Usage:")).toBe(true);
  });
  it.each(Object.keys(HELP))("%s --help with LANG=ru_RU.UTF-8 (no --lang): Russian; LANG=kk_KZ: Kazakh; a bad --lang: the environment's", async (cmd) => {
    const h = HELP[cmd]!;
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "");
    vi.stubEnv("LANG", "ru_RU.UTF-8");
    expect((await runCli(...h.args, "--help")).out).toContain(h.ru);
    expect((await runCli(...h.args, "--help", "--lang", "de")).out).toContain(h.ru);
    vi.stubEnv("LANG", "kk_KZ.UTF-8");
    expect((await runCli(...h.args, "--help")).out).toContain(h.kk);
  });
  it("funnel --help --lang kk names the sectors and the exclusion grounds", async () => {
    const out = (await runCli("funnel", "--help", "--lang", "kk")).out;
    expect(out).toContain("sector = ");
    expect(out).not.toContain("{sectors}");
    expect(out).not.toContain("{grounds}");
  });
  it("a usage error of a command is followed by the command's help in the same language", async () => {
    const r = await runCli("retest", "--lang", "ru");
    expect(r).toEqual({ code: 2, out: "", err: `${P}retest: укажите дату тестирования (ГГГГ-ММ-ДД)\n\n${tr("ru", "help.retest")}\n` });
  });
});

/** Runs a command line expecting exit `code` and nothing on stdout; returns stderr. */
async function err(code: number, ...args: string[]): Promise<string> {
  const r = await runCli(...args);
  expect(r.out).toBe("");
  expect(r.code).toBe(code);
  return r.err;
}

describe("CLI i18n — usage errors of the options in kk and ru (exit 2)", () => {
  afterEach(() => vi.unstubAllEnvs());
  it("a one-of option (oneOf)", async () => {
    expect(await err(2, "retest", "2026-12-30", "--counting", "x", "--lang", "ru")).toBe(`${P}--counting: ожидается одно из значений civil-code, inclusive, получено "x"\n`);
    expect(await err(2, "retest", "2026-12-30", "--regime", "x", "--lang", "kk")).toBe(`${P}--regime: corps-b, law-enforcement мәндерінің бірі күтіледі, берілгені "x"\n`);
  });
  it("a whole number option (wholeOf) and --decimals above 40", async () => {
    const f = fixture("is-selection.csv");
    expect(await err(2, "score", f, "--decimals", "x", "--lang", "kk")).toBe(`${P}--decimals: ≥ 0 бүтін сан күтіледі, берілгені "x"\n`);
    expect(await err(2, "score", f, "--decimals", "41", "--lang", "ru")).toBe(`${P}--decimals: не больше 40\n`);
    expect(await err(2, "workdays", "--year", "x", "--lang", "ru")).toBe(`${P}--year: ожидается целое число ≥ 0, получено "x"\n`);
  });
  it("--delimiter and --final-quota", async () => {
    expect(await err(2, "score", fixture("is-selection.csv"), "--delimiter", "|", "--lang", "ru")).toBe(`${P}--delimiter: ожидается одно из значений , ; tab, получено "|"\n`);
    expect(await err(2, "funnel", fixture("campaign.csv"), "--delimiter", "|", "--lang", "kk")).toBe(`${P}--delimiter: , ; tab мәндерінің бірі күтіледі, берілгені "|"\n`);
    expect(await err(2, "funnel", fixture("campaign.csv"), "--final-quota", "x", "--lang", "kk")).toBe(`${P}--final-quota: БАҒЫТ=N күтіледі, берілгені "x"\n`);
  });
  it("a bad --lang: in the environment's language (LANG=ru), else English", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "");
    vi.stubEnv("LANG", "ru_RU.UTF-8");
    expect(await err(2, "retest", "2026-12-30", "--lang", "de")).toBe(`${P}--lang: ожидается одно из значений kk, ru, en, получено "de"\n`);
    vi.stubEnv("LANG", "C.UTF-8");
    expect(await err(2, "retest", "2026-12-30", "--lang", "de")).toBe(`${P}--lang: expected one of kk, ru, en, got "de"\n`);
  });
  it("parseArgs' errors: unknown option, missing value, value not taken (English stays Node's own)", async () => {
    expect(await err(2, "retest", "2026-12-30", "--foo", "--lang", "ru")).toBe(`${P}неизвестный параметр "--foo"\n`);
    expect(await err(2, "retest", "2026-12-30", "--lang", "kk", "--foo")).toBe(`${P}белгісіз параметр "--foo"\n`);
    expect(await err(2, "workdays", "--lang", "ru", "--year")).toBe(`${P}для параметра "--year" нужно значение\n`);
    expect(await err(2, "workdays", "--lang", "kk", "--year", "2026", "--json=1")).toBe(`${P}"--json" параметрі мән қабылдамайды\n`);
    expect(await err(2, "retest", "2026-12-30", "--foo")).toMatch(/^kz-civil-service-rules: Unknown option '--foo'\./);
  });
  it("the commands' own usage errors", async () => {
    expect(await err(2, "score", "--lang", "ru")).toContain(`${P}score: укажите ровно один входной файл (CSV или JSON; - — стандартный ввод)\n\nВызов: kz-civil-service-rules score`);
    expect(await err(2, "funnel", "--lang", "kk")).toContain(`${P}funnel: дәл бір науқан CSV файлын көрсетіңіз\n\nШақыру: kz-civil-service-rules funnel`);
    expect(await err(2, "retest", "--lang", "kk")).toContain(`${P}retest: тестілеу күнін көрсетіңіз (ЖЖЖЖ-АА-КК)\n\nШақыру:`);
    expect(await err(2, "refusal", "--lang", "ru")).toContain(`${P}refusal: параметр --application-date обязателен\n\nВызов:`);
    expect(await err(2, "refusal", "x", "--lang", "kk")).toContain(`${P}refusal: артық аргумент "x"\n\nШақыру:`);
    expect(await err(2, "refusal", "--application-date", "2026-09-16", "--certificate-valid-until", "2027-01-01", "--lang", "ru")).toBe(
      `${P}--certificate-valid-until: на каждую дату действия нужен один --certificate (в том же порядке)\n`,
    );
    expect(await err(2, "workdays", "2026", "--lang", "ru")).toContain(`${P}workdays: лишний аргумент "2026"\n\nВызов:`);
    expect(await err(2, "workdays", "--lang", "kk")).toContain(`${P}workdays: --year, --after (--days бірге), --check параметрлерінің бірін көрсетіңіз\n\nШақыру:`);
    expect(await err(2, "workdays", "--after", "2026-01-05", "--lang", "ru")).toBe(`${P}workdays: для --after нужен --days N\n`);
  });
});

describe("CLI i18n — reading errors of score's JSON and the values of a row in kk and ru (exit 1)", () => {
  const file = tempFiles();
  const RU = `${P}неверные входные данные: `;
  const KK = `${P}кіріс деректері қате: `;
  const json = (name: string, v: unknown) => file(name, typeof v === "string" ? v : JSON.stringify(v));
  it("not valid JSON, no candidates, too many candidates, questionsPerBlock", async () => {
    const bad = json("bad.json", "{ x");
    expect(await err(1, "score", bad, "--lang", "ru")).toMatch(new RegExp(`^${RU}${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: некорректный JSON: `));
    const none = json("none.json", { x: 1 });
    expect(await err(1, "score", none, "--lang", "kk")).toBe(`${KK}${none}: { "candidates": [ … ] } күтіледі\n`);
    const many = json("many.json", `[${"0,".repeat(1_000_000)}0]`);
    expect(await err(1, "score", many, "--lang", "ru")).toBe(`${RU}${many}: больше 1,000,000 кандидатов (предел команды score)\n`);
    const q = json("q.json", { questionsPerBlock: "5", candidates: [] });
    expect(await err(1, "score", q, "--lang", "kk")).toBe(`${KK}${q}: questionsPerBlock: сан күтіледі, берілгені "5"\n`);
  });
  it("a candidate that is not an object, a name that is not a string, a list that is not a list", async () => {
    expect(await err(1, "score", json("o.json", { candidates: [1] }), "--lang", "ru")).toBe(`${RU}candidates[0]: ожидается объект\n`);
    expect(await err(1, "score", json("n.json", { candidates: [{ id: "A", name: {}, track: "lower", iq: 5 }] }), "--lang", "kk")).toBe(
      `${KK}candidates[0].name: жол күтіледі, берілгені объект\n`,
    );
    expect(await err(1, "score", json("a.json", { candidates: [{ id: "A", name: [1, 2], track: "lower", iq: 5 }] }), "--lang", "ru")).toBe(
      `${RU}candidates[0].name: ожидается строка, получено массив (элементов: 2)\n`,
    );
    expect(await err(1, "score", json("l.json", { candidates: [{ id: "A", S: 1, S1: 1, S2: 1, essay: {} }] }), "--lang", "ru")).toBe(
      `${RU}candidates[0].essay: ожидается список чисел\n`,
    );
  });
  it("a track: JSON and CSV", async () => {
    expect(await err(1, "score", json("t.json", { candidates: [{ id: "A" }] }), "--lang", "ru")).toBe(
      `${RU}candidates[0].track: ожидается одно из значений leadership, non-leadership, lower (или укажите --track), получено undefined\n`,
    );
    const csv = file("t.csv", "id,name,track,iq\nA,X,boss,5\n");
    expect(await err(1, "score", csv, "--lang", "kk")).toBe(`${KK}2-жол, track өрісі: leadership, non-leadership, lower мәндерінің бірі күтіледі (немесе --track беріңіз), берілгені "boss"\n`);
  });
  it("a repeated id in JSON", async () => {
    const f = json("d.json", { candidates: [{ id: "A", track: "lower", iq: 5 }, { id: "A", track: "lower", iq: 6 }] });
    expect(await err(1, "score", f, "--lang", "ru")).toBe(`${RU}candidates[1].id: повторный id "A" (также в candidates[0])\n`);
    expect(await err(1, "score", f)).toBe(`${P}invalid input: candidates[1].id: duplicate id "A" (also at candidates[0])\n`);
  });
  it("two grades expected (С1 С2, П1 П2)", async () => {
    const lead = file("lead.csv", "id,track,competencies,essay,interview\nA,leadership,4 4 4 4 4 4 4 4 4 4,4,5 5 5\n");
    expect(await err(1, "score", lead, "--lang", "ru")).toBe(`${RU}строка 2, поле interview: ожидаются две оценки (С1 С2)\n`);
    const nl = file("nl.csv", "id,track,competencies,practical\nA,non-leadership,4 4 4 4 4 4 4,4 5 5\n");
    expect(await err(1, "score", nl, "--lang", "kk")).toBe(`${KK}2-жол, practical өрісі: екі баға күтіледі (П1 П2)\n`);
  });
  it("funnel: an unknown exclusion ground", async () => {
    const f = file("g.csv", "id,sector,text\na,digitalisation,excluded:bogus\n");
    expect(await err(1, "funnel", f, "--lang", "ru")).toMatch(/^kz-civil-service-rules: неверные входные данные: строка 2, поле text: неизвестное основание исключения "bogus" \(ожидается одно из: /);
    expect(await err(1, "funnel", f, "--lang", "kk")).toMatch(/^kz-civil-service-rules: кіріс деректері қате: 2-жол, text өрісі: шығарудың белгісіз негізі "bogus" \(күтілетіні: /);
  });
  it("score --json: the note on the mean in the language of the run", async () => {
    const r = await runCli("score", fixture("is-selection.csv"), "--json", "--lang", "kk");
    expect((JSON.parse(r.out) as { note: string }).note).toBe(tr("kk", "score.jsonNote"));
    expect(tr("kk", "score.jsonNote")).toContain("пайдаланушының таңдауы");
  });
  it("a file that cannot be read or written: the reason in kk and ru (English: Node's own message)", async () => {
    const missing = "/nonexistent-kz-cli/x.csv";
    expect(await err(1, "score", missing, "--lang", "ru")).toBe(`${RU}не удалось прочитать ${missing}: нет такого файла или папки\n`);
    expect(await err(1, "funnel", missing, "--lang", "kk")).toBe(`${KK}${missing} оқылмады: мұндай файл немесе қалта жоқ\n`);
    expect(await err(1, "score", missing)).toBe(`${P}invalid input: cannot read ${missing}: ENOENT: no such file or directory, open '${missing}'\n`);
    const out = "/nonexistent-kz-cli/out.csv";
    expect(await err(1, "score", fixture("is-selection.csv"), "--out", out, "--lang", "kk")).toBe(`${KK}${out} жазылмады: мұндай файл немесе қалта жоқ\n`);
  });
  it("sizes (bytes, MiB) and the count of the lines left out of a long error", () => {
    expect((thrown(() => readBytes("/dev/zero", 2 * 1024 * 1024, "ru")) as Error).message).toBe("/dev/zero: больше 2,097,152 байт (2 МиБ) (предел входных данных)");
    expect((thrown(() => readBytes("/dev/zero", 2 * 1024 * 1024, "kk")) as Error).message).toBe("/dev/zero: 2,097,152 байт (2 МиБ) артық (кіріс деректерінің шегі)");
    const lines = Array.from({ length: 103 }, (_, k) => `l${k}`).join("\n");
    expect(errorText(lines, "ru").endsWith("\n… ещё строк: 3")).toBe(true);
    expect(errorText(lines, "kk").endsWith("\n… тағы 3 жол")).toBe(true);
    expect(errorText(lines).endsWith("\n… 3 more lines")).toBe(true);
  });
});
