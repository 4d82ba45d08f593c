// End-to-end check of the HR workbench in headless Chromium (Debian's /usr/bin/chromium, or
// CHROMIUM_PATH; never a downloaded browser): opens the built page from disk with every request
// that is not file: blocked and counted, runs each calculator, checks the answers worked out by
// hand from the orders, switches languages (remembered after a reload), checks every control has
// a label, and saves screenshots (desktop and narrow, Kazakh) under reports/workbench/.
// Usage: node scripts/workbench-check.mjs [path/to/index.html]   (default docs/api/workbench/index.html)
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const page_ = resolve(process.argv[2] ?? join(root, "docs", "api", "workbench", "index.html"));
const shots = join(root, "reports", "workbench");
mkdirSync(shots, { recursive: true });

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
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

  check(blocked.length === 0, `no request left the page (${blocked.length} blocked${blocked.length ? ": " + blocked.slice(0, 3).join(", ") : ""})`);
  check(errors.length === 0, `no script error or CSP violation${errors.length ? ": " + errors.slice(0, 3).join(" | ") : ""}`);
  await context.close();
} finally {
  await browser.close();
}
console.log(failures.length === 0 ? `workbench-check: all passed; screenshots in ${shots.replace(root + "/", "")}/` : `workbench-check: ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
