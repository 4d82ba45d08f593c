// End-to-end check of the HR workbench in headless Chromium (Debian's /usr/bin/chromium, or
// CHROMIUM_PATH; never a downloaded browser): opens the built page from disk with every request
// that is not file: blocked and counted, runs each calculator, checks the answers worked out by
// hand from the orders, switches languages (remembered after a reload), checks every control has
// a label, and saves screenshots (desktop and narrow, Kazakh) under reports/workbench/.
// Then the ranking (issue 22): uploads each sample .csv and .xlsx for each procedure and compares
// the ranked table with the CLI's own result computed here in Node (`score --json`, `funnel
// --json`, the library's explainReserveCandidate), switches languages, opens an explanation by
// click and by keyboard, ranks a 100,000-row Reserve funnel in the Web Worker while measuring that
// the page stays responsive (animation frames, the latency of a script run on the page), downloads
// the .xlsx and .csv and reads them back (read-excel-file's Node build) against the CLI's `--out`,
// renders the minutes for print (PDF) and takes screenshots, desktop and 390 px. The options: the
// funnel sample with ties strict against `funnel --json --ties strict` and the library's run with
// the same option (the options line, the minutes, the .csv columns); a final quota "x", a sum above
// 50 and S1 above a questions-per-block of 20 refused with the CLI's / the library's messages.
// Usage: node scripts/workbench-check.mjs [path/to/index.html]   (default docs/api/workbench/index.html)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import readXlsxFile from "read-excel-file/node";
import { tsImport } from "tsx/esm/api";
import { funnelCsv } from "./workbench-samples.mjs";

const root = resolve(import.meta.dirname, "..");
const page_ = resolve(process.argv[2] ?? join(root, "docs", "api", "workbench", "index.html"));
const shots = join(root, "reports", "workbench");
mkdirSync(shots, { recursive: true });

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

/** Collects a page's script errors and console errors (its worker's too). */
function watch(page, errors) {
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && errors.push(`worker: ${m.text()}`)));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const blocked = [];
  const context_ = async (opts = {}) => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...opts });
    await c.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("blob:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    return c;
  };
  const context = await context_();
  const page = await context.newPage();
  const errors = [];
  watch(page, errors);
  await page.goto(pathToFileURL(page_).href);

  check((await page.getAttribute("html", "lang")) === "kk", "opens in Kazakh by default");
  check((await page.textContent("h1")) === "Мемлекеттік қызмет қағидалары — кадр қызметінің жұмыс беті", "the title is in Kazakh");
  const unlabelled = await page.$$eval("input, select, textarea", (els) => els.filter((e) => e.labels === null || e.labels.length === 0).map((e) => e.id));
  check(unlabelled.length === 0, `every control has a label ${unlabelled.join(" ")}`);

  // R-EL-1: a test on 30.12.2026; three calendar days must pass, counted from the next day → 03.01.2027
  // (a Sunday); 01–02.01 are New Year, 02.01 a Saturday carried to Monday 04.01 → first working day 05.01.
  await page.fill("#retest-testDate", "2026-12-30");
  await page.click("#form-retest button[type=submit]");
  const retest = await page.$$eval("#out-retest dd", (d) => d.map((x) => x.textContent));
  check(retest[0] === "2027-01-03" && retest[1] === "2027-01-05", `R-EL-1 retest after 2026-12-30: ${retest.join(", ")}`);
  check((await page.textContent("#out-retest .citation"))?.includes("R-EL-1") === true, "R-EL-1 answer cites its rule and source");

  // R-CAL-1: one working day after Friday 07.03.2025: 08.03 (Saturday, a holiday, carried to Monday 10.03), 09.03 Sunday → 11.03
  await page.fill("#working-date", "2025-03-07");
  await page.fill("#working-n", "1");
  await page.click("#form-working button[type=submit]");
  check((await page.textContent("#out-working dd")) === "2025-03-11", "R-CAL-1 one working day after 2025-03-07 is 2025-03-11");

  // R-CAL-1: Monday 10.03.2025 is the day off carried from International Women's Day (a Saturday)
  await page.fill("#day-date", "2025-03-10");
  await page.click("#form-day button[type=submit]");
  const day = await page.$$eval("#out-day dt, #out-day dd", (d) => d.map((x) => x.textContent));
  check(day[2] === "Жұмыс күні емес" && day[3]?.includes("Халықаралық әйелдер күні") === true, `R-CAL-1 2025-03-10 not a working day: ${day.slice(2).join(" / ")}`);

  // R-EL-3: application accepted 16.09.2026, a failed test on 14.09.2026 within the last three days → ground 1; free from 18.09
  await page.fill("#refusal-applicationDate", "2026-09-16");
  await page.fill("#refusal-failedTests", "2026-09-14");
  await page.click("#form-refusal button[type=submit]");
  const refusal = await page.textContent("#out-refusal");
  check((await page.textContent("#out-refusal dd")) === "1" && refusal?.includes("2026-09-18") === true, "R-EL-3 ground 1 applies, free from 2026-09-18");

  // bad input: the library's own message, in the page's language, never a silent answer
  await page.fill("#working-n", "1.5");
  await page.click("#form-working button[type=submit]");
  check((await page.getAttribute("#out-working", "class"))?.includes("refused") === true, "a fractional number of days is refused with the library's message");
  await page.screenshot({ path: join(shots, "desktop-kk.png"), fullPage: true });

  // languages: Russian, remembered after a reload; answers shown are recomputed in it
  await page.selectOption("#lang", "ru");
  check((await page.textContent("h2#h-retest")) === "Самый ранний день повторного тестирования", "switches to Russian");
  check((await page.textContent("#out-retest"))?.includes("Повторное тестирование") === true, "the explanation shown is redone in Russian");
  await page.reload();
  check((await page.getAttribute("html", "lang")) === "ru", "the language is remembered after a reload");
  await page.selectOption("#lang", "en");
  check((await page.textContent("h1")) === "Civil service rules — HR workbench", "switches to English");
  await page.selectOption("#lang", "kk");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.fill("#retest-testDate", "2026-12-30");
  await page.click("#form-retest button[type=submit]");
  await page.screenshot({ path: join(shots, "narrow-kk.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!overflow, "no horizontal scrolling in a 390 px window");
  await context.close();
  await rankingChecks(browser, context_, blocked, errors);

  check(blocked.length === 0, `no request left the page (${blocked.length} blocked${blocked.length ? ": " + blocked.slice(0, 3).join(", ") : ""})`);
  check(errors.length === 0, `no script error or CSP violation${errors.length ? ": " + errors.slice(0, 3).join(" | ") : ""}`);
} finally {
  await browser.close();
}
console.log(failures.length === 0 ? `workbench-check: all passed; screenshots in ${shots.replace(root + "/", "")}/` : `workbench-check: ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);

/** The CLI run in this process (src/cli/run.ts through tsx): stdout, or a failure. */
async function cli(argv) {
  const { run } = await tsImport("../src/cli/run.ts", import.meta.url);
  let out = "";
  let err = "";
  const code = await run(argv, { out: { write: (t) => (out += t) }, err: { write: (t) => (err += t) } });
  if (code !== 0) throw new Error(`CLI ${argv.join(" ")}: exit ${code}: ${err}`);
  return out;
}

/** The ranked table as shown: per row, its cells' text and exact values. */
function tableRows(page) {
  return page.$$eval("#rank-table tbody tr", (trs) =>
    trs.map((tr) => ({
      cells: [...tr.cells].map((c) => c.textContent),
      exact: [...tr.querySelectorAll("td.num[data-exact], td.num.empty")].map((c) => c.dataset.exact ?? null),
      decision: tr.querySelector("td[data-decision]")?.dataset.decision,
      stage: tr.querySelector("td[data-stage]")?.dataset.stage,
      sector: tr.querySelector("td[data-sector]")?.dataset.sector,
      track: tr.querySelector("td[data-track]")?.dataset.track,
      rule: tr.querySelector("td.rule")?.textContent,
    })),
  );
}

/** Opens `file` for `procedure` and waits for its table. */
async function rankIn(page, procedure, file, count) {
  await page.check(`#proc-${procedure}`);
  await page.setInputFiles("#rank-file", file);
  const name = file.split("/").pop();
  await page.waitForSelector(`body[data-ranked="${procedure}:${name}:${count}"]`, { timeout: 120_000 });
}

async function rankingChecks(browser, newContext, blocked, errors) {
  const samples = join(root, "workbench", "samples");
  const lib = await tsImport("../src/index.ts", import.meta.url);
  const { explainReserveCandidate } = lib;
  const context = await newContext();
  const page = await context.newPage();
  watch(page, errors);
  await page.goto(pathToFileURL(page_).href);
  check((await page.getAttribute("body", "data-ranking-in")) === "worker", "the ranking runs in a Web Worker created from a Blob URL (file://, CSP worker-src blob:)");
  const unlabelled = await page.$$eval("input, select, textarea", (els) => els.filter((e) => e.labels === null || e.labels.length === 0).map((e) => e.id));
  check(unlabelled.length === 0, `every control of the ranking has a label ${unlabelled.join(" ")}`);

  // a file the rules cannot use: the CLI's message, naming the line, in the page's language (and redone in another)
  await page.check("#proc-is");
  await page.setInputFiles("#rank-file", { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("id,S,S1,S2,essay\nA,50,10,10,4\nB,50,10,10\n") });
  await page.waitForSelector("#rank-error p");
  const refusal = await page.textContent("#rank-error");
  check(refusal.includes("bad.csv") && refusal.includes("3-жол"), `a short row is refused with the file and its line, in Kazakh: ${refusal.slice(0, 120)}`);
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.querySelector("#rank-error")?.textContent?.includes("line 3"));
  check(true, "the refusal is redone in English");
  await page.selectOption("#lang", "kk");
  await page.waitForFunction(() => document.querySelector("#rank-error")?.textContent?.includes("3-жол"));

  // IS selection and general competition: every row against `score --json` (the CLI in Node)
  for (const [procedure, base, kind] of [["is", "is-selection", "is"], ["competition", "competition", "competition"]]) {
    const want = JSON.parse(await cli(["score", "--json", "--kind", kind, join(samples, `${base}.csv`)])).candidates;
    for (const ext of ["csv", "xlsx"]) {
      await rankIn(page, procedure, join(samples, `${base}.${ext}`), want.length);
      const got = await tableRows(page);
      const bad = [];
      want.forEach((w, k) => {
        const g = got[k];
        const exp =
          procedure === "is"
            ? [w.personalQualities, w.information, w.essayMean, w.total, w.interviewMean]
            : [w.O, w.E ?? null, w.C ?? null, w.P ?? null, w.I, w.max];
        const decision = procedure === "is" ? `is.${w.interview}` : w.presumed ? "gc.presumed" : "gc.ranked";
        const same = g && g.cells[1] === String(w.rank) && g.cells[2] === w.id && g.cells[3] === w.name && JSON.stringify(g.exact) === JSON.stringify(exp) && g.decision === decision && (procedure === "is" || g.track === w.track) && g.rule === (procedure === "is" ? "R-SEL-5" : "R-GC-5");
        if (!same) bad.push(`${w.id}: page ${JSON.stringify(g)} / CLI ${JSON.stringify(w)}`);
      });
      check(got.length === want.length && bad.length === 0, `${procedure} ${base}.${ext}: ${got.length} rows, ranks, ids, exact values, decisions and rule ids as \`score --json\`${bad.length ? ": " + bad.slice(0, 2).join(" | ") : ""}`);
      // shown rounded half-up to 4 places, the exact value in the title
      const titled = await page.$$eval("#rank-table td.num[data-exact]", (tds) => tds.every((td) => td.title === td.dataset.exact));
      check(titled, `${procedure} ${ext}: every number's exact value is in its title`);
    }
    await page.screenshot({ path: join(shots, `rank-${procedure}-kk.png`), fullPage: true });
  }
  // the shown rounding: IS-01's essay mean 13/3 → 4.3333 (exact 4.333…3 to 40 digits)
  await rankIn(page, "is", join(samples, "is-selection.xlsx"), 8);
  const is01 = (await tableRows(page))[0];
  check(is01.cells[6] === "4.3333" && is01.exact[2].startsWith("4.33333333333333333333"), `IS-01 essay mean shown 4.3333, exact ${is01.exact[2]}`);

  // languages: the table's words switch, the explanation is redone in the language
  await page.click("#rank-table tbody tr:first-child button");
  await page.waitForSelector("#explain h3");
  const kkText = await page.textContent("#explain");
  check(kkText.includes("Ықпалдастырылған ақпараттық жүйеде іріктеу") && kkText.includes("R-SEL-1") && kkText.includes("R-SEL-5"), "clicking a candidate shows the explanations (R-SEL-1 … R-SEL-5) in Kazakh");
  await page.selectOption("#lang", "ru");
  await page.waitForFunction(() => document.querySelector("#explain")?.textContent?.includes("Отбор в интегрированной"));
  check((await page.textContent("#rank-table tbody tr:first-child td.decision")) === "допущен к собеседованию", "the decisions switch to Russian");
  check((await page.textContent("#explain")).includes("Отбор в интегрированной информационной системе"), "the explanation shown is redone in Russian");
  await page.selectOption("#lang", "en");
  await page.focus("#rank-table tbody tr:nth-child(4) button");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#explain")?.dataset.pos === "4" && document.querySelector("#explain h3")?.textContent?.includes("IS-03"));
  check((await page.evaluate(() => document.activeElement?.id)) === "explain", "Enter on a candidate's ID opens its explanation (English) and moves the focus to it");
  check((await page.textContent("#explain")).includes("Selection in the information system, personal qualities"), "the explanation is in English");
  await page.selectOption("#lang", "kk");

  // the Reserve funnel sample: the stage × sector table as `funnel --json`, each row's outcome as the library's
  const fjson = JSON.parse(await cli(["funnel", "--json", join(samples, "reserve-funnel.csv")]));
  const fcsv = readFileSync(join(samples, "reserve-funnel.csv"), "utf8");
  const { readTable } = await tsImport("../src/cli/read/sheet.ts", import.meta.url);
  const { fileTable } = await tsImport("../src/cli/file-table.ts", import.meta.url);
  const { funnelCandidates } = await tsImport("../src/cli/funnel-rows.ts", import.meta.url);
  const { candidates } = funnelCandidates(fileTable(await readTable(new TextEncoder().encode(fcsv))), "reserve-funnel.csv", "en");
  const result = lib.runReserveFunnel(candidates);
  for (const ext of ["csv", "xlsx"]) {
    await rankIn(page, "funnel", join(samples, `reserve-funnel.${ext}`), candidates.length);
    const summary = await page.$$eval(".summary-table tbody tr", (trs) => trs.map((tr) => ({ stage: tr.dataset.stage, sector: tr.dataset.sector, n: [...tr.cells].slice(2).map((c) => c.dataset.exact ?? c.textContent) })));
    const sbad = summary.filter((r) => {
      const x = fjson.stages.find((s) => s.stage === r.stage).bySector[r.sector];
      return JSON.stringify(r.n) !== JSON.stringify([String(x.competed), String(x.left.total), String(x.quota), String(x.admitted), x.cutoff ?? "—", x.tied.length ? `${x.tied.length}${x.tiedAdmitted ? " (+)" : ""}` : "—"]);
    });
    check(summary.length === 42 && sbad.length === 0, `funnel ${ext}: the 7 × 6 stage/sector table as \`funnel --json\`${sbad.length ? ": " + JSON.stringify(sbad[0]) : ""}`);
    check((await page.textContent("#reserve-count")).startsWith(`Резервке алынды: ${fjson.reserve.length}; Ұлттық комиссияның шешімін күтуде: ${fjson.awaitingCommission.length}`), `funnel ${ext}: ${fjson.reserve.length} in the Reserve, ${fjson.awaitingCommission.length} awaiting the National Commission, as the CLI`);
    const rows = await tableRows(page);
    const rbad = rows.filter((r) => {
      const e = explainReserveCandidate(result, r.cells[1]);
      return r.stage !== e.stage || r.sector !== e.sector || r.decision !== `pyr.${e.outcome}` || r.cells[4] !== (e.rank === undefined ? "—" : String(e.rank)) || r.exact[0] !== (e.score?.toFixed() ?? null) || r.rule !== "R-PYR-3";
    });
    check(rows.length === 100 && rbad.length === 0, `funnel ${ext}: the first page (100 of ${candidates.length}) — stage, sector, rank, exact score, outcome, R-PYR-3 — as the library's explainReserveCandidate${rbad.length ? ": " + JSON.stringify(rbad[0]) : ""}`);
    const inReserve = rows.filter((r) => r.decision === "pyr.reserve").map((r) => r.cells[1]);
    check(inReserve.every((id) => fjson.reserve.includes(id)), `funnel ${ext}: every row marked "entered the Reserve" is in the CLI's Reserve`);
  }
  await page.click("#page-next");
  await page.waitForFunction(() => document.querySelector("#rank-table tbody tr")?.dataset.pos === "101");
  check((await page.textContent("#page-text")).startsWith("101–200"), "the pager shows rows 101–200");
  await page.click("#rank-table tbody tr:first-child button");
  await page.waitForSelector("#explain .explanation[data-rule='R-PYR-3']");
  check((await page.textContent("#explain")).includes("Президенттік жастар резерві"), "a funnel candidate's explanation (R-PYR-3) in Kazakh");
  await page.screenshot({ path: join(shots, "rank-funnel-kk.png"), fullPage: true });

  // the funnel's options (R-PYR-3): ties strict, as `funnel --ties strict` and the library with the same option
  await page.check("#proc-funnel");
  check(await page.isVisible("#funnel-options") && !(await page.isVisible("#is-options")), "the funnel's options are shown for the funnel (and the IS selection's are not)");
  await page.selectOption("#opt-ties", "strict");
  await rankIn(page, "funnel", join(samples, "reserve-funnel.csv"), candidates.length);
  const sjson = JSON.parse(await cli(["funnel", "--json", "--ties", "strict", join(samples, "reserve-funnel.csv")]));
  const strict = lib.runReserveFunnel(candidates, { ties: "strict" });
  check(JSON.stringify(sjson.reserve) !== JSON.stringify(fjson.reserve), "ties strict changes the sample's Reserve (the check below is not vacuous)");
  {
    const summary = await page.$$eval(".summary-table tbody tr", (trs) => trs.map((tr) => ({ stage: tr.dataset.stage, sector: tr.dataset.sector, n: [...tr.cells].slice(2).map((c) => c.dataset.exact ?? c.textContent) })));
    const sbad = summary.filter((r) => {
      const x = sjson.stages.find((s) => s.stage === r.stage).bySector[r.sector];
      return JSON.stringify(r.n) !== JSON.stringify([String(x.competed), String(x.left.total), String(x.quota), String(x.admitted), x.cutoff ?? "—", x.tied.length ? `${x.tied.length}${x.tiedAdmitted ? " (+)" : ""}` : "—"]);
    });
    check(summary.length === 42 && sbad.length === 0, `ties strict: the 7 × 6 stage/sector table as \`funnel --json --ties strict\`${sbad.length ? ": " + JSON.stringify(sbad[0]) : ""}`);
    check((await page.textContent("#reserve-count")).startsWith(`Резервке алынды: ${strict.reserve.length}; Ұлттық комиссияның шешімін күтуде: ${strict.awaitingCommission.length}`), `ties strict: ${strict.reserve.length} in the Reserve, ${strict.awaitingCommission.length} awaiting, as runReserveFunnel(…, { ties: "strict" })`);
    const rows = await tableRows(page);
    const rbad = rows.filter((r) => {
      const e = explainReserveCandidate(strict, r.cells[1]);
      return r.stage !== e.stage || r.sector !== e.sector || r.decision !== `pyr.${e.outcome}` || r.cells[4] !== (e.rank === undefined ? "—" : String(e.rank)) || r.exact[0] !== (e.score?.toFixed() ?? null);
    });
    check(rows.length === 100 && rbad.length === 0, `ties strict: the first page as explainReserveCandidate on the library's run with ties strict${rbad.length ? ": " + JSON.stringify(rbad[0]) : ""}`);
    const used = await page.textContent("#rank-options");
    check(used.startsWith("Параметрлер: ") && used.includes("қатаң: квотадан аспайды") && used.includes("9 / 8 / 7 / 9 / 9 / 8 (дереккөздердегі)"), `the options used are shown with the result: ${used}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-csv")]);
    const saved = join(shots, "reserve-funnel-strict-results.csv");
    await download.saveAs(saved);
    const lines = readFileSync(saved, "utf8").split(/\r?\n/);
    check(lines[0].endsWith(",ties,half_rounding,final_quota") && lines.slice(1, -1).every((l) => /,strict,up,\d+$/.test(l)), "the funnel's .csv download records the options on every row (ties strict, half rounding up, the final quota)");
    await page.click("#show-minutes");
    await page.waitForSelector("#minutes:not([hidden]) #min-options");
    const mo = await page.textContent("#min-options");
    check(mo.includes("қатаң: квотадан аспайды") && mo.includes("R-PYR-3"), `the minutes record the options (Kazakh): ${mo}`);
    await page.selectOption("#minutes-lang-view", "en");
    await page.waitForFunction(() => document.querySelector("#min-options")?.textContent?.includes("strict: never above the quota"));
    check(true, "the minutes' options line follows the minutes' language (English: “strict: never above the quota”)");
    await page.screenshot({ path: join(shots, "minutes-funnel-options-en.png") });
    await page.selectOption("#minutes-lang-view", "kk");
    await page.keyboard.press("Escape");
  }
  // an invalid value: the CLI's / the library's message in the page's language, and no table
  await page.fill("#opt-final-social-policy", "x");
  await page.press("#opt-final-social-policy", "Enter");
  await page.waitForSelector("#rank-error p");
  const badQuota = await page.textContent("#rank-error");
  check(badQuota.includes('--final-quota: БАҒЫТ=N күтіледі, берілгені "social-policy=x"') && (await page.isHidden("#rank-result")), `a final quota "x" is refused with the CLI's message in Kazakh, and no table is shown: ${badQuota}`);
  await page.fill("#opt-final-social-policy", "60");
  await page.press("#opt-final-social-policy", "Enter");
  await page.waitForFunction(() => document.querySelector("#rank-error")?.textContent?.includes("101"));
  const overCap = await page.textContent("#rank-error");
  check(overCap.includes("R-PYR-3") && overCap.includes("квоталардың қосындысы 101 (60 + 8 + 7 + 9 + 9 + 8)"), `final quotas summing to 101 are refused with the library's message, in Kazakh (code quota-sum): ${overCap.slice(0, 200)}`);
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.querySelector("#rank-error")?.textContent?.includes("not more than 50"));
  check(true, "the refusal is redone in English");
  await page.selectOption("#lang", "kk");
  // back in Kazakh: the library's coded message (quota-sum), the sum and the sentence of the procedure
  await page.waitForFunction(() => document.querySelector("#rank-error")?.textContent?.includes("квоталардың қосындысы 101"));
  await (await page.$("#form-rank")).screenshot({ path: join(shots, "rank-options-funnel-kk.png") });
  await page.fill("#opt-final-social-policy", "");
  await page.selectOption("#opt-ties", "admit-all");
  await page.waitForSelector('body[data-ranked="funnel:reserve-funnel.csv:240"]');
  check((await page.textContent("#rank-error")) === "", "the defaults again: ranked, no refusal");

  // the IS selection's questions per block: S1 above it refused with the CLI's message
  await page.check("#proc-is");
  await page.fill("#opt-qpb", "20");
  await page.setInputFiles("#rank-file", join(samples, "is-selection.csv"));
  await page.waitForSelector("#rank-error p");
  check((await page.textContent("#rank-error")).includes('is-selection.csv: 2-жол, S1 өрісі: R-SEL-2: S1 = "21"'), `questions per block 20: IS-01's S1 = 21 refused with the CLI's message: ${(await page.textContent("#rank-error")).slice(0, 140)}`);
  await page.fill("#opt-qpb", "30");
  await page.press("#opt-qpb", "Enter");
  await page.waitForSelector('body[data-ranked="is:is-selection.csv:8"]');
  check((await page.textContent("#rank-options")) === "Параметрлер: блоктағы сұрақтар саны (R-SEL-2): 30", "questions per block 30: ranked, and the option shown with the result");
  await (await page.$("#form-rank")).screenshot({ path: join(shots, "rank-options-is-kk.png") });
  await page.fill("#opt-qpb", "");
  await page.press("#opt-qpb", "Enter");
  await page.waitForSelector('body[data-ranked="is:is-selection.csv:8"]');

  // downloads against the CLI's --out (IS selection, the sample .xlsx)
  await rankIn(page, "is", join(samples, "is-selection.xlsx"), 8);
  const outDir = join(root, "reports", "workbench");
  const cliXlsx = join(outDir, "cli-is-selection-results.xlsx");
  const cliCsv = join(outDir, "cli-is-selection-results.csv");
  await cli(["score", "--kind", "is", "--out", cliXlsx, join(samples, "is-selection.xlsx")]);
  await cli(["score", "--kind", "is", "--out", cliCsv, join(samples, "is-selection.xlsx")]);
  for (const format of ["xlsx", "csv"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`#dl-${format}`)]);
    const saved = join(outDir, `is-selection-results.${format}`);
    await download.saveAs(saved);
    check(download.suggestedFilename() === `is-selection-results.${format}`, `the .${format} download is named ${download.suggestedFilename()}`);
    if (format === "csv") {
      check(readFileSync(saved).equals(readFileSync(cliCsv)), "the .csv download is byte for byte the CLI's `score --out results.csv`");
    } else {
      const got = await readXlsxFile(readFileSync(saved));
      const want = await readXlsxFile(readFileSync(cliXlsx));
      const rows = got[0].data ?? got;
      const wrows = want[0].data ?? want;
      check(JSON.stringify(rows) === JSON.stringify(wrows) && rows.length === 9, `the .xlsx download read back (read-excel-file) equals the CLI's \`score --out results.xlsx\` (${rows.length} rows)`);
      const total = rows[1][rows[0].indexOf("total")];
      check(total === "9.953333333333333333333333333333333333333", `an exact total no double holds is kept as text: ${total}`);
    }
  }

  // the minutes, in Kazakh by default, printed to PDF
  await page.click("#show-minutes");
  await page.waitForSelector("#minutes:not([hidden]) h1");
  check((await page.textContent("#minutes h1")) === "Нәтижелер хаттамасы", "the minutes are headed «Нәтижелер хаттамасы» (Kazakh by default)");
  const mrows = await page.$$eval("#minutes tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  check(mrows.length === 8 && mrows[0].includes("R-SEL-5") && mrows[0].includes("әңгімелесуге жіберілді"), "the minutes hold the ranked table with decisions and rule ids");
  check((await page.$$("#minutes .sig-line")).length === 5, "the minutes have lines for the commission's signatures");
  await page.screenshot({ path: join(shots, "minutes-kk.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  const printedHidden = await page.evaluate(() => getComputedStyle(document.querySelector("main")).display === "none" && getComputedStyle(document.querySelector(".minutes-controls")).display === "none");
  check(printedHidden, "printing the minutes prints them alone (the page and the buttons hidden)");
  await page.pdf({ path: join(shots, "minutes-kk.pdf"), format: "A4", printBackground: false });
  // how the print looks (the PDF is for reading; this is for looking at): A4's width at 96 dpi
  const vp = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: join(shots, "minutes-print-kk.png"), fullPage: true });
  await page.setViewportSize(vp);
  await page.emulateMedia({ media: "screen" });
  await page.selectOption("#minutes-lang-view", "ru");
  await page.waitForFunction(() => document.querySelector("#minutes h1")?.textContent === "Протокол результатов");
  check(true, "the minutes switch to Russian («Протокол результатов»)");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: join(shots, "minutes-ru.pdf"), format: "A4" });
  await page.emulateMedia({ media: "screen" });
  await page.keyboard.press("Escape");
  check(await page.isHidden("#minutes"), "Escape closes the minutes");

  // the sample button: loads the embedded .xlsx (no request)
  await page.check("#proc-competition");
  await page.click("#rank-sample");
  await page.waitForSelector('body[data-ranked="competition:competition.xlsx:8"]');
  check(true, "“Load the sample” ranks the embedded competition.xlsx");

  // 100,000 rows of the Reserve funnel in the worker; the page must stay responsive
  const big = join(outDir, "funnel-100k.csv");
  writeFileSync(big, funnelCsv(100_000, 17));
  await page.check("#proc-funnel");
  await page.evaluate(() => {
    const w = window;
    w.__gaps = [];
    w.__frames = 0;
    w.__started = 0;
    let last = performance.now();
    const tick = (t) => {
      w.__frames++;
      if (w.__started) {
        w.__gaps.push(t - last);
        // where a long frame fell: the phase shown, ms since the start
        if (t - last > 100) (w.__long ??= []).push({ ms: Math.round(t - last), at: Math.round(t - w.__started), phase: document.getElementById("progress-label").textContent, done: !!document.body.dataset.ranked });
      }
      last = t;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // tasks of the page's own thread over 50 ms (the Long Tasks API): what would freeze it
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (w.__started && !w.__stop) w.__tasks.push({ ms: Math.round(e.duration), start: e.startTime });
    }).observe({ type: "longtask" });
    new MutationObserver(() => {
      if (!w.__started && !document.getElementById("rank-progress").hidden) w.__started = performance.now();
    }).observe(document.getElementById("rank-progress"), { attributes: true });
  });
  const t0 = Date.now();
  await page.setInputFiles("#rank-file", big);
  const latency = [];
  const progressSeen = new Set();
  while (!(await page.$('body[data-ranked="funnel:funnel-100k.csv:100000"]')) && Date.now() - t0 < 180_000) {
    const a = Date.now();
    // a script run on the page during the ranking (it waits for the page's thread): its round trip
    const v = await page.evaluate(() => [document.getElementById("progress-bar").value, document.getElementById("progress-label").textContent]);
    latency.push(Date.now() - a);
    progressSeen.add(v[1]);
    await page.waitForTimeout(150);
  }
  const wall = Date.now() - t0;
  const { gaps, long, tasks, workerMs } = await page.evaluate(() => {
    window.__stop = true;
    // the result's arrival: tasks before it ran while the worker worked; after it, the page lays out the result
    const result = performance.getEntriesByName("workbench:result").at(-1)?.startTime ?? Infinity;
    const tasks = window.__tasks.map((t) => ({ ms: t.ms, during: t.start < result }));
    return { frames: window.__frames, gaps: window.__gaps, long: window.__long ?? [], tasks, workerMs: Number(document.getElementById("rank-summary").dataset.ms) };
  });
  const maxGap = Math.max(...gaps);
  const fps = gaps.length / (gaps.reduce((a, b) => a + b, 0) / 1000);
  const maxLatency = Math.max(...latency);
  const figures = { rows: 100_000, wallMs: wall, workerMs, frames: gaps.length, fps: Math.round(fps), maxFrameGapMs: Math.round(maxGap), scriptRoundTrips: latency.length, maxRoundTripMs: maxLatency, phases: [...progressSeen], longFrames: long, longTasks: tasks };
  writeFileSync(join(outDir, "funnel-100k.json"), JSON.stringify(figures, null, 2) + "\n");
  console.log(`     100k funnel: ${JSON.stringify(figures)}`);
  check((await page.textContent("#rank-summary")).includes("100000"), `100,000-row funnel ranked in the worker in ${workerMs} ms`);
  check(progressSeen.size >= 2, `the progress bar moved through phases: ${[...progressSeen].join(" / ")}`);
  // a page whose thread ran the funnel would show one task of the whole run (seconds) and no frame
  // meanwhile; the worker leaves it idle while it works. Then the page lays out the result (the
  // stage table and the first 100 rows, in two frames). The bounds are relative to the run itself,
  // never absolute milliseconds: on a loaded machine (2 cores shared with the worker and other
  // processes) every duration stretches, the run's included, while a frozen page's one task would
  // still be as long as the whole run. The milliseconds are figures (reports/workbench/funnel-100k.json).
  const during = tasks.filter((t) => t.during).map((t) => t.ms);
  const after = tasks.filter((t) => !t.during).map((t) => t.ms);
  const maxTask = Math.max(0, ...during);
  const half = workerMs / 2;
  check(maxTask < half, `while the worker ran (${workerMs} ms), the page's own longest task was ${maxTask} ms (a page ranking by itself: one task of the whole run; ${during.length} over 50 ms)`);
  check(Math.max(0, ...after) < workerMs, `the result was laid out in less than the run took (${after.join(", ") || "no task over 50"} ms)`);
  check(gaps.length > 20 && maxGap < half, `the page kept drawing while the worker ran: ${gaps.length} frames, ~${Math.round(fps)} fps, longest gap ${Math.round(maxGap)} ms`);
  check(latency.length >= 3 && maxLatency < half, `the page answered a script run ${latency.length} times during the run, the slowest in ${maxLatency} ms`);
  await page.screenshot({ path: join(shots, "rank-funnel-100k-kk.png") });

  // narrow window: the ranked table scrolls in its own box, the page does not
  await page.setViewportSize({ width: 390, height: 844 });
  await rankIn(page, "is", join(samples, "is-selection.csv"), 8);
  await page.screenshot({ path: join(shots, "narrow-rank-kk.png"), fullPage: true });
  await page.check("#proc-funnel");
  await (await page.$("#form-rank")).screenshot({ path: join(shots, "narrow-options-funnel-kk.png") });
  check(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)), "the funnel's options: no horizontal scrolling of the page in a 390 px window");
  const clipped = await page.$$eval("#funnel-options input, #funnel-options select", (els) => els.filter((e) => e.getBoundingClientRect().right > document.getElementById("funnel-options").getBoundingClientRect().right + 1).map((e) => e.id));
  check(clipped.length === 0, `the funnel's options fit their box in a 390 px window ${clipped.join(" ")}`);
  await page.check("#proc-is");
  await page.waitForSelector('body[data-ranked="is:is-selection.csv:8"]');
  check(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)), "ranking: no horizontal scrolling of the page in a 390 px window");
  await page.click("#show-minutes");
  await page.waitForSelector("#minutes:not([hidden]) h1");
  await page.screenshot({ path: join(shots, "narrow-minutes-kk.png"), fullPage: true });
  check(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)), "the minutes: no horizontal scrolling of the page in a 390 px window");
  await context.close();
}
